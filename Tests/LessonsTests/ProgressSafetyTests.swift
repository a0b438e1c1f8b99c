import Foundation
import Testing

@testable import Lessons

/// Issue 11: progress that cannot be read is never overwritten, numbers that replay cannot use
/// are refused, lesson ids cannot name paths, and history stays bounded.
@Suite struct ProgressSafetyTests {
  let steps: [(String, String, String)] = [
    ("a", "echo hello", "  - ran: echo hello"),
    ("b", "sleep 30", "  - ran: sleep"),
  ]

  func tempStore() -> ProgressStore {
    ProgressStore(directory: NSTemporaryDirectory() + "swarmlab-safety-\(UUID().uuidString)")
  }

  @Test func unreadableProgressIsLeftAloneAndNothingIsSaved() throws {
    let store = tempStore()
    // A directory where the file should be: unreadable even as root.
    try FileManager.default.createDirectory(
      atPath: store.path(for: "t1"), withIntermediateDirectories: true)
    let engine = LessonEngine(lesson: try Fixtures.lesson(steps: steps), store: store)
    #expect(
      engine.notices == [
        "Your saved progress for t1 cannot be read (\(store.path(for: "t1")): it is a directory). It is left as it is, and this session will not save progress."
      ])
    let run = engine.run("echo hello")
    #expect(run.messages.first == "✓ [1.1 1/2] Step a: done.")
    #expect(!run.messages.contains { $0.contains("could not save") })
    var isDirectory: ObjCBool = false
    #expect(
      FileManager.default.fileExists(atPath: store.path(for: "t1"), isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
    #expect(!FileManager.default.fileExists(atPath: store.path(for: "t1") + ".tmp"))
  }

  @Test func aSaveThatFailsSaysWhyInOneLine() throws {
    let store = tempStore()
    // The temporary file's name is taken by a directory, so writing it fails.
    try FileManager.default.createDirectory(
      atPath: store.path(for: "t1") + ".tmp", withIntermediateDirectories: true)
    let engine = LessonEngine(lesson: try Fixtures.lesson(steps: steps), store: store)
    let messages = engine.run("echo nothing").messages
    #expect(
      messages == [
        "(SwarmLab could not save your progress: \(store.path(for: "t1")).tmp: Is a directory)"
      ])
  }

  @Test(arguments: [
    (#""base": -1"#, "its base step is negative"),
    (#""stepRecordStart": -3"#, "its stepRecordStart is negative"),
    (#""step": -2"#, "its step is negative"),
    (#""clock": 9223372036854775807"#, "its clock is out of range"),
  ])
  func numbersReplayCannotUseAreRefused(field: String, reason: String) throws {
    let good: [String: String] = [
      "base": #""base": 0"#, "stepRecordStart": #""stepRecordStart": 0"#,
      "step": #""step": 0"#, "clock": #""clock": 5000000000"#,
    ]
    let key = String(field.dropFirst().prefix { $0 != "\"" })
    var fields = good
    fields[key] = field
    let json =
      "{\"format\": 1, \"lesson\": \"t1\", \"seed\": 5, \"history\": [{\"at\": 0, \"line\": \"echo hi\"}], \"steps\": [], "
      + fields.keys.sorted().map { fields[$0]! }.joined(separator: ", ") + "}"
    #expect(ProgressStore.decode(Array(json.utf8), for: "t1") == .invalid(reason: reason))
    let store = tempStore()
    try FileManager.default.createDirectory(
      atPath: store.directory, withIntermediateDirectories: true)
    try Data(json.utf8).write(to: URL(fileURLWithPath: store.path(for: "t1")))
    let engine = LessonEngine(lesson: try Fixtures.lesson(steps: steps), store: store)
    #expect(engine.notices.first?.contains("(\(reason)); it was kept as") == true)
    #expect(engine.stepIndex == 0)
  }

  @Test func lessonIdsCannotNamePaths() throws {
    for id in ["../../x", "a/b", ".hidden", "", String(repeating: "a", count: 65)] {
      let text = Fixtures.lessonText(steps: steps, front: "id: '\(id)'\ntitle: T\nseed: 5")
      #expect(throws: LessonError.self, "\(id)") { try LessonParser.parse(text, file: "x.md") }
      #expect(!Lesson.isSafeID(id))
    }
    #expect(Lesson.isSafeID("ch12") && Lesson.isSafeID("ch12.v2_b-c"))
    let store = tempStore()
    #expect(
      store.load("../x")
        == .unreadable(path: store.path(for: "../x"), reason: "'../x' is not a safe lesson id"))
  }

  /// Lines that change nothing (listing, sleeping) are dropped from saved history once it is
  /// long; lines that changed the cluster stay; the resumed cluster is the same.
  @Test func historyIsCompactedToWhatReplayNeeds() throws {
    let lesson = try Fixtures.lesson(steps: steps)
    let engine = LessonEngine(lesson: lesson)
    engine.compactionThreshold = 200
    _ = engine.run("export A=1")
    _ = engine.run("echo hello")  // completes step a: what follows is step b
    for _ in 0..<450 { _ = engine.run("echo nothing") }
    _ = engine.run("export B=2")
    #expect(engine.progress.history.count <= 200)
    #expect(engine.progress.history.first?.line == "export A=1")
    #expect(engine.progress.history.last?.line == "export B=2")
    let resumed = LessonEngine(lesson: lesson, resuming: engine.progress)
    #expect(resumed.session.environment["A"] == "1" && resumed.session.environment["B"] == "2")
    #expect(resumed.session.now == engine.session.now)
    #expect(resumed.stepIndex == 1)
    // Step b's check still works on the records replay rebuilt.
    #expect(resumed.run("sleep 1").messages.first == "✓ [1.1 2/2] Step b: done.")
  }
}
