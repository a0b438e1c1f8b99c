import EngineAPI
public import Session

/// `lesson --prove --engine`: the proof on a real engine, where a step's start state cannot be
/// conjured by replaying a fresh simulation for every step (that would be quadratic in real
/// waiting). So the engine is cleared once and the lesson is walked twice, in order: the
/// reference solutions (each step's checks must fail at its start and pass after them), then,
/// from a cleared engine again, each step's variant (or its solution when it has none), whose
/// checks must pass too. A real swarm converges in real time, so checks after a step's commands
/// are polled until they pass or `patience` runs out.
///
/// Steps whose commands need the simulation (`curl` to a published port, `machine`, a long
/// `sleep`) are skipped and counted, never run.
public struct RealEngineProver {
  /// A session on the real engine, cleared to a plain engine (no swarm) first.
  public var freshSession: () -> Session
  /// Really waits this many seconds (this module never reads the real clock itself).
  public var sleep: (Double) -> Void
  /// Seconds a step's checks may take to pass after its commands.
  public var patience: Double
  public var pollInterval: Double

  public init(
    freshSession: @escaping () -> Session, sleep: @escaping (Double) -> Void,
    patience: Double = 90, pollInterval: Double = 1
  ) {
    self.freshSession = freshSession
    self.sleep = sleep
    self.patience = patience
    self.pollInterval = pollInterval
  }

  /// Why a step (or the lesson's setup) cannot run on a real engine, or nil.
  public static func simulationNeed(of lines: [String]) -> String? {
    lines.lazy.compactMap(Session.simulationNeed(of:)).first
  }

  public func prove(_ lesson: Lesson) -> [LessonProver.Row] {
    if let need = Self.simulationNeed(of: lesson.setup) {
      return lesson.steps.indices.map {
        skipped(lesson, $0, "the lesson's setup needs it: \(need)")
      }
    }
    var rows = walk(lesson, variants: false)
    if lesson.steps.contains(where: { $0.variant != nil }) {
      rows += walk(lesson, variants: true)
    }
    return rows
  }

  /// One pass over the lesson from a cleared engine.
  private func walk(_ lesson: Lesson, variants: Bool) -> [LessonProver.Row] {
    let session = freshSession()
    _ = LessonReplay.run(lesson.setup, in: session)
    var rows: [LessonProver.Row] = []
    for (index, step) in lesson.steps.enumerated() {
      let label = "\(lesson.status(at: index)) \(step.id)"
      if let need = Self.simulationNeed(of: step.solution) {
        if !variants { rows.append(skipped(lesson, index, need)) }
        continue
      }
      var lines = step.solution
      var phase = "solution passes"
      if variants {
        guard let variant = step.variant, Self.simulationNeed(of: variant) == nil else {
          // Keep the walk going to the next step's start state.
          _ = run(step.solution, in: session)
          continue
        }
        lines = variant
        phase = "variant passes"
      } else {
        let before = evaluate(step, session, from: session.recordCount)
        rows.append(
          LessonProver.Row(
            step: label, phase: "start fails", ok: !before.passed,
            detail: before.passed
              ? "the checks already pass before the step is done" : before.reasons.first ?? ""))
      }
      let mark = session.recordCount
      if let failure = run(lines, in: session) {
        rows.append(LessonProver.Row(step: label, phase: phase, ok: false, detail: failure))
        continue
      }
      var outcome = evaluate(step, session, from: mark)
      var waited = 0.0
      while !outcome.passed && waited < patience {
        sleep(pollInterval)
        waited += pollInterval
        outcome = evaluate(step, session, from: mark)
      }
      rows.append(
        LessonProver.Row(
          step: label, phase: phase, ok: outcome.passed,
          detail: outcome.reasons.joined(separator: " ")))
    }
    return rows
  }

  /// Runs the lines, each after the swarm settled as a person would wait for it (a command
  /// typed at once after `service create --detach` finds no replica yet); the first that
  /// fails, described, or nil. A failure inside a container shell leaves the shell.
  private func run(_ lines: [String], in session: Session) -> String? {
    for line in lines {
      settle(session)
      let output = session.run(line)
      if output.exitCode != 0 {
        if session.isInsideContainer { _ = session.run("exit") }
        let message = output.text.split(separator: "\n").first.map(String.init) ?? ""
        return "`\(line)` exited \(output.exitCode): \(message)"
      }
    }
    return nil
  }

  /// Waits (up to `patience`) until every service runs as many tasks as it wants.
  private func settle(_ session: Session) {
    var client = session.engineClient
    var waited = 0.0
    while waited < patience,
      let services = try? client.serviceList(ServiceListOptions(status: true)),
      services.contains(where: {
        $0.serviceStatus.map { $0.runningTasks != $0.desiredTasks } ?? false
      })
    {
      sleep(pollInterval)
      waited += pollInterval
    }
  }

  private func evaluate(_ step: LessonStep, _ session: Session, from mark: Int) -> CheckOutcome {
    CheckEvaluator(
      engine: session.engineClient, commands: StepCommands(session, since: mark, memory: nil)
    ).evaluate(step.checks)
  }

  private func skipped(_ lesson: Lesson, _ index: Int, _ reason: String) -> LessonProver.Row {
    var row = LessonProver.Row(
      step: "\(lesson.status(at: index)) \(lesson.steps[index].id)", phase: "skipped", ok: true,
      detail: "needs the simulation: \(reason)")
    row.skipped = true
    return row
  }
}
