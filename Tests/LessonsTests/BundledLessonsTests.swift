import Testing

@testable import Lessons

/// The lessons compiled into the binary are the ones in `lessons/`, so a lone binary teaches
/// the same chapter.
@Suite struct BundledLessonsTests {
  @Test func bundledLessonsMatchTheLessonsFolder() throws {
    let bundled = try LessonLibrary.bundled()
    #expect(bundled.map(\.id) == ["ch12", "ch13", "ch14"])
    let folder = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    for (index, id) in ["ch12", "ch13", "ch14"].enumerated() where index < bundled.count {
      let onDisk = try LessonLibrary.load(file: "/" + folder + "/lessons/\(id).md")
      #expect(bundled[index].steps.count == onDisk.steps.count)
      #expect(bundled[index].steps.map(\.title) == onDisk.steps.map(\.title))
    }
  }
}
