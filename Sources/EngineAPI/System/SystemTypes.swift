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
  public static let pointerFields: Set<String> = ["Cluster"]

  public var nodeID: String
  public var nodeAddr: String
  /// `inactive`, `pending`, `active`, `error`, `locked`.
  public var localNodeState: String
  public var controlAvailable: Bool
  public var error: String
  /// The managers this node knows (`Addr` is `host:2377`).
  @GoNullable public var remoteManagers: [Peer]? = nil
  public var nodes: Int?
  public var managers: Int?
  /// The cluster, reported on managers only.
  public var cluster: ClusterInfo?

  public init(
    nodeID: String, nodeAddr: String, localNodeState: String, controlAvailable: Bool,
    nodes: Int?, managers: Int?, remoteManagers: [Peer]? = nil, cluster: ClusterInfo? = nil
  ) {
    self.remoteManagers = remoteManagers
    self.cluster = cluster
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
    case cluster = "Cluster"
  }
}

/// `swarm.Peer`: a manager as `docker info` lists it.
public struct Peer: GoStruct, Equatable {
  public static let goTypeName = "swarm.Peer"
  public var nodeID: String
  public var addr: String

  public init(nodeID: String, addr: String) {
    self.nodeID = nodeID
    self.addr = addr
  }

  enum CodingKeys: String, CodingKey { case nodeID = "NodeID", addr = "Addr" }
}

/// `swarm.ClusterInfo`: the swarm without its join tokens, as `docker info` shows it.
public struct ClusterInfo: GoStruct, Equatable {
  public static let goTypeName = "swarm.ClusterInfo"
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

  public init(_ swarm: Swarm) {
    id = swarm.id
    version = swarm.version
    createdAt = swarm.createdAt
    updatedAt = swarm.updatedAt
    spec = swarm.spec
    tlsInfo = swarm.tlsInfo
    rootRotationInProgress = swarm.rootRotationInProgress
    defaultAddrPool = swarm.defaultAddrPool
    subnetSize = swarm.subnetSize
    dataPathPort = swarm.dataPathPort
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec", tlsInfo = "TLSInfo", rootRotationInProgress = "RootRotationInProgress"
    case defaultAddrPool = "DefaultAddrPool", subnetSize = "SubnetSize"
    case dataPathPort = "DataPathPort"
  }
}
