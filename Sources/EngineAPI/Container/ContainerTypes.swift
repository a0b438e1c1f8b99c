/// A JSON value the simulation never produces and only needs to carry through: it decodes
/// any value (discarding it) and encodes as `null`.
public struct OpaqueValue: Codable, Sendable, Equatable {
  public init() {}
  public init(from decoder: any Decoder) throws {}
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}

/// `container.LogConfig`.
public struct LogConfig: GoStruct, Equatable {
  public static let goTypeName = "container.LogConfig"
  public var type = "json-file"
  public var config: [String: String] = [:]

  public init() {}

  enum CodingKeys: String, CodingKey { case type = "Type", config = "Config" }
}

/// `nat.PortBinding`.
public struct PortBinding: GoStruct, Equatable {
  public static let goTypeName = "nat.PortBinding"
  public var hostIP: String
  public var hostPort: String

  public init(hostIP: String, hostPort: String) {
    self.hostIP = hostIP
    self.hostPort = hostPort
  }

  enum CodingKeys: String, CodingKey { case hostIP = "HostIp", hostPort = "HostPort" }
}

/// `container.RestartPolicy` (the engine's own restart policy, unused by swarm tasks).
public struct ContainerRestartPolicy: GoStruct, Equatable {
  public static let goTypeName = "container.RestartPolicy"
  public var name = ""
  public var maximumRetryCount = 0

  public init() {}

  enum CodingKeys: String, CodingKey { case name = "Name", maximumRetryCount = "MaximumRetryCount" }
}

/// `types.Container` (`GET /containers/json`): one row of `docker container ls`.
public struct ContainerSummary: GoStruct, Equatable {
  public static let goTypeName = "types.Container"

  public var id: String
  public var names: [String]
  /// The image as the container was created from it (`diamol/ch12-timecheck:1.0`).
  public var image: String
  public var imageID: String
  public var command: String
  /// When the container was created. On the wire this is `Created`, in Unix seconds; an
  /// in-process engine hands over the exact instant, so "Created 6 seconds ago" is exact.
  public var createdAt: Timestamp
  public var labels: [String: String]
  /// `created`, `running`, `exited`.
  public var state: String
  /// `Up 2 minutes`, `Exited (137) 5 seconds ago`.
  public var status: String
  /// Network names the container is attached to, in attachment order.
  public var networks: [String]

  public init(
    id: String, names: [String], image: String, imageID: String, command: String,
    createdAt: Timestamp, labels: [String: String], state: String, status: String,
    networks: [String]
  ) {
    self.id = id
    self.names = names
    self.image = image
    self.imageID = imageID
    self.command = command
    self.createdAt = createdAt
    self.labels = labels
    self.state = state
    self.status = status
    self.networks = networks
  }

  /// Unix seconds, as the API sends `Created`.
  public var created: Int64 { createdAt.unixNanos / 1_000_000_000 }

  enum CodingKeys: String, CodingKey {
    case id = "Id", names = "Names", image = "Image", imageID = "ImageID", command = "Command"
    case created = "Created", labels = "Labels", state = "State", status = "Status"
    case networks = "Networks"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    names = try c.decode([String].self, forKey: .names)
    image = try c.decode(String.self, forKey: .image)
    imageID = try c.decode(String.self, forKey: .imageID)
    command = try c.decode(String.self, forKey: .command)
    createdAt = Timestamp(unixNanos: try c.decode(Int64.self, forKey: .created) * 1_000_000_000)
    labels = try c.decode([String: String].self, forKey: .labels)
    state = try c.decode(String.self, forKey: .state)
    status = try c.decode(String.self, forKey: .status)
    networks = try c.decode([String].self, forKey: .networks)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(names, forKey: .names)
    try c.encode(image, forKey: .image)
    try c.encode(imageID, forKey: .imageID)
    try c.encode(command, forKey: .command)
    try c.encode(created, forKey: .created)
    try c.encode(labels, forKey: .labels)
    try c.encode(state, forKey: .state)
    try c.encode(status, forKey: .status)
    try c.encode(networks, forKey: .networks)
  }
}

/// `types.ContainerState`. Its times are strings (Go's zero time when unset).
public struct ContainerState: GoStruct, Equatable {
  public static let goTypeName = "types.ContainerState"
  public static let pointerFields: Set<String> = ["Health"]
  public var status: String
  public var running: Bool
  public var paused = false
  public var restarting = false
  public var oomKilled = false
  public var dead = false
  public var pid: Int
  public var exitCode: Int
  public var error = ""
  public var startedAt: String
  public var finishedAt: String
  /// Present while the container has a health check (`omitempty`).
  public var health: Health?

  public init(
    status: String, running: Bool, pid: Int, exitCode: Int, startedAt: String,
    finishedAt: String
  ) {
    self.status = status
    self.running = running
    self.pid = pid
    self.exitCode = exitCode
    self.startedAt = startedAt
    self.finishedAt = finishedAt
  }

  enum CodingKeys: String, CodingKey {
    case status = "Status", running = "Running", paused = "Paused", restarting = "Restarting"
    case oomKilled = "OOMKilled", dead = "Dead", pid = "Pid", exitCode = "ExitCode"
    case error = "Error", startedAt = "StartedAt", finishedAt = "FinishedAt", health = "Health"
  }
}

/// `types.GraphDriverData`.
public struct GraphDriverData: GoStruct, Equatable {
  public static let goTypeName = "types.GraphDriverData"
  public var data: [String: String]
  public var name: String

  public init(data: [String: String], name: String) {
    self.data = data
    self.name = name
  }

  enum CodingKeys: String, CodingKey { case data = "Data", name = "Name" }
}

/// `container.Config`: the process the container runs.
public struct ContainerConfig: GoStruct, Equatable {
  public static let goTypeName = "container.Config"
  public var hostname: String
  public var domainname = ""
  public var user: String
  public var attachStdin = false
  public var attachStdout = false
  public var attachStderr = false
  public var tty = false
  public var openStdin = false
  public var stdinOnce = false
  public var env: [String]
  public var cmd: [String]
  public var image: String
  @GoNullable public var volumes: [String: OpaqueValue]? = nil
  public var workingDir: String
  @GoNullable public var entrypoint: [String]? = nil
  @GoNullable public var onBuild: [String]? = nil
  public var labels: [String: String]

  public init(
    hostname: String, user: String, env: [String], cmd: [String], image: String,
    workingDir: String, labels: [String: String]
  ) {
    self.hostname = hostname
    self.user = user
    self.env = env
    self.cmd = cmd
    self.image = image
    self.workingDir = workingDir
    self.labels = labels
  }

  enum CodingKeys: String, CodingKey {
    case hostname = "Hostname", domainname = "Domainname", user = "User"
    case attachStdin = "AttachStdin", attachStdout = "AttachStdout"
    case attachStderr = "AttachStderr", tty = "Tty", openStdin = "OpenStdin"
    case stdinOnce = "StdinOnce", env = "Env", cmd = "Cmd", image = "Image"
    case volumes = "Volumes", workingDir = "WorkingDir", entrypoint = "Entrypoint"
    case onBuild = "OnBuild", labels = "Labels"
  }
}
