public import GoDurations

/// `swarm.ServiceSpec`: what `service create` sends and `service update` replaces.
public struct ServiceSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.ServiceSpec"
  public static let pointerFields: Set<String> = [
    "UpdateConfig", "RollbackConfig", "EndpointSpec",
  ]

  public var name: String?
  public var labels: [String: String]
  public var taskTemplate: TaskSpec
  public var mode: ServiceMode
  public var updateConfig: UpdateConfig?
  public var rollbackConfig: UpdateConfig?
  public var endpointSpec: EndpointSpec?

  public init(
    name: String?, labels: [String: String] = [:], taskTemplate: TaskSpec,
    mode: ServiceMode = .replicated(1), updateConfig: UpdateConfig? = nil,
    rollbackConfig: UpdateConfig? = nil, endpointSpec: EndpointSpec? = nil
  ) {
    self.name = name
    self.labels = labels
    self.taskTemplate = taskTemplate
    self.mode = mode
    self.updateConfig = updateConfig
    self.rollbackConfig = rollbackConfig
    self.endpointSpec = endpointSpec
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", taskTemplate = "TaskTemplate", mode = "Mode"
    case updateConfig = "UpdateConfig", rollbackConfig = "RollbackConfig"
    case endpointSpec = "EndpointSpec"
  }
}

/// `swarm.ServiceMode`: exactly one of its members is set.
public struct ServiceMode: GoStruct, Equatable {
  public static let goTypeName = "swarm.ServiceMode"
  public static let pointerFields: Set<String> = ["Replicated", "Global"]

  public var replicated: ReplicatedService?
  public var global: GlobalService?

  public init(replicated: ReplicatedService? = nil, global: GlobalService? = nil) {
    self.replicated = replicated
    self.global = global
  }

  public static func replicated(_ replicas: UInt64) -> ServiceMode {
    ServiceMode(replicated: ReplicatedService(replicas: replicas))
  }
  public static let global = ServiceMode(global: GlobalService())

  enum CodingKeys: String, CodingKey { case replicated = "Replicated", global = "Global" }
}

/// `swarm.ReplicatedService`.
public struct ReplicatedService: GoStruct, Equatable {
  public static let goTypeName = "swarm.ReplicatedService"
  public var replicas: UInt64?

  public init(replicas: UInt64?) { self.replicas = replicas }

  enum CodingKeys: String, CodingKey { case replicas = "Replicas" }
}

/// `swarm.GlobalService` (no fields).
public struct GlobalService: GoStruct, Equatable {
  public static let goTypeName = "swarm.GlobalService"
  public init() {}
}

/// `swarm.UpdateConfig`, used for both updates and rollbacks.
public struct UpdateConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.UpdateConfig"
  public var parallelism: UInt64
  public var delay: GoDuration?
  /// `pause`, `continue`, `rollback`.
  public var failureAction: String?
  public var monitor: GoDuration?
  public var maxFailureRatio: Double
  /// `stop-first`, `start-first`.
  public var order: String?

  public init(
    parallelism: UInt64 = 1, delay: GoDuration? = nil, failureAction: String? = "pause",
    monitor: GoDuration? = GoDuration(nanoseconds: 5_000_000_000), maxFailureRatio: Double = 0,
    order: String? = "stop-first"
  ) {
    self.parallelism = parallelism
    self.delay = delay
    self.failureAction = failureAction
    self.monitor = monitor
    self.maxFailureRatio = maxFailureRatio
    self.order = order
  }

  enum CodingKeys: String, CodingKey {
    case parallelism = "Parallelism", delay = "Delay", failureAction = "FailureAction"
    case monitor = "Monitor", maxFailureRatio = "MaxFailureRatio", order = "Order"
  }
}

/// `swarm.EndpointSpec`: VIP or DNS round-robin, and the published ports.
public struct EndpointSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.EndpointSpec"
  /// `vip` or `dnsrr`.
  public var mode: String?
  public var ports: [PortConfig]?

  public init(mode: String? = nil, ports: [PortConfig]? = nil) {
    self.mode = mode
    self.ports = ports
  }

  enum CodingKeys: String, CodingKey { case mode = "Mode", ports = "Ports" }
}

/// `swarm.PortConfig`: `--publish published=8080,target=80,protocol=tcp,mode=ingress`.
public struct PortConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.PortConfig"
  public var name: String?
  public var `protocol`: String?
  public var targetPort: UInt32?
  public var publishedPort: UInt32?
  /// `ingress` or `host`.
  public var publishMode: String?

  public init(
    name: String? = nil, protocol: String? = "tcp", targetPort: UInt32?,
    publishedPort: UInt32? = nil, publishMode: String? = "ingress"
  ) {
    self.name = name
    self.protocol = `protocol`
    self.targetPort = targetPort
    self.publishedPort = publishedPort
    self.publishMode = publishMode
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", `protocol` = "Protocol", targetPort = "TargetPort"
    case publishedPort = "PublishedPort", publishMode = "PublishMode"
  }
}
