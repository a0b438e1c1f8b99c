public import GoDurations

/// `swarm.TaskSpec`: the template every task of a service is made from.
public struct TaskSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.TaskSpec"
  public static let pointerFields: Set<String> = [
    "ContainerSpec", "Resources", "RestartPolicy", "Placement",
  ]

  public var containerSpec: ContainerSpec?
  public var resources: ResourceRequirements?
  public var restartPolicy: RestartPolicy?
  public var placement: Placement?
  public var networks: [NetworkAttachmentConfig]?
  public var forceUpdate: UInt64
  /// `container` in a service's spec; tasks store the spec without it.
  public var runtime: String?

  public init(
    containerSpec: ContainerSpec?, resources: ResourceRequirements? = nil,
    restartPolicy: RestartPolicy? = nil, placement: Placement? = nil,
    networks: [NetworkAttachmentConfig]? = nil, forceUpdate: UInt64 = 0, runtime: String? = nil
  ) {
    self.containerSpec = containerSpec
    self.resources = resources
    self.restartPolicy = restartPolicy
    self.placement = placement
    self.networks = networks
    self.forceUpdate = forceUpdate
    self.runtime = runtime
  }

  enum CodingKeys: String, CodingKey {
    case containerSpec = "ContainerSpec", resources = "Resources"
    case restartPolicy = "RestartPolicy", placement = "Placement", networks = "Networks"
    case forceUpdate = "ForceUpdate", runtime = "Runtime"
  }
}

/// `swarm.ContainerSpec`: image, command and process settings of a task's container.
public struct ContainerSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.ContainerSpec"
  public static let pointerFields: Set<String> = ["Healthcheck", "DNSConfig"]

  public var image: String?
  public var labels: [String: String]?
  public var command: [String]?
  public var args: [String]?
  public var hostname: String?
  public var env: [String]?
  public var dir: String?
  public var user: String?
  public var `init`: Bool?
  public var stopSignal: String?
  public var tty: Bool?
  public var readOnly: Bool?
  public var mounts: [Mount]?
  public var stopGracePeriod: GoDuration?
  public var healthcheck: HealthConfig?
  public var dnsConfig: DNSConfig?
  public var secrets: [SecretReference]?
  public var configs: [ConfigReference]?
  public var isolation: String?

  public init(image: String?) { self.image = image }

  enum CodingKeys: String, CodingKey {
    case image = "Image", labels = "Labels", command = "Command", args = "Args"
    case hostname = "Hostname", env = "Env", dir = "Dir", user = "User", `init` = "Init"
    case stopSignal = "StopSignal", tty = "TTY", readOnly = "ReadOnly", mounts = "Mounts"
    case stopGracePeriod = "StopGracePeriod", healthcheck = "Healthcheck"
    case dnsConfig = "DNSConfig", secrets = "Secrets", configs = "Configs"
    case isolation = "Isolation"
  }
}

/// `mount.Mount` (`--mount type=volume,source=x,target=/data`).
public struct Mount: GoStruct, Equatable {
  public static let goTypeName = "mount.Mount"
  public static let pointerFields: Set<String> = ["VolumeOptions"]
  public var type: String?
  public var source: String?
  public var target: String?
  public var readOnly: Bool?
  /// What a named volume gets when the mount creates it (a stack's namespace label).
  public var volumeOptions: VolumeOptions?

  public init(
    type: String?, source: String?, target: String?, readOnly: Bool? = nil,
    volumeOptions: VolumeOptions? = nil
  ) {
    self.type = type
    self.source = source
    self.target = target
    self.readOnly = readOnly
    self.volumeOptions = volumeOptions
  }

  enum CodingKeys: String, CodingKey {
    case type = "Type", source = "Source", target = "Target", readOnly = "ReadOnly"
    case volumeOptions = "VolumeOptions"
  }
}

/// `mount.VolumeOptions` (only the labels are simulated).
public struct VolumeOptions: GoStruct, Equatable {
  public static let goTypeName = "mount.VolumeOptions"
  public var labels: [String: String]?

  public init(labels: [String: String]?) { self.labels = labels }

  enum CodingKeys: String, CodingKey { case labels = "Labels" }
}

/// `swarm.SecretReference` / `swarm.ConfigReference` target file.
public struct FileTarget: GoStruct, Equatable {
  public static let goTypeName = "swarm.SecretReferenceFileTarget"
  public var name: String
  public var uid: String
  public var gid: String
  public var mode: UInt32

  public init(name: String, uid: String = "0", gid: String = "0", mode: UInt32 = 0o444) {
    self.name = name
    self.uid = uid
    self.gid = gid
    self.mode = mode
  }

  enum CodingKeys: String, CodingKey { case name = "Name", uid = "UID", gid = "GID", mode = "Mode" }
}

/// `swarm.SecretReference` (`--secret`).
public struct SecretReference: GoStruct, Equatable {
  public static let goTypeName = "swarm.SecretReference"
  public static let pointerFields: Set<String> = ["File"]
  public var file: FileTarget?
  public var secretID: String
  public var secretName: String

  public init(file: FileTarget?, secretID: String, secretName: String) {
    self.file = file
    self.secretID = secretID
    self.secretName = secretName
  }

  enum CodingKeys: String, CodingKey {
    case file = "File", secretID = "SecretID", secretName = "SecretName"
  }
}

/// `swarm.ConfigReference` (`--config`).
public struct ConfigReference: GoStruct, Equatable {
  public static let goTypeName = "swarm.ConfigReference"
  public static let pointerFields: Set<String> = ["File"]
  public var file: FileTarget?
  public var configID: String
  public var configName: String

  public init(file: FileTarget?, configID: String, configName: String) {
    self.file = file
    self.configID = configID
    self.configName = configName
  }

  enum CodingKeys: String, CodingKey {
    case file = "File", configID = "ConfigID", configName = "ConfigName"
  }
}

/// `container.HealthConfig`: `--health-cmd`, `--health-interval`…
public struct HealthConfig: GoStruct, Equatable {
  public static let goTypeName = "container.HealthConfig"
  public var test: [String]?
  public var interval: GoDuration?
  public var timeout: GoDuration?
  public var startPeriod: GoDuration?
  public var retries: Int?

  public init(
    test: [String]?, interval: GoDuration? = nil, timeout: GoDuration? = nil,
    startPeriod: GoDuration? = nil, retries: Int? = nil
  ) {
    self.test = test
    self.interval = interval
    self.timeout = timeout
    self.startPeriod = startPeriod
    self.retries = retries
  }

  enum CodingKeys: String, CodingKey {
    case test = "Test", interval = "Interval", timeout = "Timeout"
    case startPeriod = "StartPeriod", retries = "Retries"
  }
}

/// `swarm.DNSConfig` (`--dns`, `--dns-search`, `--dns-option`).
public struct DNSConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.DNSConfig"
  public var nameservers: [String]?
  public var search: [String]?
  public var options: [String]?

  public init(nameservers: [String]? = nil, search: [String]? = nil, options: [String]? = nil) {
    self.nameservers = nameservers
    self.search = search
    self.options = options
  }

  enum CodingKeys: String, CodingKey {
    case nameservers = "Nameservers", search = "Search", options = "Options"
  }
}

/// `swarm.ResourceRequirements`: limits and reservations.
public struct ResourceRequirements: GoStruct, Equatable {
  public static let goTypeName = "swarm.ResourceRequirements"
  public static let pointerFields: Set<String> = ["Limits", "Reservations"]
  public var limits: Limit?
  public var reservations: Resources?

  public init(limits: Limit? = Limit(), reservations: Resources? = Resources()) {
    self.limits = limits
    self.reservations = reservations
  }

  enum CodingKeys: String, CodingKey { case limits = "Limits", reservations = "Reservations" }
}

/// `swarm.Limit`.
public struct Limit: GoStruct, Equatable {
  public static let goTypeName = "swarm.Limit"
  public var nanoCPUs: Int64?
  public var memoryBytes: Int64?
  public var pids: Int64?

  public init(nanoCPUs: Int64? = nil, memoryBytes: Int64? = nil, pids: Int64? = nil) {
    self.nanoCPUs = nanoCPUs
    self.memoryBytes = memoryBytes
    self.pids = pids
  }

  enum CodingKeys: String, CodingKey {
    case nanoCPUs = "NanoCPUs", memoryBytes = "MemoryBytes", pids = "Pids"
  }
}

/// `swarm.Resources`: reservations, and what a node offers.
public struct Resources: GoStruct, Equatable {
  public static let goTypeName = "swarm.Resources"
  public var nanoCPUs: Int64?
  public var memoryBytes: Int64?

  public init(nanoCPUs: Int64? = nil, memoryBytes: Int64? = nil) {
    self.nanoCPUs = nanoCPUs
    self.memoryBytes = memoryBytes
  }

  enum CodingKeys: String, CodingKey { case nanoCPUs = "NanoCPUs", memoryBytes = "MemoryBytes" }
}

/// `swarm.RestartPolicy`.
public struct RestartPolicy: GoStruct, Equatable {
  public static let goTypeName = "swarm.RestartPolicy"
  /// `none`, `on-failure`, `any`.
  public var condition: String?
  public var delay: GoDuration?
  public var maxAttempts: UInt64?
  public var window: GoDuration?

  public init(
    condition: String?, delay: GoDuration? = nil, maxAttempts: UInt64? = nil,
    window: GoDuration? = nil
  ) {
    self.condition = condition
    self.delay = delay
    self.maxAttempts = maxAttempts
    self.window = window
  }

  enum CodingKeys: String, CodingKey {
    case condition = "Condition", delay = "Delay", maxAttempts = "MaxAttempts", window = "Window"
  }
}

/// `swarm.Placement`: constraints, spread preferences, the per-node cap and the platforms
/// the image supports.
public struct Placement: GoStruct, Equatable {
  public static let goTypeName = "swarm.Placement"
  public var constraints: [String]?
  public var preferences: [PlacementPreference]?
  public var maxReplicas: UInt64?
  public var platforms: [Platform]?

  public init(
    constraints: [String]? = nil, preferences: [PlacementPreference]? = nil,
    maxReplicas: UInt64? = nil, platforms: [Platform]? = nil
  ) {
    self.constraints = constraints
    self.preferences = preferences
    self.maxReplicas = maxReplicas
    self.platforms = platforms
  }

  enum CodingKeys: String, CodingKey {
    case constraints = "Constraints", preferences = "Preferences", maxReplicas = "MaxReplicas"
    case platforms = "Platforms"
  }
}

/// `swarm.PlacementPreference` (`--placement-pref spread=node.labels.zone`).
public struct PlacementPreference: GoStruct, Equatable {
  public static let goTypeName = "swarm.PlacementPreference"
  public static let pointerFields: Set<String> = ["Spread"]
  public var spread: SpreadOver?

  public init(spread: SpreadOver?) { self.spread = spread }

  enum CodingKeys: String, CodingKey { case spread = "Spread" }
}

/// `swarm.SpreadOver`.
public struct SpreadOver: GoStruct, Equatable {
  public static let goTypeName = "swarm.SpreadOver"
  public var spreadDescriptor: String

  public init(spreadDescriptor: String) { self.spreadDescriptor = spreadDescriptor }

  enum CodingKeys: String, CodingKey { case spreadDescriptor = "SpreadDescriptor" }
}

/// `swarm.Platform`.
public struct Platform: GoStruct, Equatable {
  public static let goTypeName = "swarm.Platform"
  public var architecture: String?
  public var os: String?

  public init(architecture: String?, os: String?) {
    self.architecture = architecture
    self.os = os
  }

  enum CodingKeys: String, CodingKey { case architecture = "Architecture", os = "OS" }
}

/// `swarm.NetworkAttachmentConfig` (`--network`): the network's ID once the daemon resolved it.
public struct NetworkAttachmentConfig: GoStruct, Equatable {
  public static let goTypeName = "swarm.NetworkAttachmentConfig"
  public var target: String?
  public var aliases: [String]?

  public init(target: String?, aliases: [String]? = nil) {
    self.target = target
    self.aliases = aliases
  }

  enum CodingKeys: String, CodingKey { case target = "Target", aliases = "Aliases" }
}
