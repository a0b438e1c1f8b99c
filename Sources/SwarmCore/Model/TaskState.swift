/// swarmkit's task states, ordered as its numeric values (`new`=0 … `orphaned`=832), so
/// "at or past running" is a comparison, as in swarmkit.
public enum TaskState: Int, Comparable, Sendable, CaseIterable {
  case new = 0
  case pending = 64
  case assigned = 192
  case accepted = 256
  case preparing = 320
  case ready = 384
  case starting = 448
  case running = 512
  case complete = 576
  case shutdown = 640
  case failed = 704
  case rejected = 768
  case remove = 800
  case orphaned = 832

  public static func < (lhs: TaskState, rhs: TaskState) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The engine API's lower-case name (`running`), used in JSON and filters.
  public var apiName: String {
    switch self {
    case .new: "new"
    case .pending: "pending"
    case .assigned: "assigned"
    case .accepted: "accepted"
    case .preparing: "preparing"
    case .ready: "ready"
    case .starting: "starting"
    case .running: "running"
    case .complete: "complete"
    case .shutdown: "shutdown"
    case .failed: "failed"
    case .rejected: "rejected"
    case .remove: "remove"
    case .orphaned: "orphaned"
    }
  }

  /// docker's `PrettyPrint`: the API name with a capital first letter (`Running`).
  public var pretty: String { apiName.prefix(1).uppercased() + apiName.dropFirst() }

  /// Past running: the task will never run (again).
  public var isTerminal: Bool { self > .running }

  public init?(apiName: String) {
    guard let s = TaskState.allCases.first(where: { $0.apiName == apiName.lowercased() }) else {
      return nil
    }
    self = s
  }
}
