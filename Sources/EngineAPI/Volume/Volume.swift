/// `types.Volume` (`GET /volumes/{name}`): a volume on the engine the client talks to.
/// Volumes belong to one engine, never to the swarm.
public struct Volume: GoStruct, Equatable {
  public static let goTypeName = "types.Volume"
  /// RFC 3339 with whole seconds, as the local driver writes it (`omitempty`).
  public var createdAt: String?
  public var driver: String
  @GoNullable public var labels: [String: String]?
  public var mountpoint: String
  public var name: String
  @GoNullable public var options: [String: String]?
  /// `local` or `global`.
  public var scope: String

  public init(
    createdAt: String?, driver: String, labels: [String: String]?, mountpoint: String,
    name: String, options: [String: String]?, scope: String = "local"
  ) {
    self.createdAt = createdAt
    self.driver = driver
    self.labels = labels
    self.mountpoint = mountpoint
    self.name = name
    self.options = options
    self.scope = scope
  }

  enum CodingKeys: String, CodingKey {
    case createdAt = "CreatedAt", driver = "Driver", labels = "Labels", mountpoint = "Mountpoint"
    case name = "Name", options = "Options", scope = "Scope"
  }
}

/// `volume.VolumeCreateBody` (`POST /volumes/create`); an empty name asks for a generated one.
public struct VolumeCreateBody: Sendable, Equatable, Codable {
  public var driver: String
  public var driverOpts: [String: String]
  public var labels: [String: String]
  public var name: String

  public init(
    driver: String = "local", driverOpts: [String: String] = [:], labels: [String: String] = [:],
    name: String = ""
  ) {
    self.driver = driver
    self.driverOpts = driverOpts
    self.labels = labels
    self.name = name
  }

  enum CodingKeys: String, CodingKey {
    case driver = "Driver", driverOpts = "DriverOpts", labels = "Labels", name = "Name"
  }
}

/// `volume.VolumeListOKBody` (`GET /volumes`).
public struct VolumeListResponse: Sendable, Equatable, Codable {
  @GoNullable public var volumes: [Volume]?
  @GoNullable public var warnings: [String]?

  public init(volumes: [Volume], warnings: [String]? = nil) {
    self.volumes = volumes
    self.warnings = warnings
  }

  enum CodingKeys: String, CodingKey { case volumes = "Volumes", warnings = "Warnings" }
}

/// `types.VolumesPruneReport` (`POST /volumes/prune`).
public struct VolumesPruneReport: Sendable, Equatable, Codable {
  @GoNullable public var volumesDeleted: [String]?
  public var spaceReclaimed: UInt64

  public init(volumesDeleted: [String]?, spaceReclaimed: UInt64 = 0) {
    self.volumesDeleted = volumesDeleted
    self.spaceReclaimed = spaceReclaimed
  }

  enum CodingKeys: String, CodingKey {
    case volumesDeleted = "VolumesDeleted", spaceReclaimed = "SpaceReclaimed"
  }
}
