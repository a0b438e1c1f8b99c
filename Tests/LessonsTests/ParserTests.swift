import Foundation
import Testing

@testable import Lessons

/// Lesson files are refused with the file, the line to fix and the reason.
@Suite struct ParserTests {
  @Test func parsesSectionsStepsAndPositions() throws {
    let lesson = try Fixtures.lesson(steps: [
      ("a", "echo a", "  - ran: echo a"), ("b", "echo b", "  - ran: echo b"),
    ])
    #expect(lesson.id == "t1" && lesson.seed == 5 && lesson.intro == "Intro.")
    #expect(lesson.steps.map(\.id) == ["a", "b"])
    #expect(lesson.steps[0].sectionIntro == "Section intro.")
    #expect(lesson.steps[1].explanation == "Do b.")
    #expect(lesson.status(at: 1) == "[1.1 2/2]")
    #expect(lesson.status(at: 2) == "[t1 done]")
    #expect(lesson.steps[0].checks[0].line == 21)
    #expect(lesson.steps[0].hints == ["gentle", "stronger"])
  }

  static let broken: [(name: String, text: String, line: Int, reason: String)] = [
    (
      "unknown check", Fixtures.lessonText(steps: [("a", "echo a", "  - servce: web")]), 21,
      "unknown check 'servce'"
    ),
    ("bad YAML", Fixtures.lessonText(steps: [("a", "echo a", "  - ran: [echo")]), 22, "bad YAML"),
    (
      "missing solution",
      Fixtures.lessonText(steps: [("a", "echo a", "  - ran: echo a")]).replacingFirst(
        "solution:\n  - echo a\n", with: ""),
      17, "missing its solution"
    ),
    ("no front matter", "# Hello\n", 1, "front matter"),
    (
      "unknown front key",
      Fixtures.lessonText(
        steps: [("a", "echo a", "  - ran: echo a")], front: "id: t\ntitle: T\ncolour: red"), 4,
      "unknown key 'colour'"
    ),
    (
      "prepared without setup",
      Fixtures.lessonText(
        steps: [("a", "echo a", "  - ran: echo a")], front: "id: t\ntitle: T\nstart: prepared"), 4,
      "needs setup"
    ),
    (
      "two checks in one entry",
      Fixtures.lessonText(steps: [("a", "echo a", "  - ran: echo a\n    logs: web")]), 22,
      "one check per list entry"
    ),
    (
      "bad swarm value", Fixtures.lessonText(steps: [("a", "echo a", "  - swarm: maybe")]), 21,
      "'swarm' is 'active'"
    ),
    ("no checks", Fixtures.lessonText(steps: [("a", "echo a", "  []")]), 21, "has no checks"),
    ("step outside section", "---\nid: t\ntitle: T\n---\n### Lost\n", 5, "inside a '##' section"),
    (
      "unclosed fence", "---\nid: t\ntitle: T\n---\n## 1 S\n### A\n```step\nid: a\n", 7,
      "never closed"
    ),
  ]

  @Test(arguments: broken.indices) func refusesBrokenFiles(_ index: Int) {
    let entry = Self.broken[index]
    do {
      _ = try LessonParser.parse(entry.text, file: "bad.md")
      Issue.record("\(entry.name) was accepted")
    } catch {
      #expect(error.file == "bad.md", "\(entry.name)")
      #expect(error.line == entry.line, "\(entry.name): \(error)")
      #expect(error.reason.contains(entry.reason), "\(entry.name): \(error)")
    }
  }

  @Test func stepWithoutBlockIsNamed() {
    #expect(throws: LessonError(file: "x.md", line: 6, reason: "step 'A' has no ```step block")) {
      try LessonParser.parse("---\nid: t\ntitle: T\n---\n## 1 S\n### A\ntext\n", file: "x.md")
    }
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
