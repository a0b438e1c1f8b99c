/// `swarm.Task` (`GET /tasks/{id}`): one scheduled unit of a service.
public struct Task: GoStruct, Equatable {
  public static let goTypeName = "swarm.Task"

  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var name: String?
  public var labels: [String: String]
  @SharedValue public var spec: TaskSpec
  public var serviceID: String?
  public var slot: Int?
  public var nodeID: String?
  public var status: TaskStatus
  /// `running`, `shutdown`, `remove`… (the engine's lower-case state names).
  public var desiredState: String?
  public var networksAttachments: [NetworkAttachment]?

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    labels: [String: String] = [:], spec: TaskSpec, serviceID: String?, slot: Int?,
    nodeID: String?, status: TaskStatus, desiredState: String?,
    networksAttachments: [NetworkAttachment]? = nil
  ) {
    self.init(
      id: id, version: version, createdAt: createdAt, updatedAt: updatedAt, labels: labels,
      spec: SharedValue(wrappedValue: spec), serviceID: serviceID, slot: slot, nodeID: nodeID,
      status: status, desiredState: desiredState, networksAttachments: networksAttachments)
  }

  /// A task whose spec is one other tasks share (the daemon lists a service's tasks with one).
  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    labels: [String: String] = [:], spec: SharedValue<TaskSpec>, serviceID: String?, slot: Int?,
    nodeID: String?, status: TaskStatus, desiredState: String?,
    networksAttachments: [NetworkAttachment]? = nil
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.labels = labels
    self._spec = spec
    self.serviceID = serviceID
    self.slot = slot
    self.nodeID = nodeID
    self.status = status
    self.desiredState = desiredState
    self.networksAttachments = networksAttachments
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case name = "Name", labels = "Labels", spec = "Spec", serviceID = "ServiceID", slot = "Slot"
    case nodeID = "NodeID", status = "Status", desiredState = "DesiredState"
    case networksAttachments = "NetworksAttachments"
  }
}

/// `swarm.TaskStatus`: what the agent last reported.
public struct TaskStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.TaskStatus"
  public static let pointerFields: Set<String> = ["ContainerStatus"]

  public var timestamp: Timestamp
  public var state: String
  public var message: String
  public var err: String?
  public var containerStatus: ContainerStatus?
  public var portStatus: PortStatus

  public init(
    timestamp: Timestamp, state: String, message: String, err: String? = nil,
    containerStatus: ContainerStatus? = nil, portStatus: PortStatus = PortStatus()
  ) {
    self.timestamp = timestamp
    self.state = state
    self.message = message
    self.err = err
    self.containerStatus = containerStatus
    self.portStatus = portStatus
  }

  enum CodingKeys: String, CodingKey {
    case timestamp = "Timestamp", state = "State", message = "Message", err = "Err"
    case containerStatus = "ContainerStatus", portStatus = "PortStatus"
  }
}

/// `swarm.ContainerStatus`.
public struct ContainerStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.ContainerStatus"
  public var containerID: String
  public var pid: Int
  public var exitCode: Int

  public init(containerID: String, pid: Int, exitCode: Int) {
    self.containerID = containerID
    self.pid = pid
    self.exitCode = exitCode
  }

  enum CodingKeys: String, CodingKey {
    case containerID = "ContainerID", pid = "PID", exitCode = "ExitCode"
  }
}

/// `swarm.PortStatus`: ports published on the task's host (`mode=host`).
public struct PortStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.PortStatus"
  public var ports: [PortConfig]?

  public init(ports: [PortConfig]? = nil) { self.ports = ports }

  enum CodingKeys: String, CodingKey { case ports = "Ports" }
}

/// `swarm.NetworkAttachment`: a task's address on one network.
public struct NetworkAttachment: GoStruct, Equatable {
  public static let goTypeName = "swarm.NetworkAttachment"
  public var network: SwarmNetwork
  public var addresses: [String]

  public init(network: SwarmNetwork, addresses: [String]) {
    self.network = network
    self.addresses = addresses
  }

  enum CodingKeys: String, CodingKey { case network = "Network", addresses = "Addresses" }
}

/// `swarm.Network`: an overlay as the swarm stores it (inside task attachments).
public struct SwarmNetwork: GoStruct, Equatable {
  public static let goTypeName = "swarm.Network"
  public static let pointerFields: Set<String> = ["IPAMOptions"]

  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: NetworkSpec
  public var driverState: Driver
  public var ipamOptions: IPAMOptions?

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: NetworkSpec, driverState: Driver, ipamOptions: IPAMOptions?
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
    self.driverState = driverState
    self.ipamOptions = ipamOptions
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec", driverState = "DriverState", ipamOptions = "IPAMOptions"
  }
}

/// `swarm.NetworkSpec`.
public struct NetworkSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.NetworkSpec"
  public static let pointerFields: Set<String> = ["DriverConfiguration", "IPAMOptions"]

  public var name: String?
  public var labels: [String: String]
  public var driverConfiguration: Driver?
  public var `internal`: Bool?
  public var attachable: Bool?
  public var ingress: Bool?
  public var ipamOptions: IPAMOptions?
  public var scope: String?

  public init(
    name: String?, labels: [String: String], driverConfiguration: Driver?, internal: Bool?,
    attachable: Bool?, ingress: Bool?, ipamOptions: IPAMOptions?, scope: String?
  ) {
    self.name = name
    self.labels = labels
    self.driverConfiguration = driverConfiguration
    self.internal = `internal`
    self.attachable = attachable
    self.ingress = ingress
    self.ipamOptions = ipamOptions
    self.scope = scope
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", driverConfiguration = "DriverConfiguration"
    case `internal` = "Internal", attachable = "Attachable", ingress = "Ingress"
    case ipamOptions = "IPAMOptions", scope = "Scope"
  }
}

/// `swarm.Driver`: a driver name and its options.
public struct Driver: GoStruct, Equatable {
  public static let goTypeName = "swarm.Driver"
  public var name: String?
  public var options: [String: String]?

  public init(name: String?, options: [String: String]? = nil) {
    self.name = name
    self.options = options
  }

  enum CodingKeys: String, CodingKey { case name = "Name", options = "Options" }
}

/// `swarm.IPAMOptions`.
public struct IPAMOptions: GoStruct, Equatable {
  public static let goTypeName = "swarm.IPAMOptions"
  public var driver: Driver
  public var configs: [SwarmIPAMConfig]?

  public init(driver: Driver, configs: [SwarmIPAMConfig]? = nil) {
    self.driver = driver
    self.configs = configs
  }

  enum CodingKeys: String, CodingKey { case driver = "Driver", configs = "Configs" }
}

/// `swarm.IPAMConfig`.
public struct SwarmIPAMConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.IPAMConfig"
  public var subnet: String?
  public var range: String?
  public var gateway: String?

  public init(subnet: String?, range: String? = nil, gateway: String?) {
    self.subnet = subnet
    self.range = range
    self.gateway = gateway
  }

  enum CodingKeys: String, CodingKey {
    case subnet = "Subnet", range = "Range", gateway = "Gateway"
  }
}
