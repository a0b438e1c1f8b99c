/// Request options and small responses of the Engine API endpoints, named after moby's
/// `api/types` (`ServiceCreateOptions`, `ServiceListOptions`…).

/// `POST /services/create` options.
public struct ServiceCreateOptions: Sendable, Equatable, Codable {
  /// Pin the image to a digest by asking the registry (the CLI's default).
  public var queryRegistry: Bool

  public init(queryRegistry: Bool = true) { self.queryRegistry = queryRegistry }
}

/// `types.ServiceCreateResponse`.
public struct ServiceCreateResponse: Sendable, Equatable, Codable {
  public var id: String
  public var warnings: [String]?

  public init(id: String, warnings: [String]? = nil) {
    self.id = id
    self.warnings = warnings
  }

  enum CodingKeys: String, CodingKey { case id = "ID", warnings = "Warnings" }
}

/// `POST /services/{id}/update` options.
public struct ServiceUpdateOptions: Sendable, Equatable, Codable {
  /// `previous`: roll back to `PreviousSpec` instead of applying the sent spec.
  public var rollback: String?
  public var queryRegistry: Bool

  public init(rollback: String? = nil, queryRegistry: Bool = true) {
    self.rollback = rollback
    self.queryRegistry = queryRegistry
  }
}

/// `types.ServiceUpdateResponse`.
public struct ServiceUpdateResponse: Sendable, Equatable, Codable {
  public var warnings: [String]?

  public init(warnings: [String]? = nil) { self.warnings = warnings }

  enum CodingKeys: String, CodingKey { case warnings = "Warnings" }
}

/// `GET /services` options: filters (`id`, `name`, `label`, `mode`) and `status=true` for
/// task counts.
public struct ServiceListOptions: Sendable, Equatable, Codable {
  public var filters: FilterArgs
  public var status: Bool

  public init(filters: FilterArgs = FilterArgs(), status: Bool = false) {
    self.filters = filters
    self.status = status
  }
}

/// `GET /services/{id}` options.
public struct ServiceInspectOptions: Sendable, Equatable, Codable {
  /// Fill in swarmkit's defaults (the CLI's `service inspect` asks for them).
  public var insertDefaults: Bool

  public init(insertDefaults: Bool = false) { self.insertDefaults = insertDefaults }
}

/// `GET /tasks`, `GET /nodes`, `GET /networks` options: just filters.
public struct ListOptions: Sendable, Equatable, Codable {
  public var filters: FilterArgs

  public init(filters: FilterArgs = FilterArgs()) { self.filters = filters }
}

/// `GET /containers/json` options.
public struct ContainerListOptions: Sendable, Equatable, Codable {
  public var all: Bool
  /// `--last N` / `--latest` (1); nil lists everything.
  public var limit: Int?
  public var filters: FilterArgs

  public init(all: Bool = false, limit: Int? = nil, filters: FilterArgs = FilterArgs()) {
    self.all = all
    self.limit = limit
    self.filters = filters
  }
}

/// Logs options shared by services, tasks and containers (`types.ContainerLogsOptions`).
/// Times are what the CLI sends: Unix seconds with nanoseconds (`1605906870.000000000`).
public struct LogsOptions: Sendable, Equatable, Codable {
  public var since: String?
  public var until: String?
  public var timestamps: Bool
  public var follow: Bool
  /// `all` or a line count.
  public var tail: String
  public var details: Bool

  public init(
    since: String? = nil, until: String? = nil, timestamps: Bool = false, follow: Bool = false,
    tail: String = "all", details: Bool = false
  ) {
    self.since = since
    self.until = until
    self.timestamps = timestamps
    self.follow = follow
    self.tail = tail
    self.details = details
  }
}

/// One line of a log stream, with the swarm attributes `--details` carries, so the CLI can
/// write its `name.slot.task@node | ` prefix.
public struct LogMessage: Sendable, Equatable, Codable {
  public enum Stream: String, Sendable, Codable { case stdout, stderr }

  public var timestamp: Timestamp
  public var stream: Stream
  public var line: String
  public var containerID: String
  public var taskID: String?
  public var serviceID: String?
  public var nodeID: String?

  public init(
    timestamp: Timestamp, stream: Stream, line: String, containerID: String,
    taskID: String? = nil, serviceID: String? = nil, nodeID: String? = nil
  ) {
    self.timestamp = timestamp
    self.stream = stream
    self.line = line
    self.containerID = containerID
    self.taskID = taskID
    self.serviceID = serviceID
    self.nodeID = nodeID
  }
}

/// `swarm.InitRequest`.
public struct SwarmInitRequest: Sendable, Equatable, Codable {
  public var listenAddr: String
  public var advertiseAddr: String?
  public var forceNewCluster: Bool
  public var spec: SwarmSpec

  public init(
    listenAddr: String = "0.0.0.0:2377", advertiseAddr: String? = nil,
    forceNewCluster: Bool = false, spec: SwarmSpec = SwarmSpec()
  ) {
    self.listenAddr = listenAddr
    self.advertiseAddr = advertiseAddr
    self.forceNewCluster = forceNewCluster
    self.spec = spec
  }

  enum CodingKeys: String, CodingKey {
    case listenAddr = "ListenAddr", advertiseAddr = "AdvertiseAddr"
    case forceNewCluster = "ForceNewCluster", spec = "Spec"
  }
}

/// `swarm.JoinRequest`.
public struct SwarmJoinRequest: Sendable, Equatable, Codable {
  public var listenAddr: String
  public var advertiseAddr: String?
  public var remoteAddrs: [String]
  public var joinToken: String

  public init(
    listenAddr: String = "0.0.0.0:2377", advertiseAddr: String? = nil, remoteAddrs: [String],
    joinToken: String
  ) {
    self.listenAddr = listenAddr
    self.advertiseAddr = advertiseAddr
    self.remoteAddrs = remoteAddrs
    self.joinToken = joinToken
  }

  enum CodingKeys: String, CodingKey {
    case listenAddr = "ListenAddr", advertiseAddr = "AdvertiseAddr"
    case remoteAddrs = "RemoteAddrs", joinToken = "JoinToken"
  }
}

/// `POST /swarm/update` query flags.
public struct SwarmUpdateFlags: Sendable, Equatable, Codable {
  public var rotateWorkerToken: Bool
  public var rotateManagerToken: Bool

  public init(rotateWorkerToken: Bool = false, rotateManagerToken: Bool = false) {
    self.rotateWorkerToken = rotateWorkerToken
    self.rotateManagerToken = rotateManagerToken
  }
}

/// `types.NetworkCreateResponse`.
public struct NetworkCreateResponse: Sendable, Equatable, Codable {
  public var id: String
  public var warning: String

  public init(id: String, warning: String = "") {
    self.id = id
    self.warning = warning
  }

  enum CodingKeys: String, CodingKey { case id = "Id", warning = "Warning" }
}

/// `types.ExecConfig` (`POST /containers/{id}/exec`).
public struct ExecConfig: Sendable, Equatable, Codable {
  public var cmd: [String]
  public var attachStdin: Bool
  public var tty: Bool
  public var env: [String]?
  public var workingDir: String?

  public init(
    cmd: [String], attachStdin: Bool = false, tty: Bool = false, env: [String]? = nil,
    workingDir: String? = nil
  ) {
    self.cmd = cmd
    self.attachStdin = attachStdin
    self.tty = tty
    self.env = env
    self.workingDir = workingDir
  }

  enum CodingKeys: String, CodingKey {
    case cmd = "Cmd", attachStdin = "AttachStdin", tty = "Tty", env = "Env"
    case workingDir = "WorkingDir"
  }
}

/// `types.IDResponse`.
public struct IDResponse: Sendable, Equatable, Codable {
  public var id: String

  public init(id: String) { self.id = id }

  enum CodingKeys: String, CodingKey { case id = "Id" }
}

/// What an exec wrote in answer to its start or to one line of input. A hijacked exec
/// connection streams bytes; the simulation hands them over per line typed.
public struct ExecOutput: Sendable, Equatable, Codable {
  public enum Chunk: Sendable, Equatable, Codable {
    case stdout(String)
    case stderr(String)
  }

  public var chunks: [Chunk]
  /// Set once the process ended (a one-shot command, or `exit` in a shell); nil while an
  /// interactive shell waits for the next line.
  public var exitCode: Int?
  /// The shell's prompt for the next line (`/app # ` on a terminal), while it is open.
  public var prompt: String?
  /// The status of what this start or line ran (the shell's `$?`), also while it stays open.
  public var status: Int

  public init(chunks: [Chunk] = [], exitCode: Int? = nil, prompt: String? = nil, status: Int? = nil)
  {
    self.chunks = chunks
    self.exitCode = exitCode
    self.prompt = prompt
    self.status = status ?? exitCode ?? 0
  }

  public var stdout: String {
    chunks.map { if case .stdout(let s) = $0 { s } else { "" } }.joined()
  }
}
