public import GoDurations
public import OrderedCollections

/// One service of a compose file, as docker 20.10's loader types it (`types.ServiceConfig`),
/// reduced to the keys a swarm uses. Optional fields are nil when the file does not set them,
/// which is what a later file's merge needs to tell "unset" from "set to zero".
public struct ComposeService: Sendable, Equatable {
  public var name: String
  public var image: String?
  /// `command:` split into words as docker does (a string is split by shell rules).
  public var command: [String]?
  public var entrypoint: [String]?
  /// Variables in file order; a list entry without `=` has no value (nil).
  public var environment: OrderedDictionary<String, String?> = [:]
  public var labels: OrderedDictionary<String, String> = [:]
  public var ports: [ComposePort] = []
  /// Network names with their aliases; empty means the stack's `default` network.
  public var networks: OrderedDictionary<String, [String]> = [:]
  public var configs: [ComposeFileReference] = []
  public var secrets: [ComposeFileReference] = []
  public var volumes: [ComposeMount] = []
  public var healthcheck: ComposeHealthcheck?
  public var deploy = ComposeDeploy()
  public var hostname: String?
  public var user: String?
  public var workingDir: String?
  public var stopGracePeriod: GoDuration?
  public var tty: Bool?
  public var readOnly: Bool?

  public init(name: String) { self.name = name }
}

/// A published port (`8080:80`, or the long form with `mode: host`).
public struct ComposePort: Sendable, Equatable {
  public var target: Int
  /// Nil when the swarm picks the port (`- 80`).
  public var published: Int?
  public var protocolName: String = "tcp"
  public var mode: String = "ingress"

  public init(target: Int, published: Int?, protocolName: String = "tcp", mode: String = "ingress")
  {
    self.target = target
    self.published = published
    self.protocolName = protocolName
    self.mode = mode
  }
}

/// A service's use of a config or secret: which one and where its file appears.
public struct ComposeFileReference: Sendable, Equatable {
  public var source: String
  /// Nil means docker's default: `/run/secrets/SOURCE` for a secret, `/SOURCE` for a config.
  public var target: String?
  public var uid: String?
  public var gid: String?
  public var mode: Int?

  public init(source: String, target: String? = nil) {
    self.source = source
    self.target = target
  }
}

/// A `volumes:` entry of a service: a named or anonymous volume, a bind mount or a tmpfs.
public struct ComposeMount: Sendable, Equatable {
  public enum Kind: String, Sendable { case volume, bind, tmpfs }
  public var kind: Kind
  /// The volume name (as written, before the stack prefix), the host path, or nil (anonymous).
  public var source: String?
  public var target: String
  public var readOnly = false

  public init(kind: Kind, source: String?, target: String, readOnly: Bool = false) {
    self.kind = kind
    self.source = source
    self.target = target
    self.readOnly = readOnly
  }
}

/// `healthcheck:`; unset fields fall back to the image's HEALTHCHECK.
public struct ComposeHealthcheck: Sendable, Equatable {
  public var test: [String]?
  public var interval: GoDuration?
  public var timeout: GoDuration?
  public var startPeriod: GoDuration?
  public var retries: Int?
  public var disable = false

  public init() {}
}

/// `deploy:` — how the swarm runs the service.
public struct ComposeDeploy: Sendable, Equatable {
  public var mode: String?
  public var replicas: Int?
  public var endpointMode: String?
  public var labels: OrderedDictionary<String, String> = [:]
  public var limits = ComposeResources()
  public var reservations = ComposeResources()
  public var constraints: [String] = []
  public var preferences: [String] = []
  public var maxReplicasPerNode: Int?
  public var updateConfig: ComposeUpdateConfig?
  public var rollbackConfig: ComposeUpdateConfig?
  public var restartPolicy: ComposeRestartPolicy?

  public init() {}
}

/// CPU (as written, `"0.50"`) and memory (bytes) of `limits` or `reservations`.
public struct ComposeResources: Sendable, Equatable {
  public var cpus: String?
  public var memoryBytes: Int64?

  public init() {}
}

/// `update_config` / `rollback_config`; unset fields keep swarmkit's defaults.
public struct ComposeUpdateConfig: Sendable, Equatable {
  public var parallelism: Int?
  public var delay: GoDuration?
  public var failureAction: String?
  public var monitor: GoDuration?
  public var maxFailureRatio: Double?
  public var order: String?

  public init() {}
}

/// `restart_policy`.
public struct ComposeRestartPolicy: Sendable, Equatable {
  public var condition: String?
  public var delay: GoDuration?
  public var maxAttempts: Int?
  public var window: GoDuration?

  public init() {}
}
