/// `swarm.Service` (`GET /services/{id}`): the spec as stored, the one before the last update,
/// where the allocator put it and how its last update went.
public struct Service: GoStruct, Equatable {
  public static let goTypeName = "swarm.Service"
  public static let pointerFields: Set<String> = [
    "PreviousSpec", "UpdateStatus", "ServiceStatus",
  ]

  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: ServiceSpec
  public var previousSpec: ServiceSpec?
  public var endpoint: Endpoint
  public var updateStatus: UpdateStatus?
  /// Task counts, filled only when the list asked for them (`ServiceListOptions.status`).
  public var serviceStatus: ServiceStatus?

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: ServiceSpec, previousSpec: ServiceSpec? = nil, endpoint: Endpoint = Endpoint(),
    updateStatus: UpdateStatus? = nil, serviceStatus: ServiceStatus? = nil
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
    self.previousSpec = previousSpec
    self.endpoint = endpoint
    self.updateStatus = updateStatus
    self.serviceStatus = serviceStatus
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec", previousSpec = "PreviousSpec", endpoint = "Endpoint"
    case updateStatus = "UpdateStatus", serviceStatus = "ServiceStatus"
  }
}

/// `swarm.ServiceStatus`: how many of the service's tasks run, out of how many are wanted.
public struct ServiceStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.ServiceStatus"
  public var runningTasks: UInt64
  public var desiredTasks: UInt64
  public var completedTasks: UInt64

  public init(runningTasks: UInt64, desiredTasks: UInt64, completedTasks: UInt64 = 0) {
    self.runningTasks = runningTasks
    self.desiredTasks = desiredTasks
    self.completedTasks = completedTasks
  }

  enum CodingKeys: String, CodingKey {
    case runningTasks = "RunningTasks", desiredTasks = "DesiredTasks"
    case completedTasks = "CompletedTasks"
  }
}

/// `swarm.UpdateStatus`: the state of a rolling update or rollback.
public struct UpdateStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.UpdateStatus"
  /// `updating`, `paused`, `completed`, `rollback_started`, `rollback_paused`,
  /// `rollback_completed`.
  public var state: String?
  public var startedAt: Timestamp?
  public var completedAt: Timestamp?
  public var message: String?

  public init(
    state: String?, startedAt: Timestamp?, completedAt: Timestamp? = nil, message: String?
  ) {
    self.state = state
    self.startedAt = startedAt
    self.completedAt = completedAt
    self.message = message
  }

  enum CodingKeys: String, CodingKey {
    case state = "State", startedAt = "StartedAt", completedAt = "CompletedAt"
    case message = "Message"
  }
}

/// `swarm.Endpoint`: the spec the allocator worked from, the ports it published and one
/// virtual IP per attached network.
public struct Endpoint: GoStruct, Equatable {
  public static let goTypeName = "swarm.Endpoint"
  public var spec: EndpointSpec
  public var ports: [PortConfig]?
  public var virtualIPs: [EndpointVirtualIP]?

  public init(
    spec: EndpointSpec = EndpointSpec(), ports: [PortConfig]? = nil,
    virtualIPs: [EndpointVirtualIP]? = nil
  ) {
    self.spec = spec
    self.ports = ports
    self.virtualIPs = virtualIPs
  }

  enum CodingKeys: String, CodingKey {
    case spec = "Spec", ports = "Ports", virtualIPs = "VirtualIPs"
  }
}

/// `swarm.EndpointVirtualIP`.
public struct EndpointVirtualIP: GoStruct, Equatable {
  public static let goTypeName = "swarm.EndpointVirtualIP"
  public var networkID: String?
  public var addr: String?

  public init(networkID: String?, addr: String?) {
    self.networkID = networkID
    self.addr = addr
  }

  enum CodingKeys: String, CodingKey { case networkID = "NetworkID", addr = "Addr" }
}
