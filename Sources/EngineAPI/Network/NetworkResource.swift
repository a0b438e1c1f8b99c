/// `types.NetworkResource` (`GET /networks/{id}`): a network as one engine sees it, with the
/// local containers attached to it.
public struct NetworkResource: GoStruct, Equatable {
  public static let goTypeName = "types.NetworkResource"

  public var name: String
  public var id: String
  public var created: Timestamp
  /// `local` or `swarm`.
  public var scope: String
  public var driver: String
  public var enableIPv6: Bool
  public var ipam: IPAM
  public var `internal`: Bool
  public var attachable: Bool
  public var ingress: Bool
  public var configFrom: ConfigReferenceNetwork
  public var configOnly: Bool
  public var containers: [String: EndpointResource]
  public var options: [String: String]
  public var labels: [String: String]
  public var peers: [PeerInfo]?

  public init(
    name: String, id: String, created: Timestamp, scope: String, driver: String, ipam: IPAM,
    internal: Bool, attachable: Bool, ingress: Bool, containers: [String: EndpointResource],
    options: [String: String], labels: [String: String], peers: [PeerInfo]? = nil
  ) {
    self.name = name
    self.id = id
    self.created = created
    self.scope = scope
    self.driver = driver
    self.enableIPv6 = false
    self.ipam = ipam
    self.internal = `internal`
    self.attachable = attachable
    self.ingress = ingress
    self.configFrom = ConfigReferenceNetwork(network: "")
    self.configOnly = false
    self.containers = containers
    self.options = options
    self.labels = labels
    self.peers = peers
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", id = "Id", created = "Created", scope = "Scope", driver = "Driver"
    case enableIPv6 = "EnableIPv6", ipam = "IPAM", `internal` = "Internal"
    case attachable = "Attachable", ingress = "Ingress", configFrom = "ConfigFrom"
    case configOnly = "ConfigOnly", containers = "Containers", options = "Options"
    case labels = "Labels", peers = "Peers"
  }
}

/// `network.IPAM`.
public struct IPAM: GoStruct, Equatable {
  public static let goTypeName = "network.IPAM"
  public var driver: String
  @GoNullable public var options: [String: String]?
  public var config: [IPAMConfig]

  public init(driver: String = "default", options: [String: String]? = nil, config: [IPAMConfig]) {
    self.driver = driver
    self.options = options
    self.config = config
  }

  enum CodingKeys: String, CodingKey {
    case driver = "Driver", options = "Options", config = "Config"
  }
}

/// `network.IPAMConfig`.
public struct IPAMConfig: GoStruct, Equatable {
  public static let goTypeName = "network.IPAMConfig"
  public var subnet: String?
  public var ipRange: String?
  public var gateway: String?

  public init(subnet: String?, ipRange: String? = nil, gateway: String?) {
    self.subnet = subnet
    self.ipRange = ipRange
    self.gateway = gateway
  }

  enum CodingKeys: String, CodingKey {
    case subnet = "Subnet", ipRange = "IPRange", gateway = "Gateway"
  }
}

/// `network.ConfigReference`.
public struct ConfigReferenceNetwork: GoStruct, Equatable {
  public static let goTypeName = "network.ConfigReference"
  public var network: String

  public init(network: String) { self.network = network }

  enum CodingKeys: String, CodingKey { case network = "Network" }
}

/// `types.EndpointResource`: a container's endpoint on the network.
public struct EndpointResource: GoStruct, Equatable {
  public static let goTypeName = "types.EndpointResource"
  public var name: String
  public var endpointID: String
  public var macAddress: String
  public var ipv4Address: String
  public var ipv6Address: String

  public init(name: String, endpointID: String, macAddress: String, ipv4Address: String) {
    self.name = name
    self.endpointID = endpointID
    self.macAddress = macAddress
    self.ipv4Address = ipv4Address
    self.ipv6Address = ""
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", endpointID = "EndpointID", macAddress = "MacAddress"
    case ipv4Address = "IPv4Address", ipv6Address = "IPv6Address"
  }
}

/// `network.PeerInfo`: another node with containers on an overlay.
public struct PeerInfo: GoStruct, Equatable {
  public static let goTypeName = "network.PeerInfo"
  public var name: String
  public var ip: String

  public init(name: String, ip: String) {
    self.name = name
    self.ip = ip
  }

  enum CodingKeys: String, CodingKey { case name = "Name", ip = "IP" }
}

/// `types.NetworkCreateRequest` (`POST /networks/create`).
public struct NetworkCreateRequest: GoStruct, Equatable {
  public static let goTypeName = "types.NetworkCreateRequest"
  public var name: String
  public var driver: String
  public var scope: String?
  public var `internal`: Bool
  public var attachable: Bool
  public var ingress: Bool
  public var ipam: IPAM?
  public var labels: [String: String]?

  public init(
    name: String, driver: String = "bridge", internal: Bool = false, attachable: Bool = false,
    ingress: Bool = false, ipam: IPAM? = nil, labels: [String: String]? = nil
  ) {
    self.name = name
    self.driver = driver
    self.internal = `internal`
    self.attachable = attachable
    self.ingress = ingress
    self.ipam = ipam
    self.labels = labels
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", driver = "Driver", scope = "Scope", `internal` = "Internal"
    case attachable = "Attachable", ingress = "Ingress", ipam = "IPAM", labels = "Labels"
  }
}
