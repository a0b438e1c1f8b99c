/// `swarm.Config` (`GET /configs/{id}`): a swarm config as the managers keep it.
public struct Config: GoStruct, Equatable {
  public static let goTypeName = "swarm.Config"
  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: ConfigSpec

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: ConfigSpec
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec"
  }
}

/// `swarm.ConfigSpec`: the embedded `Annotations` (name, labels) and the payload, which Go's
/// `[]byte` writes as standard base64 (`Data` is left out when empty).
public struct ConfigSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.ConfigSpec"
  public static let pointerFields: Set<String> = ["Templating"]
  public var name: String
  public var labels: [String: String]
  /// Base64 of the bytes, as on the wire; `bytes` decodes it.
  public var data: String?
  public var templating: SwarmDriver?

  public init(name: String, labels: [String: String] = [:], bytes: [UInt8]? = nil) {
    self.name = name
    self.labels = labels
    self.data = bytes.map(Base64.encode)
  }

  /// The payload (empty when absent or not valid base64).
  public var bytes: [UInt8] { data.flatMap(Base64.decode) ?? [] }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", data = "Data", templating = "Templating"
  }
}

/// `swarm.Secret` (`GET /secrets/{id}`): the daemon never sends a secret's data back.
public struct Secret: GoStruct, Equatable {
  public static let goTypeName = "swarm.Secret"
  public var id: String
  public var version: ObjectVersion
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var spec: SecretSpec

  public init(
    id: String, version: ObjectVersion, createdAt: Timestamp, updatedAt: Timestamp,
    spec: SecretSpec
  ) {
    self.id = id
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.spec = spec
  }

  enum CodingKeys: String, CodingKey {
    case id = "ID", version = "Version", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    case spec = "Spec"
  }
}

/// `swarm.SecretSpec`: as `ConfigSpec`, plus the external secret driver (none in SwarmLab).
public struct SecretSpec: GoStruct, Equatable {
  public static let goTypeName = "swarm.SecretSpec"
  public static let pointerFields: Set<String> = ["Driver", "Templating"]
  public var name: String
  public var labels: [String: String]
  public var data: String?
  public var driver: SwarmDriver?
  public var templating: SwarmDriver?

  public init(name: String, labels: [String: String] = [:], bytes: [UInt8]? = nil) {
    self.name = name
    self.labels = labels
    self.data = bytes.map(Base64.encode)
  }

  public var bytes: [UInt8] { data.flatMap(Base64.decode) ?? [] }

  enum CodingKeys: String, CodingKey {
    case name = "Name", labels = "Labels", data = "Data", driver = "Driver"
    case templating = "Templating"
  }
}

/// `swarm.Driver`: a secret driver or templating engine by name.
public struct SwarmDriver: GoStruct, Equatable {
  public static let goTypeName = "swarm.Driver"
  public var name: String
  public var options: [String: String]?

  public init(name: String, options: [String: String]? = nil) {
    self.name = name
    self.options = options
  }

  enum CodingKeys: String, CodingKey { case name = "Name", options = "Options" }
}

/// `types.ConfigCreateResponse` / `types.SecretCreateResponse` (`{"ID": …}`, unlike the
/// container endpoints' `Id`).
public struct ObjectCreateResponse: Sendable, Equatable, Codable {
  public var id: String

  public init(id: String) { self.id = id }

  enum CodingKeys: String, CodingKey { case id = "ID" }
}
