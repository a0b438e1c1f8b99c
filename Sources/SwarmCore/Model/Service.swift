/// A service as the cluster stores it: the current spec, the previous one (for rollback), its
/// version and the state of its last update.
public struct Service: Sendable, Equatable, Identifiable {
  public var id: String
  public var spec: ServiceSpec
  public var previousSpec: ServiceSpec?
  /// Bumped on every accepted spec change (swarmkit's `Meta.Version.Index`).
  public var version: Int
  public var createdAt: SimTime
  public var updatedAt: SimTime
  public var updateStatus: UpdateStatus?
  /// Virtual IPs, one per attached network, in allocation order; with an empty address in
  /// `dnsrr` mode, where the service is on the network without a VIP.
  public var virtualIPs: [NetworkAttachment] = []
  /// The ports as the swarm published them (`Endpoint.Ports`): the spec's, with a port left
  /// to the swarm (`--publish 80`) given its number from 30000; the spec keeps 0, as docker.
  public var endpointPorts: [PortConfig] = []

  public init(id: String, spec: ServiceSpec, version: Int, now: SimTime) {
    self.id = id
    self.spec = spec
    self.version = version
    self.createdAt = now
    self.updatedAt = now
  }
}

/// Progress of a rolling update or rollback (swarmkit `UpdateStatus`).
public struct UpdateStatus: Sendable, Equatable {
  public enum State: String, Sendable {
    case updating, paused, completed
    case rollbackStarted = "rollback_started"
    case rollbackPaused = "rollback_paused"
    case rollbackCompleted = "rollback_completed"
  }

  public var state: State
  public var startedAt: SimTime
  public var completedAt: SimTime?
  public var message: String

  public var isRollback: Bool {
    state == .rollbackStarted || state == .rollbackPaused || state == .rollbackCompleted
  }
  public var isActive: Bool { state == .updating || state == .rollbackStarted }
  public var isPaused: Bool { state == .paused || state == .rollbackPaused }

  public init(state: State, startedAt: SimTime, message: String) {
    self.state = state
    self.startedAt = startedAt
    self.message = message
  }
}
