/// `swarm.TaskState`: the engine's task state names, ordered as swarmkit's numeric values so
/// "at or past running" is a comparison.
public enum TaskState: String, Sendable, Codable, CaseIterable, Comparable {
  case new, pending, assigned, accepted, preparing, ready, starting, running, complete
  case shutdown, failed, rejected, remove, orphaned

  public static func < (lhs: TaskState, rhs: TaskState) -> Bool { lhs.rank < rhs.rank }

  /// The position in swarmkit's order (a switch: the progress display compares states of
  /// every task on every poll).
  private var rank: Int {
    switch self {
    case .new: 0
    case .pending: 1
    case .assigned: 2
    case .accepted: 3
    case .preparing: 4
    case .ready: 5
    case .starting: 6
    case .running: 7
    case .complete: 8
    case .shutdown: 9
    case .failed: 10
    case .rejected: 11
    case .remove: 12
    case .orphaned: 13
    }
  }

  /// docker's `PrettyPrint`: `Running`.
  public var pretty: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// Past running: the task will never run (again).
  public var isTerminal: Bool { self > .running }
}

/// What the convergence display reads of one up-to-date task (docker's progress updaters
/// read these fields of `swarm.Task`).
public struct ProgressTask: Sendable, Equatable {
  /// The slot in 32 bits, beside the two one-byte states: 40 bytes a task, not 48 (a poll of
  /// 100,000 tasks holds two such lists at once, the last one and the new one).
  private var slotNumber: Int32
  public var desiredState: TaskState
  public var state: TaskState
  public var nodeID: String?
  public var err: String?

  public var slot: Int {
    get { Int(slotNumber) }
    set { slotNumber = Int32(clamping: newValue) }
  }

  public init(slot: Int, nodeID: String?, desiredState: TaskState, state: TaskState, err: String?) {
    self.slotNumber = Int32(clamping: slot)
    self.nodeID = nodeID
    self.desiredState = desiredState
    self.state = state
    self.err = err
  }

  public init?(_ task: Task) {
    guard let desired = task.desiredState.flatMap(TaskState.init(rawValue:)),
      let state = TaskState(rawValue: task.status.state)
    else { return nil }
    self.init(
      slot: task.slot ?? 0, nodeID: task.nodeID, desiredState: desired, state: state,
      err: task.status.err)
  }
}

extension EngineClient {
  /// The service's up-to-date tasks as the progress display reads them: what docker's CLI
  /// gets from `GET /tasks?filters={"service":[id],"_up-to-date":["true"]}`. An in-process
  /// engine may answer without building every `Task` (a 10,000-replica service is polled
  /// every 200 ms).
  public mutating func progressTasks(service id: String) throws(EngineError) -> [ProgressTask] {
    var filters = FilterArgs()
    filters.add("service", id)
    filters.add("_up-to-date", "true")
    return try taskList(ListOptions(filters: filters)).compactMap(ProgressTask.init)
  }
}
