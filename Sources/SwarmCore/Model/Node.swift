/// A machine in the swarm (swarmkit `Node`): its role, availability, reported status and,
/// for managers, its raft status.
public struct Node: Sendable, Equatable, Identifiable {
  public enum Role: String, Sendable { case worker, manager }
  public enum Availability: String, Sendable { case active, pause, drain }
  public enum State: String, Sendable { case unknown, down, ready, disconnected }

  public var id: String
  public var hostname: String
  public var role: Role
  public var availability: Availability = .active
  public var labels: [Label] = []
  public var state: State = .ready
  public var address: String
  public var isLeader: Bool = false
  public var managerReachable: Bool = true
  public var engineVersion: String
  public var createdAt: SimTime
  public var updatedAt: SimTime
  public var cpus: Int = 2
  public var memoryBytes: Int64 = 2_084_237_312

  public init(
    id: String, hostname: String, role: Role, address: String, engineVersion: String,
    now: SimTime
  ) {
    self.id = id
    self.hostname = hostname
    self.role = role
    self.address = address
    self.engineVersion = engineVersion
    self.createdAt = now
    self.updatedAt = now
  }

  /// Whether the scheduler may place new tasks here.
  public var acceptsTasks: Bool { state == .ready && availability == .active }
}
