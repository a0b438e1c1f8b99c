/// `GET /_ping`: the headers a ping answers with.
public struct PingResponse: Sendable, Equatable, Codable {
  public var apiVersion: String
  public var osType: String
  /// `Swarm` header: `inactive`, `active/worker` or `active/manager`.
  public var swarmStatus: String

  public init(apiVersion: String, osType: String, swarmStatus: String) {
    self.apiVersion = apiVersion
    self.osType = osType
    self.swarmStatus = swarmStatus
  }
}

/// `types.Version` (`GET /version`): the daemon's side of `docker version`.
public struct SystemVersion: GoStruct, Equatable {
  public static let goTypeName = "types.Version"

  public var version: String
  public var apiVersion: String
  public var minAPIVersion: String?
  public var gitCommit: String
  public var goVersion: String
  public var os: String
  public var arch: String
  public var kernelVersion: String?

  public init(
    version: String, apiVersion: String, minAPIVersion: String? = "1.12",
    gitCommit: String = "5fa1f4c", goVersion: String = "go1.19.7", os: String = "linux",
    arch: String = "amd64", kernelVersion: String? = "5.15.49-linuxkit"
  ) {
    self.version = version
    self.apiVersion = apiVersion
    self.minAPIVersion = minAPIVersion
    self.gitCommit = gitCommit
    self.goVersion = goVersion
    self.os = os
    self.arch = arch
    self.kernelVersion = kernelVersion
  }

  enum CodingKeys: String, CodingKey {
    case version = "Version", apiVersion = "ApiVersion", minAPIVersion = "MinAPIVersion"
    case gitCommit = "GitCommit", goVersion = "GoVersion", os = "Os", arch = "Arch"
    case kernelVersion = "KernelVersion"
  }
}

/// `types.Info` (`GET /info`), with the fields `docker info` shows and lessons check.
public struct SystemInfo: GoStruct, Equatable {
  public static let goTypeName = "types.Info"

  public var id: String
  public var containers: Int
  public var containersRunning: Int
  public var containersPaused: Int
  public var containersStopped: Int
  public var images: Int
  public var driver: String
  public var name: String
  public var serverVersion: String
  public var ncpu: Int
  public var memTotal: Int64
  public var operatingSystem: String
  public var osType: String
  public var architecture: String
  public var swarm: SwarmInfo

  public init(
    id: String, containers: Int, containersRunning: Int, containersStopped: Int, images: Int,
    name: String, serverVersion: String, ncpu: Int, memTotal: Int64, swarm: SwarmInfo
  ) {
    self.id = id
    self.containers = containers
    self.containersRunning = containersRunning
    self.containersPaused = 0
    self.containersStopped = containersStopped
    self.images = images
    self.driver = "overlay2"
    self.name = name
    self.serverVersion = serverVersion
    self.ncpu = ncpu
    self.memTotal = memTotal
    self.operatingSystem = "Docker Desktop"
    self.osType = "linux"
    self.architecture = "x86_64"
    self.swarm = swarm
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", containers = "Containers", containersRunning = "ContainersRunning"
    case containersPaused = "ContainersPaused", containersStopped = "ContainersStopped"
    case images = "Images", driver = "Driver", name = "Name", serverVersion = "ServerVersion"
    case ncpu = "NCPU", memTotal = "MemTotal", operatingSystem = "OperatingSystem"
    case osType = "OSType", architecture = "Architecture", swarm = "Swarm"
  }
}

/// `swarm.Info`: this engine's membership as `docker info` reports it.
public struct SwarmInfo: GoStruct, Equatable {
  public static let goTypeName = "swarm.Info"

  public var nodeID: String
  public var nodeAddr: String
  /// `inactive`, `pending`, `active`, `error`, `locked`.
  public var localNodeState: String
  public var controlAvailable: Bool
  public var error: String
  @GoNullable public var remoteManagers: [String]? = nil
  public var nodes: Int?
  public var managers: Int?

  public init(
    nodeID: String, nodeAddr: String, localNodeState: String, controlAvailable: Bool,
    nodes: Int?, managers: Int?
  ) {
    self.nodeID = nodeID
    self.nodeAddr = nodeAddr
    self.localNodeState = localNodeState
    self.controlAvailable = controlAvailable
    self.error = ""
    self.nodes = nodes
    self.managers = managers
  }

  enum CodingKeys: String, CodingKey {
    case nodeID = "NodeID", nodeAddr = "NodeAddr", localNodeState = "LocalNodeState"
    case controlAvailable = "ControlAvailable", error = "Error"
    case remoteManagers = "RemoteManagers", nodes = "Nodes", managers = "Managers"
  }
}
