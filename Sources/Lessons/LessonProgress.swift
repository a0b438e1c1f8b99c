/// A learner's saved place in one lesson: enough to rebuild the exact cluster (seed, the
/// step whose start state it was built from, every line typed since, with the simulated time
/// it was typed at) and the per-step record teachers collect.
public struct LessonProgress: Codable, Sendable, Equatable {
  public var format = 1
  public var lesson: String
  public var seed: UInt64
  /// The current step; equal to the number of steps once the lesson is finished.
  public var step: Int
  /// The step whose start state the cluster was last rebuilt to (0 = the lesson's start).
  public var base: Int
  /// Lines run on the cluster since it was built, in order.
  public var history: [HistoryEntry]
  /// Simulated time at the last save, as nanoseconds since the session's start.
  public var clock: Int64
  /// How many command records existed when the current step began.
  public var stepRecordStart: Int
  public var steps: [StepProgress]

  public init(lesson: Lesson) {
    self.lesson = lesson.id
    self.seed = lesson.seed
    self.step = 0
    self.base = 0
    self.history = []
    self.clock = 0
    self.stepRecordStart = 0
    self.steps = lesson.steps.map { StepProgress(id: $0.id) }
  }
}

/// One line run against the cluster and the simulated instant it started at.
public struct HistoryEntry: Codable, Sendable, Equatable {
  /// Nanoseconds since the session's start.
  public var at: Int64
  public var line: String

  public init(at: Int64, line: String) {
    self.at = at
    self.line = line
  }
}

/// What happened in one step, for the learner and for `swarmlab progress`.
public struct StepProgress: Codable, Sendable, Equatable {
  public var id: String
  public var completed = false
  /// Moved past with `next` before its checks passed.
  public var skipped = false
  /// Wall-clock seconds spent in the step (idle gaps capped).
  public var seconds: Double = 0
  public var hintsUsed = 0
  public var solutionShown = false

  public init(id: String) { self.id = id }
}
