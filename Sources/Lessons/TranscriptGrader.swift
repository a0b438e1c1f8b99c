/// `--check FILE`: replays a recorded session's commands through the lesson engine and reports
/// which steps completed, for autograding.
public enum TranscriptGrader {
  public struct Report: Sendable {
    public var completed: [String]
    public var missing: [(step: String, reason: String)]
    public var passed: Bool { missing.isEmpty }
  }

  /// The commands of a transcript: lines starting with a prompt (`PS> `, or `/app # ` inside
  /// a container shell), without it.
  public static func commands(in text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { raw in
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
      for prompt in ["PS> ", "/app # ", "$ "] where line.hasPrefix(prompt) {
        let command = line.dropFirst(prompt.count)
        return command.allSatisfy { $0 == " " } ? nil : String(command)
      }
      return nil
    }
  }

  public static func grade(_ lesson: Lesson, commands: [String]) -> Report {
    let engine = LessonEngine(lesson: lesson)
    for line in commands {
      _ = engine.run(line)
      engine.session.advanceClock(by: LessonReplay.typingPause)
      _ = engine.observe()
    }
    var report = Report(completed: [], missing: [])
    for (index, step) in lesson.steps.enumerated() {
      let label = "\(lesson.status(at: index)) \(step.title)"
      if engine.progress.steps[index].completed {
        report.completed.append(label)
      } else if index == engine.stepIndex {
        report.missing.append((label, engine.evaluate().reasons.first ?? "not done"))
      } else {
        report.missing.append((label, "not reached"))
      }
    }
    return report
  }
}
