/// `types.ContainerJSON` (`GET /containers/{id}/json`): what `docker container inspect`
/// prints. Times in this struct are strings, as in moby.
public struct ContainerJSON: GoStruct, Equatable {
  public static let goTypeName = "types.ContainerJSON"
  public static let pointerFields: Set<String> = [
    "State", "HostConfig", "Config", "NetworkSettings",
  ]

  public var id: String
  public var created: String
  public var path: String
  public var args: [String]
  public var state: ContainerState
  public var image: String
  public var resolvConfPath: String
  public var hostnamePath: String
  public var hostsPath: String
  public var logPath: String
  public var name: String
  public var restartCount = 0
  public var driver = "overlay2"
  public var platform = "linux"
  public var mountLabel = ""
  public var processLabel = ""
  public var appArmorProfile = ""
  @GoNullable public var execIDs: [String]? = nil
  public var hostConfig = HostConfig()
  public var graphDriver: GraphDriverData
  public var mounts: [OpaqueValue] = []
  public var config: ContainerConfig
  public var networkSettings: NetworkSettings

  public init(
    id: String, created: String, path: String, args: [String], state: ContainerState,
    image: String, name: String, graphDriver: GraphDriverData, config: ContainerConfig,
    networkSettings: NetworkSettings
  ) {
    let root = "/var/lib/docker/containers/\(id)"
    self.id = id
    self.created = created
    self.path = path
    self.args = args
    self.state = state
    self.image = image
    self.resolvConfPath = root + "/resolv.conf"
    self.hostnamePath = root + "/hostname"
    self.hostsPath = root + "/hosts"
    self.logPath = root + "/\(id)-json.log"
    self.name = name
    self.graphDriver = graphDriver
    self.config = config
    self.networkSettings = networkSettings
  }

  enum CodingKeys: String, CodingKey {
    case id = "Id", created = "Created", path = "Path", args = "Args", state = "State"
    case image = "Image", resolvConfPath = "ResolvConfPath", hostnamePath = "HostnamePath"
    case hostsPath = "HostsPath", logPath = "LogPath", name = "Name"
    case restartCount = "RestartCount", driver = "Driver", platform = "Platform"
    case mountLabel = "MountLabel", processLabel = "ProcessLabel"
    case appArmorProfile = "AppArmorProfile", execIDs = "ExecIDs", hostConfig = "HostConfig"
    case graphDriver = "GraphDriver", mounts = "Mounts", config = "Config"
    case networkSettings = "NetworkSettings"
  }
}

/// `types.NetworkSettings`: the container's sandbox and its endpoints by network name.
public struct NetworkSettings: GoStruct, Equatable {
  public static let goTypeName = "types.NetworkSettings"
  /// `map[string]*network.EndpointSettings`.
  public static let pointerFields: Set<String> = ["Networks"]

  public var bridge = ""
  public var sandboxID: String
  public var hairpinMode = false
  public var linkLocalIPv6Address = ""
  public var linkLocalIPv6PrefixLen = 0
  public var ports: [String: [PortBinding]] = [:]
  public var sandboxKey: String
  @GoNullable public var secondaryIPAddresses: [String]? = nil
  @GoNullable public var secondaryIPv6Addresses: [String]? = nil
  public var endpointID: String
  public var gateway: String
  public var globalIPv6Address = ""
  public var globalIPv6PrefixLen = 0
  public var ipAddress: String
  public var ipPrefixLen: Int
  public var ipv6Gateway = ""
  public var macAddress: String
  /// Endpoints by network name; the order is the attachment order.
  public var networks: [String: EndpointSettings]

  public init(
    sandboxID: String, sandboxKey: String, endpointID: String, gateway: String,
    ipAddress: String, ipPrefixLen: Int, macAddress: String,
    networks: [String: EndpointSettings]
  ) {
    self.sandboxID = sandboxID
    self.sandboxKey = sandboxKey
    self.endpointID = endpointID
    self.gateway = gateway
    self.ipAddress = ipAddress
    self.ipPrefixLen = ipPrefixLen
    self.macAddress = macAddress
    self.networks = networks
  }

  enum CodingKeys: String, CodingKey {
    case bridge = "Bridge", sandboxID = "SandboxID", hairpinMode = "HairpinMode"
    case linkLocalIPv6Address = "LinkLocalIPv6Address"
    case linkLocalIPv6PrefixLen = "LinkLocalIPv6PrefixLen", ports = "Ports"
    case sandboxKey = "SandboxKey", secondaryIPAddresses = "SecondaryIPAddresses"
    case secondaryIPv6Addresses = "SecondaryIPv6Addresses", endpointID = "EndpointID"
    case gateway = "Gateway", globalIPv6Address = "GlobalIPv6Address"
    case globalIPv6PrefixLen = "GlobalIPv6PrefixLen", ipAddress = "IPAddress"
    case ipPrefixLen = "IPPrefixLen", ipv6Gateway = "IPv6Gateway", macAddress = "MacAddress"
    case networks = "Networks"
  }
}

/// `network.EndpointSettings`: one endpoint of a container.
public struct EndpointSettings: GoStruct, Equatable {
  public static let goTypeName = "network.EndpointSettings"
  public static let pointerFields: Set<String> = ["IPAMConfig"]

  @GoNullable public var ipamConfig: EndpointIPAMConfig? = nil
  @GoNullable public var links: [String]? = nil
  @GoNullable public var aliases: [String]? = nil
  public var networkID: String
  public var endpointID: String
  public var gateway: String
  public var ipAddress: String
  public var ipPrefixLen: Int
  public var ipv6Gateway = ""
  public var globalIPv6Address = ""
  public var globalIPv6PrefixLen = 0
  public var macAddress: String
  @GoNullable public var driverOpts: [String: String]? = nil

  public init(
    ipamConfig: EndpointIPAMConfig?, aliases: [String]?, networkID: String, endpointID: String,
    gateway: String, ipAddress: String, ipPrefixLen: Int, macAddress: String
  ) {
    self.ipamConfig = ipamConfig
    self.aliases = aliases
    self.networkID = networkID
    self.endpointID = endpointID
    self.gateway = gateway
    self.ipAddress = ipAddress
    self.ipPrefixLen = ipPrefixLen
    self.macAddress = macAddress
  }

  enum CodingKeys: String, CodingKey {
    case ipamConfig = "IPAMConfig", links = "Links", aliases = "Aliases"
    case networkID = "NetworkID", endpointID = "EndpointID", gateway = "Gateway"
    case ipAddress = "IPAddress", ipPrefixLen = "IPPrefixLen", ipv6Gateway = "IPv6Gateway"
    case globalIPv6Address = "GlobalIPv6Address", globalIPv6PrefixLen = "GlobalIPv6PrefixLen"
    case macAddress = "MacAddress", driverOpts = "DriverOpts"
  }
}

/// `network.EndpointIPAMConfig`.
public struct EndpointIPAMConfig: GoStruct, Equatable {
  public static let goTypeName = "network.EndpointIPAMConfig"
  public var ipv4Address: String?

  public init(ipv4Address: String?) { self.ipv4Address = ipv4Address }

  enum CodingKeys: String, CodingKey { case ipv4Address = "IPv4Address" }
}
