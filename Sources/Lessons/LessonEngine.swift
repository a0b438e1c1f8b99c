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
  /// Whether the session talks to a real engine (see `init(lesson:realEngineSession:)`).
  public private(set) var onRealEngine = false
  /// Said once when the engine starts: resumed, or a corrupt progress file set aside.
  public private(set) var notices: [String] = []
  let store: ProgressStore?
  /// Wall-clock seconds, injected so this module never reads the real clock.
  let wallClock: () -> Double
  private var lastActivity: Double?
  /// Why progress is not saved this session (a file that exists but cannot be read).
  private var savingRefused: String?
  /// What replay needs to know about each `progress.history` entry, kept beside it.
  private var entries: [ReplayNeed] = []
  /// Records the live session has that a replay of the compacted history would not (lines
  /// dropped before the current step); `progress.stepRecordStart` counts replayed records.
  private var droppedRecords = 0
  private var nextCompaction = 2_000
  /// What the current step's checks already found among its commands (a new one per step).
  private var commandMemory = CommandMemory()
  /// History length past which lines that changed nothing are dropped.
  var compactionThreshold = 2_000 {
    didSet { nextCompaction = compactionThreshold }
  }
  /// Lines of the current step kept even when they changed nothing (checks read them).
  var recentLinesKept: Int { compactionThreshold / 2 }
  /// Longest gap counted as time spent on a step (a learner who walked away).
  static let idleCap = 300.0

  public convenience init(
    lesson: Lesson, store: ProgressStore? = nil, wallClock: @escaping () -> Double = { 0 }
  ) {
    self.init(
      lesson: lesson, store: store, wallClock: wallClock, loaded: store?.load(lesson.id) ?? .none)
  }

  /// The lesson on a real engine (`lesson --engine`), as that engine stands: nothing is replayed
  /// or saved (the engine keeps its own state), and `reset` cannot rebuild it.
  public convenience init(lesson: Lesson, realEngineSession session: Session) {
    self.init(lesson: lesson, store: nil, wallClock: { 0 }, loaded: .none)
    self.session = session
    self.onRealEngine = true
    progress.stepRecordStart = session.recordCount
  }

  /// Resumes from progress already decoded (no store: nothing is saved).
  public convenience init(lesson: Lesson, resuming saved: LessonProgress) {
    self.init(lesson: lesson, store: nil, wallClock: { 0 }, loaded: .progress(saved))
  }

  private init(
    lesson: Lesson, store: ProgressStore?, wallClock: @escaping () -> Double,
    loaded: ProgressStore.Loaded
  ) {
    self.lesson = lesson
    self.store = store
    self.wallClock = wallClock
    var progress = LessonProgress(lesson: lesson)
    switch loaded {
    case .none: break
    case .progress(let saved):
      progress = Self.adapt(saved, to: lesson)
      notices.append("Resuming \(lesson.id) at \(lesson.status(at: progress.step)).")
    case .corrupt(let kept, let reason):
      notices.append(
        "Your saved progress for \(lesson.id) could not be used (\(reason)); it was kept as \(kept). Starting the lesson afresh."
      )
    case .unreadable(let path, let reason):
      savingRefused = "\(path): \(reason)"
      notices.append(
        "Your saved progress for \(lesson.id) cannot be read (\(path): \(reason)). It is left as it is, and this session will not save progress."
      )
    }
    self.progress = progress
    self.session =
      progress.history.isEmpty && progress.base == 0 && progress.clock == 0
      ? LessonReplay.startState(of: lesson, step: 0) : LessonReplay.resume(lesson, progress)
    // Saved entries are all kept: whether they changed the cluster is not known.
    self.entries = progress.history.map { _ in ReplayNeed(recordCount: 0, changedCluster: true) }
    if progress.history.isEmpty && progress.base == 0 {
      self.progress.stepRecordStart = session.recordCount
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
    let before = ClusterFingerprint(session)
    let output = session.run(line)
    progress.history.append(HistoryEntry(at: at, line: line))
    entries.append(
      ReplayNeed(
        recordCount: session.recordCount - before.recordCount,
        changedCluster: ClusterFingerprint(session) != before))
    if progress.history.count > nextCompaction {
      compactHistory()
      // Lines that all changed something stay; waiting for twice as many keeps this linear.
      nextCompaction = max(compactionThreshold, 2 * progress.history.count)
    }
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

  /// Why the current step cannot be done on this session's real engine (its commands need the
  /// simulation), or nil.
  public var stepNeedsSimulation: String? {
    guard onRealEngine, let step = currentStep else { return nil }
    return RealEngineProver.simulationNeed(of: step.solution)
  }

  /// Said on entering a step a real engine cannot do: plainly, with the way past it.
  private func simulationNotice() -> [String] {
    stepNeedsSimulation.map {
      [
        "This step needs SwarmLab's simulation (\($0)), so it cannot be done on this real engine. Type 'next' to skip it."
      ]
    } ?? []
  }

  /// The current step's checks on the cluster now.
  public func evaluate() -> CheckOutcome {
    guard let step = currentStep else { return .pass }
    let commands = StepCommands(
      session, since: progress.stepRecordStart + droppedRecords, memory: commandMemory)
    return CheckEvaluator(engine: session.engineClient, commands: commands).evaluate(step.checks)
  }

  private func advanceWhileDone() -> [String] {
    var messages: [String] = []
    while let step = currentStep, evaluate().passed {
      progress.steps[progress.step].completed = true
      messages.append("✓ \(status) \(step.title): done.")
      enter(progress.step + 1)
      if let next = currentStep {
        messages.append("Next \(status) \(next.title): \(next.task)  (lesson, hint, solution)")
        messages += simulationNotice()
      } else {
        messages.append("You finished \(lesson.id): \(lesson.title). Well done!")
      }
    }
    return messages
  }

  private func enter(_ index: Int) {
    progress.step = min(max(index, 0), lesson.steps.count)
    progress.stepRecordStart = session.recordCount - droppedRecords
    commandMemory = CommandMemory()
  }

  /// Drops history lines that left the cluster, the shell and the ID sequence as they were
  /// (`ls`, `inspect`, `sleep`…): replaying them would change nothing but the records, and the
  /// clock is restored from the next line's time. Lines of the current step are kept up to
  /// `recentLinesKept`, since its checks may look for them.
  private func compactHistory() {
    let stepStart = progress.stepRecordStart
    var position = 0
    var keptHistory: [HistoryEntry] = []
    var keptEntries: [ReplayNeed] = []
    let recentStart = progress.history.count - recentLinesKept
    for (index, (entry, need)) in zip(progress.history, entries).enumerated() {
      let inCurrentStep = position + need.recordCount > stepStart
      position += need.recordCount
      if need.changedCluster || (inCurrentStep && index >= recentStart) {
        keptHistory.append(entry)
        keptEntries.append(need)
      } else if !inCurrentStep {
        droppedRecords += need.recordCount
        progress.stepRecordStart -= need.recordCount
      }
    }
    progress.history = keptHistory
    entries = keptEntries
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
    ] + simulationNotice() + save()
  }

  /// `reset`: rebuilds the cluster as it stands at the start of the current step.
  public func reset() -> [String] {
    touch()
    if onRealEngine {
      return [
        "reset rebuilds SwarmLab's simulated cluster; a real engine keeps its state, so undo what you changed with docker commands (or 'next' to move on)."
      ]
    }
    let index = min(progress.step, lesson.steps.count)
    session = LessonReplay.startState(of: lesson, step: index)
    progress.base = index
    progress.history = []
    entries = []
    droppedRecords = 0
    progress.stepRecordStart = session.recordCount
    commandMemory = CommandMemory()
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
    guard let store, savingRefused == nil else { return [] }
    do {
      try store.save(progress)
      return []
    } catch {
      return ["(SwarmLab could not save your progress: \(error))"]
    }
  }
}

/// What a history line did, as far as replaying it goes.
struct ReplayNeed {
  /// Command records the line added.
  var recordCount: Int
  /// Whether the cluster, the shell or the ID sequence differ after it.
  var changedCluster: Bool
}

/// Everything a line can change that replay must reproduce, to tell a no-op line.
struct ClusterFingerprint: Equatable {
  var simulation: SimulationFingerprint
  var environment: [String: String]
  var insideContainer: Bool
  var lastStatus: Int32
  var recordCount: Int

  init(_ session: Session) {
    simulation = session.simulationFingerprint
    environment = session.environment
    insideContainer = session.isInsideContainer
    lastStatus = session.lastStatus
    recordCount = session.recordCount
  }

  /// Lines inside a container shell always count as changes: its state is not compared.
  static func == (a: Self, b: Self) -> Bool {
    !a.insideContainer && !b.insideContainer && a.lastStatus == b.lastStatus
      && a.simulation == b.simulation
      && a.environment == b.environment && a.insideContainer == b.insideContainer
  }
}
