public import GoDurations

/// `swarm.Swarm` (`GET /swarm`): the cluster, its settings and its join tokens.
public struct Swarm: GoStruct, Equatable {
  public static let goTypeName = "swarm.Swarm"

  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: SwarmSpec
  public var tlsInfo: TLSInfo
  public var rootRotationInProgress: Bool
  public var defaultAddrPool: [String]?
  public var subnetSize: UInt32
  public var dataPathPort: UInt32
  public var joinTokens: JoinTokens

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: SwarmSpec, tlsInfo: TLSInfo, defaultAddrPool: [String]?, subnetSize: UInt32,
    dataPathPort: UInt32, joinTokens: JoinTokens
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
    self.tlsInfo = tlsInfo
    self.rootRotationInProgress = false
    self.defaultAddrPool = defaultAddrPool
    self.subnetSize = subnetSize
    self.dataPathPort = dataPathPort
    self.joinTokens = joinTokens
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec", tlsInfo = "TLSInfo", rootRotationInProgress = "RootRotationInProgress"
    case defaultAddrPool = "DefaultAddrPool", subnetSize = "SubnetSize"
    case dataPathPort = "DataPathPort", joinTokens = "JoinTokens"
  }
}

/// `swarm.JoinTokens`.
public struct JoinTokens: GoStruct, Equatable {
  public static let goTypeName = "swarm.JoinTokens"
  public var worker: String
  public var manager: String

  public init(worker: String, manager: String) {
    self.worker = worker
    self.manager = manager
  }

  enum CodingKeys: String, CodingKey { case worker = "Worker", manager = "Manager" }
}

/// `swarm.Spec`: the cluster-wide settings `swarm update` changes.
public struct SwarmSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.Spec"
  public var name: String?
  public var labels: [String: String]
  public var orchestration: OrchestrationConfig
  public var raft: RaftConfig
  public var dispatcher: DispatcherConfig
  public var caConfig: CAConfig
  public var taskDefaults: TaskDefaults
  public var encryptionConfig: EncryptionConfig

  public init(
    name: String? = "default", labels: [String: String] = [:],
    orchestration: OrchestrationConfig = OrchestrationConfig(), raft: RaftConfig = RaftConfig(),
    dispatcher: DispatcherConfig = DispatcherConfig(), caConfig: CAConfig = CAConfig(),
    taskDefaults: TaskDefaults = TaskDefaults(),
    encryptionConfig: EncryptionConfig = EncryptionConfig()
  ) {
    self.name = name
    self.labels = labels
    self.orchestration = orchestration
    self.raft = raft
    self.dispatcher = dispatcher
    self.caConfig = caConfig
    self.taskDefaults = taskDefaults
    self.encryptionConfig = encryptionConfig
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", orchestration = "Orchestration", raft = "Raft"
    case dispatcher = "Dispatcher", caConfig = "CAConfig", taskDefaults = "TaskDefaults"
    case encryptionConfig = "EncryptionConfig"
  }
}

/// `swarm.OrchestrationConfig`.
public struct OrchestrationConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.OrchestrationConfig"
  public var taskHistoryRetentionLimit: Int64?

  public init(taskHistoryRetentionLimit: Int64? = 5) {
    self.taskHistoryRetentionLimit = taskHistoryRetentionLimit
  }

  enum CodingKeys: String, CodingKey {
    case taskHistoryRetentionLimit = "TaskHistoryRetentionLimit"
  }
}

/// `swarm.RaftConfig`, with swarmkit's defaults.
public struct RaftConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.RaftConfig"
  public var snapshotInterval: UInt64? = 10000
  public var keepOldSnapshots: UInt64? = 0
  public var logEntriesForSlowFollowers: UInt64? = 500
  public var electionTick: Int = 10
  public var heartbeatTick: Int = 1

  public init() {}

  enum CodingKeys: String, CodingKey {
    case snapshotInterval = "SnapshotInterval", keepOldSnapshots = "KeepOldSnapshots"
    case logEntriesForSlowFollowers = "LogEntriesForSlowFollowers"
    case electionTick = "ElectionTick", heartbeatTick = "HeartbeatTick"
  }
}

/// `swarm.DispatcherConfig`.
public struct DispatcherConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.DispatcherConfig"
  public var heartbeatPeriod: GoDuration? = GoDuration(nanoseconds: 5_000_000_000)

  public init() {}

  enum CodingKeys: String, CodingKey { case heartbeatPeriod = "HeartbeatPeriod" }
}

/// `swarm.CAConfig`.
public struct CAConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.CAConfig"
  public var nodeCertExpiry: GoDuration? = GoDuration(nanoseconds: 2160 * 3_600_000_000_000)

  public init() {}

  enum CodingKeys: String, CodingKey { case nodeCertExpiry = "NodeCertExpiry" }
}

/// `swarm.TaskDefaults` (no log driver set).
public struct TaskDefaults: GoStruct, Equatable {
  public static let goTypeName = "swarm.TaskDefaults"
  public init() {}
}

/// `swarm.EncryptionConfig`.
public struct EncryptionConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.EncryptionConfig"
  public var autoLockManagers = false

  public init() {}

  enum CodingKeys: String, CodingKey { case autoLockManagers = "AutoLockManagers" }
}
