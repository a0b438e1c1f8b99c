import Testing

@testable import Lessons

/// The lessons compiled into the binary are the ones in `lessons/`, so a lone binary teaches
/// the same chapter.
@Suite struct BundledLessonsTests {
  @Test func bundledLessonsMatchTheLessonsFolder() throws {
    let bundled = try LessonLibrary.bundled()
    #expect(bundled.map(\.id) == ["ch12", "ch13"])
    let folder = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    for lesson in bundled {
      let onDisk = try LessonLibrary.load(file: "/" + folder + "/lessons/\(lesson.id).md")
      #expect(lesson.steps.count == onDisk.steps.count)
      #expect(lesson.steps.map(\.title) == onDisk.steps.map(\.title))
    }
  }
}
