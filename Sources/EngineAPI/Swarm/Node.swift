/// `swarm.Node` (`GET /nodes/{id}`): a machine in the swarm as the managers see it.
public struct Node: GoStruct, Equatable {
  public static let goTypeName = "swarm.Node"
  public static let pointerFields: Set<String> = ["ManagerStatus"]

  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: NodeSpec
  public var description: NodeDescription
  public var status: NodeStatus
  public var managerStatus: ManagerStatus?

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: NodeSpec, description: NodeDescription, status: NodeStatus,
    managerStatus: ManagerStatus?
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
    self.description = description
    self.status = status
    self.managerStatus = managerStatus
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec", description = "Description", status = "Status"
    case managerStatus = "ManagerStatus"
  }
}

/// `swarm.NodeSpec`: what `node update` changes.
public struct NodeSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.NodeSpec"
  public var name: String?
  public var labels: [String: String]
  /// `worker` or `manager`.
  public var role: String?
  /// `active`, `pause` or `drain`.
  public var availability: String?

  public init(name: String? = nil, labels: [String: String], role: String?, availability: String?) {
    self.name = name
    self.labels = labels
    self.role = role
    self.availability = availability
  }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", role = "Role", availability = "Availability"
  }
}

/// `swarm.NodeDescription`: what the node's engine reports about itself.
public struct NodeDescription: GoStruct, Equatable {
  public static let goTypeName = "swarm.NodeDescription"
  public var hostname: String?
  public var platform: Platform
  public var resources: Resources
  public var engine: EngineDescription
  public var tlsInfo: TLSInfo?

  public init(
    hostname: String?, platform: Platform, resources: Resources, engine: EngineDescription,
    tlsInfo: TLSInfo?
  ) {
    self.hostname = hostname
    self.platform = platform
    self.resources = resources
    self.engine = engine
    self.tlsInfo = tlsInfo
  }

  enum CodingKeys: String, CodingKey {
    case hostname = "Hostname", platform = "Platform", resources = "Resources"
    case engine = "Engine", tlsInfo = "TLSInfo"
  }
}

/// `swarm.EngineDescription`.
public struct EngineDescription: GoStruct, Equatable {
  public static let goTypeName = "swarm.EngineDescription"
  public var engineVersion: String?
  public var labels: [String: String]?
  public var plugins: [PluginDescription]?

  public init(engineVersion: String?, plugins: [PluginDescription]?) {
    self.engineVersion = engineVersion
    self.plugins = plugins
  }

  enum CodingKeys: String, CodingKey {
    case engineVersion = "EngineVersion", labels = "Labels", plugins = "Plugins"
  }
}

/// `swarm.PluginDescription`.
public struct PluginDescription: GoStruct, Equatable {
  public static let goTypeName = "swarm.PluginDescription"
  public var type: String?
  public var name: String?

  public init(type: String?, name: String?) {
    self.type = type
    self.name = name
  }

  enum CodingKeys: String, CodingKey { case type = "Type", name = "Name" }
}

/// `swarm.TLSInfo`: the swarm's root CA as nodes trust it (the issuer fields are base64 DER).
public struct TLSInfo: GoStruct, Equatable {
  public static let goTypeName = "swarm.TLSInfo"
  public var trustRoot: String?
  public var certIssuerSubject: String?
  public var certIssuerPublicKey: String?

  public init(trustRoot: String?, certIssuerSubject: String?, certIssuerPublicKey: String?) {
    self.trustRoot = trustRoot
    self.certIssuerSubject = certIssuerSubject
    self.certIssuerPublicKey = certIssuerPublicKey
  }

  enum CodingKeys: String, CodingKey {
    case trustRoot = "TrustRoot", certIssuerSubject = "CertIssuerSubject"
    case certIssuerPublicKey = "CertIssuerPublicKey"
  }
}

/// `swarm.NodeStatus`: `ready`, `down`… as the dispatcher's heartbeats last saw it.
public struct NodeStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.NodeStatus"
  public var state: String
  public var message: String?
  public var addr: String?

  public init(state: String, message: String?, addr: String?) {
    self.state = state
    self.message = message
    self.addr = addr
  }

  enum CodingKeys: String, CodingKey { case state = "State", message = "Message", addr = "Addr" }
}

/// `swarm.ManagerStatus`: a manager's raft membership.
public struct ManagerStatus: GoStruct, Equatable {
  public static let goTypeName = "swarm.ManagerStatus"
  public var leader: Bool?
  /// `reachable` or `unreachable`.
  public var reachability: String?
  public var addr: String?

  public init(leader: Bool?, reachability: String?, addr: String?) {
    self.leader = leader
    self.reachability = reachability
    self.addr = addr
  }

  enum CodingKeys: String, CodingKey {
    case leader = "Leader", reachability = "Reachability", addr = "Addr"
  }
}
