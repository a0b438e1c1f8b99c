import Testing

@testable import Lessons

/// The lessons compiled into the binary are the ones in `lessons/`, so a lone binary teaches
/// the same chapter.
@Suite struct BundledLessonsTests {
  @Test func bundledChapter12MatchesTheLessonsFolder() throws {
    let bundled = try LessonLibrary.bundled()
    #expect(bundled.map(\.id) == ["ch12"])
    let folder = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let onDisk = try LessonLibrary.load(file: "/" + folder + "/lessons/ch12.md")
    #expect(bundled[0].steps.count == onDisk.steps.count)
    #expect(bundled[0].steps.map(\.title) == onDisk.steps.map(\.title))
  }
}
