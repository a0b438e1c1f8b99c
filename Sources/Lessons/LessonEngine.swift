public import Session

/// What one command run through a lesson produced: docker's own output, untouched, and short
/// lesson messages to print after it (a step completed, what comes next).
public struct LessonRun: Sendable {
  public var output: SessionOutput
  public var messages: [String]
}

/// Drives one lesson over one session: after every command it evaluates the current step's
/// checks on the cluster state and the step's commands, completes and advances steps whatever
/// was typed to get there, and saves progress.
public final class LessonEngine {
  public let lesson: Lesson
  public private(set) var session: Session
  public private(set) var progress: LessonProgress
  /// Said once when the engine starts: resumed, or a corrupt progress file set aside.
  public private(set) var notices: [String] = []
  let store: ProgressStore?
  /// Wall-clock seconds, injected so this module never reads the real clock.
  let wallClock: () -> Double
  private var lastActivity: Double?
  /// Longest gap counted as time spent on a step (a learner who walked away).
  static let idleCap = 300.0

  public init(
    lesson: Lesson, store: ProgressStore? = nil, wallClock: @escaping () -> Double = { 0 }
  ) {
    self.lesson = lesson
    self.store = store
    self.wallClock = wallClock
    var progress = LessonProgress(lesson: lesson)
    switch store?.load(lesson.id) ?? .none {
    case .none: break
    case .progress(let saved):
      progress = Self.adapt(saved, to: lesson)
      notices.append("Resuming \(lesson.id) at \(lesson.status(at: progress.step)).")
    case .corrupt(let kept, let reason):
      notices.append(
        "Your saved progress for \(lesson.id) could not be used (\(reason)); it was kept as \(kept). Starting the lesson afresh."
      )
    }
    self.progress = progress
    self.session =
      progress.history.isEmpty && progress.base == 0 && progress.clock == 0
      ? LessonReplay.startState(of: lesson, step: 0) : LessonReplay.resume(lesson, progress)
    if progress.history.isEmpty && progress.base == 0 {
      self.progress.stepRecordStart = session.records.count
    }
  }

  /// Saved progress matched to the lesson as it is now (steps found by id).
  static func adapt(_ saved: LessonProgress, to lesson: Lesson) -> LessonProgress {
    var progress = saved
    progress.steps = lesson.steps.map { step in
      saved.steps.first { $0.id == step.id } ?? StepProgress(id: step.id)
    }
    progress.step = min(max(saved.step, 0), lesson.steps.count)
    return progress
  }

  public var stepIndex: Int { progress.step }
  public var currentStep: LessonStep? {
    lesson.steps.indices.contains(progress.step) ? lesson.steps[progress.step] : nil
  }
  public var isFinished: Bool { progress.step >= lesson.steps.count }
  /// `[12.3 2/5]`, for the prompt or a status line.
  public var status: String { lesson.status(at: progress.step) }

  /// Runs a line in the session, then checks the step.
  public func run(_ line: String) -> LessonRun {
    touch()
    let at = LessonReplay.offset(session)
    let output = session.run(line)
    progress.history.append(HistoryEntry(at: at, line: line))
    var messages = advanceWhileDone()
    messages += save()
    return LessonRun(output: output, messages: messages)
  }

  /// Re-checks after something other than a command changed the cluster (time passing in
  /// the shell); returns messages only when a step completed.
  public func observe() -> [String] {
    let messages = advanceWhileDone()
    return messages.isEmpty ? [] : messages + save()
  }

  /// The current step's checks on the cluster now.
  public func evaluate() -> CheckOutcome {
    guard let step = currentStep else { return .pass }
    let records =
      session.records.count >= progress.stepRecordStart
      ? Array(session.records[progress.stepRecordStart...]) : []
    return CheckEvaluator(state: session.state, records: records).evaluate(step.checks)
  }

  private func advanceWhileDone() -> [String] {
    var messages: [String] = []
    while let step = currentStep, evaluate().passed {
      progress.steps[progress.step].completed = true
      messages.append("✓ \(status) \(step.title): done.")
      enter(progress.step + 1)
      if let next = currentStep {
        messages.append("Next \(status) \(next.title): \(next.task)  (lesson, hint, solution)")
      } else {
        messages.append("You finished \(lesson.id): \(lesson.title). Well done!")
      }
    }
    return messages
  }

  private func enter(_ index: Int) {
    progress.step = min(max(index, 0), lesson.steps.count)
    progress.stepRecordStart = session.records.count
  }

  /// `next` / `back`: moves without touching the cluster; skipping marks the step skipped.
  public func move(by delta: Int) -> [String] {
    touch()
    let target = progress.step + delta
    guard target >= 0, target <= lesson.steps.count, target != progress.step else {
      return [delta < 0 ? "This is the first step." : "There is no step after this one."]
    }
    if delta > 0, let _ = currentStep, !progress.steps[progress.step].completed {
      progress.steps[progress.step].skipped = true
    }
    enter(target)
    return [
      currentStep.map { "Now at \(status) \($0.title): \($0.task)" }
        ?? "You are past the last step of \(lesson.id)."
    ] + save()
  }

  /// `reset`: rebuilds the cluster as it stands at the start of the current step.
  public func reset() -> [String] {
    touch()
    let index = min(progress.step, lesson.steps.count)
    session = LessonReplay.startState(of: lesson, step: index)
    progress.base = index
    progress.history = []
    progress.stepRecordStart = session.records.count
    return ["The cluster is back at the start of \(status)."] + save()
  }

  /// `hint`: the next hint, escalating; the count is kept for teachers.
  public func hint() -> String {
    touch()
    guard let step = currentStep else { return "The lesson is finished; there are no more hints." }
    let used = progress.steps[progress.step].hintsUsed
    guard used < step.hints.count else {
      return "No more hints for this step. Type 'solution' to see the book's commands."
    }
    progress.steps[progress.step].hintsUsed = used + 1
    _ = save()
    return "Hint \(used + 1)/\(step.hints.count): \(step.hints[used])"
  }

  /// Marks the solution as shown (the controller asks for confirmation first).
  public func markSolutionShown() {
    guard currentStep != nil else { return }
    progress.steps[progress.step].solutionShown = true
    _ = save()
  }

  private func touch() {
    let now = wallClock()
    if let last = lastActivity, progress.steps.indices.contains(progress.step) {
      progress.steps[progress.step].seconds += min(max(now - last, 0), Self.idleCap)
    }
    lastActivity = now
  }

  /// Saves atomically; a failure becomes a message rather than stopping the lesson.
  private func save() -> [String] {
    progress.clock = LessonReplay.offset(session)
    guard let store else { return [] }
    do {
      try store.save(progress)
      return []
    } catch {
      return ["(SwarmLab could not save your progress in \(store.directory): \(error))"]
    }
  }
}
