public import EngineAPI

/// What a non-detached `service create|update|scale|rollback` showed while it waited: the
/// progress frames in order (the last is what stays on screen) and how the wait ended.
public struct ConvergenceReport: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    case converged
    /// `service update paused: …` / `service rollback paused: …` (stderr, exit 1).
    case paused(String)
    /// The wait gave up, as a learner pressing Ctrl-C would: docker prints how to check on it.
    case gaveUp(serviceID: String)
  }

  /// First line: the new service's ID, or the argument as typed for update/scale/rollback.
  public var header: String?
  public var frames: [ProgressFrame]
  public var outcome: Outcome

  public init(header: String?, frames: [ProgressFrame], outcome: Outcome) {
    self.header = header
    self.frames = frames
    self.outcome = outcome
  }
}

/// One poll of docker's progress display.
public struct ProgressFrame: Sendable, Equatable {
  public var time: Timestamp
  /// `rollback: manually requested rollback`, shown above the progress once a rollback starts.
  public var rollbackMessage: String?
  public var isRollback: Bool
  public var running: Int
  public var total: Int
  /// Per-slot lines (`1/3`), empty when there are more than 20 tasks, as docker.
  public var slots: [SlotProgress]
  /// Seconds left in the verify phase, or nil before convergence.
  public var verifyCountdown: Int?
  public var converged: Bool

  public init(
    time: Timestamp, rollbackMessage: String?, isRollback: Bool, running: Int, total: Int,
    slots: [SlotProgress], verifyCountdown: Int?, converged: Bool
  ) {
    self.time = time
    self.rollbackMessage = rollbackMessage
    self.isRollback = isRollback
    self.running = running
    self.total = total
    self.slots = slots
    self.verifyCountdown = verifyCountdown
    self.converged = converged
  }
}

/// One task line of the progress display.
public struct SlotProgress: Sendable, Equatable {
  /// `1/3` for replicated slots, the 12-character node ID for global tasks.
  public var label: String
  public var state: TaskState?
  public var error: String?

  public init(label: String, state: TaskState?, error: String?) {
    self.label = label
    self.state = state
    self.error = error
  }
}
