import Foundation
import Testing

@testable import Lessons

/// The engine advances on what the cluster and the step's commands show, not on typed text;
/// progress survives quitting, and a corrupt file is kept aside.
@Suite struct EngineTests {
  let twoSteps: [(String, String, String)] = [
    ("a", "echo hello", "  - ran: echo hello"),
    ("b", "sleep 30", "  - ran: sleep"),
  ]

  func tempStore() -> ProgressStore {
    let dir = NSTemporaryDirectory() + "swarmlab-lessons-\(UUID().uuidString)"
    return ProgressStore(directory: dir)
  }

  @Test func stepCompletesWhateverWasTyped() throws {
    let engine = LessonEngine(lesson: try Fixtures.lesson(steps: twoSteps))
    #expect(engine.status == "[1.1 1/2]")
    let miss = engine.run("echo goodbye")
    #expect(miss.messages.isEmpty && engine.stepIndex == 0)
    #expect(engine.evaluate().reasons == ["You have not run `echo hello` in this step yet."])
    let hit = engine.run("true && echo   hello")
    #expect(hit.output.text == "hello\n", "docker's own output is untouched")
    #expect(hit.messages.first == "✓ [1.1 1/2] Step a: done.")
    #expect(engine.status == "[1.1 2/2]")
    // The record that completed step a does not count for step b.
    #expect(engine.run("echo hello").messages.isEmpty)
    _ = engine.run("sleep 1m")
    #expect(engine.isFinished && engine.status == "[t1 done]")
  }

  @Test func progressResumesAtTheSameStepWithTheSameCluster() throws {
    let store = tempStore()
    let lesson = try Fixtures.lesson(steps: twoSteps + [("c", "echo c", "  - ran: echo c")])
    var clock = 100.0
    let first = LessonEngine(lesson: lesson, store: store, wallClock: { clock })
    _ = first.run("export GREETING=hi")
    clock += 20
    _ = first.run("echo hello")
    clock += 4000
    _ = first.run("sleep 30")
    #expect(first.stepIndex == 2)
    #expect(first.hint() == "Hint 1/2: gentle")
    let now = first.session.now

    let second = LessonEngine(lesson: lesson, store: store)
    #expect(second.notices == ["Resuming t1 at [1.1 3/3]."])
    #expect(second.stepIndex == 2)
    #expect(second.session.now == now)
    #expect(second.session.environment["GREETING"] == "hi")
    #expect(second.progress.steps[0].completed && second.progress.steps[0].seconds == 20)
    #expect(second.progress.steps[1].seconds == LessonEngine.idleCap)
    #expect(second.progress.steps[2].hintsUsed == 1)
    let saved = try #require(FileManager.default.contents(atPath: store.path(for: "t1")))
    #expect(String(decoding: saved, as: UTF8.self).contains("\"line\" : \"sleep 30\""))
  }

  @Test func corruptProgressIsKeptAsideAndTheLessonStartsAfresh() throws {
    let store = tempStore()
    try FileManager.default.createDirectory(
      atPath: store.directory, withIntermediateDirectories: true)
    let lesson = try Fixtures.lesson(steps: twoSteps)
    for n in 1...2 {
      try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path(for: "t1")))
      let engine = LessonEngine(lesson: lesson, store: store)
      let kept = store.path(for: "t1") + ".corrupt-\(n)"
      #expect(engine.notices.count == 1 && engine.notices[0].contains("kept as \(kept)"))
      #expect(FileManager.default.fileExists(atPath: kept))
      #expect(engine.stepIndex == 0)
    }
  }

  @Test func lessonCommandsAnswerAsText() throws {
    let store = tempStore()
    let shell = LessonShell(library: [try Fixtures.lesson(steps: twoSteps)], store: store)
    #expect(shell.handle("docker node ls") == nil)
    #expect(shell.handle("hint")?.hasPrefix("No lesson is running.") == true)
    #expect(shell.handle("lesson t1")?.contains("Your task: Step a") == true)
    #expect(shell.status == "[1.1 1/2]")
    #expect(shell.handle("hint") == "Hint 1/2: gentle")
    #expect(shell.handle("hint") == "Hint 2/2: stronger")
    #expect(shell.handle("hint")?.hasPrefix("No more hints") == true)
    #expect(shell.handle("solution")?.contains("again") == true)
    #expect(shell.handle("solution") == "The book's commands:\n  echo hello")
    #expect(shell.handle("check") == "Not yet: You have not run `echo hello` in this step yet.")
    #expect(shell.run("echo hello")?.messages.count == 2)
    #expect(shell.handle("back") == "Now at [1.1 1/2] Step a: Step a")
    #expect(shell.handle("next") == "Now at [1.1 2/2] Step b: Step b")
    #expect(shell.handle("reset")?.hasSuffix("Type 'reset' again to confirm.") == true)
    #expect(shell.handle("reset") == "The cluster is back at the start of [1.1 2/2].")
    #expect(shell.handle("lessons")?.contains("at [1.1 2/2], 1/2 steps done") == true)
  }

  @Test func resetAsksFirstAndAnyOtherCommandCancelsTheQuestion() throws {
    let shell = LessonShell(library: [try Fixtures.lesson(steps: twoSteps)], store: tempStore())
    _ = shell.handle("lesson t1")
    _ = shell.run("echo hello")
    let before = try #require(shell.engine?.session.records.count)
    #expect(shell.handle("reset")?.contains("Everything you changed since is lost") == true)
    _ = shell.run("echo other")
    #expect(shell.handle("reset")?.contains("again to confirm") == true)
    #expect(shell.engine?.session.records.count == before + 1)
    #expect(shell.handle("reset yes") == "The cluster is back at the start of [1.1 2/2].")
  }

  @Test func lessonStopLeavesTheLessonAndKeepsProgress() throws {
    let store = tempStore()
    let shell = LessonShell(library: [try Fixtures.lesson(steps: twoSteps)], store: store)
    #expect(shell.handle("lesson stop")?.hasPrefix("No lesson is running.") == true)
    _ = shell.handle("lesson t1")
    _ = shell.run("echo hello")
    #expect(shell.status == "[1.1 2/2]")
    let stopped = try #require(shell.handle("lesson stop"))
    #expect(stopped.hasPrefix("You left t1 at [1.1 2/2]; your progress is saved."))
    #expect(shell.status == nil && shell.engine == nil)
    #expect(shell.run("echo hello") == nil)
    #expect(shell.handle("lesson t1")?.contains("Resuming t1 at [1.1 2/2].") == true)
  }
}
