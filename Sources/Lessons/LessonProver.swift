import Session

/// `--prove`: for every step, its checks must fail on the step's start state, then pass after
/// the reference solution, and pass after the variant too, so teachers can trust them.
public enum LessonProver {
  /// One line of the proof table.
  public struct Row: Sendable, Equatable {
    public var step: String
    public var phase: String
    public var ok: Bool
    public var detail: String
    /// Not run: the step needs the simulation (a proof on a real engine).
    public var skipped = false
  }

  public static func prove(_ lesson: Lesson) -> [Row] {
    var rows: [Row] = []
    // One session carried from step to step: after a step's solution it is exactly the next
    // step's start state (setup plus every earlier solution), without replaying them per step.
    let start = LessonReplay.startState(of: lesson, step: 0)
    for (index, step) in lesson.steps.enumerated() {
      let label = "\(lesson.status(at: index)) \(step.id)"
      let before = outcome(start, from: start.recordCount, step)
      rows.append(
        Row(
          step: label, phase: "start fails", ok: !before.passed,
          detail: before.passed
            ? "the checks already pass before the step is done" : before.reasons.first ?? ""))
      rows.append(
        attempt(
          lesson, index, step.solution, phase: "solution passes", label: label, session: start))
      if let variant = step.variant {
        let fresh = LessonReplay.startState(of: lesson, step: index)
        rows.append(
          attempt(lesson, index, variant, phase: "variant passes", label: label, session: fresh))
      }
    }
    return rows
  }

  private static func attempt(
    _ lesson: Lesson, _ index: Int, _ lines: [String], phase: String, label: String,
    session: Session
  ) -> Row {
    let mark = session.recordCount
    let outputs = LessonReplay.run(lines, in: session)
    if let failed = zip(lines, outputs).first(where: { $0.1.exitCode != 0 }) {
      let message = failed.1.text.split(separator: "\n").first.map(String.init) ?? ""
      return Row(
        step: label, phase: phase, ok: false,
        detail: "`\(failed.0)` exited \(failed.1.exitCode): \(message)")
    }
    let after = outcome(session, from: mark, lesson.steps[index])
    return Row(
      step: label, phase: phase, ok: after.passed, detail: after.reasons.joined(separator: " "))
  }

  private static func outcome(_ session: Session, from mark: Int, _ step: LessonStep)
    -> CheckOutcome
  {
    CheckEvaluator(
      engine: session.engineClient,
      commands: StepCommands(session, since: mark, memory: nil)
    ).evaluate(step.checks)
  }

  /// The proof as a table, with a summary line.
  public static func table(_ lesson: Lesson, _ rows: [Row]) -> String {
    let stepWidth = max(4, rows.map(\.step.count).max() ?? 0)
    let phaseWidth = max(5, rows.map(\.phase.count).max() ?? 0)
    func pad(_ s: String, _ w: Int) -> String {
      s + String(repeating: " ", count: max(0, w - s.count))
    }
    var out = "\(lesson.id): \(lesson.title)\n"
    out += "\(pad("STEP", stepWidth))  \(pad("PHASE", phaseWidth))  RESULT  DETAIL\n"
    for row in rows {
      let result = row.skipped ? "skip  " : row.ok ? "ok    " : "FAIL  "
      out +=
        "\(pad(row.step, stepWidth))  \(pad(row.phase, phaseWidth))  \(result)  \(row.detail)\n"
    }
    let checked = rows.filter { !$0.skipped }
    let failed = checked.filter { !$0.ok }.count
    out +=
      failed == 0
      ? "proved: \(checked.count) checks held\n"
      : "NOT PROVED: \(failed) of \(checked.count) failed\n"
    let skipped = rows.count - checked.count
    if skipped > 0 {
      out += "\(skipped) step\(skipped == 1 ? "" : "s") skipped: need the simulation\n"
    }
    return out
  }
}
