/// Names the CLI looked up to show IDs the way docker does (`web.1`, `node1`): docker's
/// `idresolver`, filled from the service, node, network and task lists.
public struct ObjectNames: Sendable, Equatable {
  public var services: [String: String] = [:]
  public var nodes: [String: String] = [:]
  public var networks: [String: String] = [:]
  /// Task ID → slot (0 for global tasks).
  public var slots: [String: Int] = [:]

  public init() {}
}

/// How log lines are written: `service logs` puts `name.slot.task@node    | ` before each.
public struct LogFormat: Sendable, Equatable {
  public var timestamps = false
  public var noTaskIDs = false
  public var noTrunc = false
  public var raw = false
  public var prefixed = true
  /// Width slot numbers are padded to (docker pads to the widest slot).
  public var padWidth = 1
  public var names = ObjectNames()

  public init() {}
}
