import ArgumentParser
import Foundation
import Lessons

/// `swarmlab progress [--json]`: a learner's per-step completion, time spent and hints used.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show lesson progress: steps completed, time spent, hints used.")

  @Option(help: "Use the lessons in this directory instead of the bundled ones.")
  var dir: String?

  @Flag(help: "Print JSON, for collecting a class's progress.")
  var json = false

  // The root's options, hidden here so one given with `progress` is refused, not dropped.
  @OptionGroup(visibility: .private) var options: SessionOptions
  @OptionGroup(visibility: .private) var shell: ShellOptions
  @OptionGroup(visibility: .private) var published: PublishedPortsOption

  /// One lesson's progress as reported.
  struct Report: Codable {
    struct Step: Codable {
      var id, section, title: String
      var completed, skipped, solutionShown: Bool
      var seconds: Double
      var hintsUsed: Int
    }
    var lesson, title, current: String
    var steps: [Step]
  }

  mutating func run() throws {
    try options.refuseSimulationFlags("progress reads saved progress; it runs no swarm")
    try options.refuseEngine("progress reads saved progress; it talks to no engine")
    try shell.check("progress")
    try published.refuse("progress")
    let store = LessonSupport.store()
    let reports = try LessonSupport.library(dir).compactMap { lesson -> Report? in
      guard case .progress(let saved) = store.load(lesson.id) else { return nil }
      let steps = lesson.steps.map { step in
        let p = saved.steps.first { $0.id == step.id } ?? StepProgress(id: step.id)
        return Report.Step(
          id: step.id, section: step.section, title: step.title, completed: p.completed,
          skipped: p.skipped,
          solutionShown: p.solutionShown, seconds: p.seconds.rounded(), hintsUsed: p.hintsUsed)
      }
      return Report(
        lesson: lesson.id, title: lesson.title, current: lesson.status(at: saved.step), steps: steps
      )
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Output.write(
        String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n", toStderr: false)
      return
    }
    if reports.isEmpty {
      Output.write("No lesson started yet. Try: swarmlab lesson ch12\n", toStderr: false)
    }
    for report in reports {
      let done = report.steps.filter(\.completed).count
      Output.write(
        "\(report.lesson)  \(report.title)  \(report.current)  \(done)/\(report.steps.count) steps\n",
        toStderr: false)
      for step in report.steps {
        let mark = step.completed ? "done   " : step.skipped ? "skipped" : "-      "
        let time = "\(Int(step.seconds) / 60)m\(Int(step.seconds) % 60)s"
        Output.write(
          "  \(mark)  \(step.section) \(step.title)  time \(time)  hints \(step.hintsUsed)\(step.solutionShown ? "  solution shown" : "")\n",
          toStderr: false)
      }
    }
  }
}
