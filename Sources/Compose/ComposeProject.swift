public import OrderedCollections

/// The merged, interpolated and validated compose files of one `docker stack deploy`.
/// Services are sorted by name, as docker's loader sorts them; the other sections keep the
/// order of the files.
public struct ComposeProject: Sendable, Equatable {
  public var version: String
  public var services: [ComposeService] = []
  public var networks: OrderedDictionary<String, ComposeNetwork> = [:]
  public var volumes: OrderedDictionary<String, ComposeVolume> = [:]
  public var configs: OrderedDictionary<String, ComposeFileObject> = [:]
  public var secrets: OrderedDictionary<String, ComposeFileObject> = [:]

  public init(version: String) { self.version = version }

  public func service(named name: String) -> ComposeService? {
    services.first { $0.name == name }
  }
}

/// A top-level network: created as `STACK_NAME` unless `name:` pins it or it is external.
public struct ComposeNetwork: Sendable, Equatable {
  public var name: String?
  public var driver: String?
  public var isExternal = false
  public var isInternal = false
  public var isAttachable = false
  public var labels: OrderedDictionary<String, String> = [:]

  public init() {}
}

/// A top-level volume: created on first use as `STACK_NAME` unless `name:` or `external`.
public struct ComposeVolume: Sendable, Equatable {
  public var name: String?
  public var driver: String?
  public var isExternal = false
  public var labels: OrderedDictionary<String, String> = [:]

  public init() {}
}

/// A top-level config or secret: made from `file:` (a path relative to the compose file) when
/// the stack is deployed, or `external: true` (it must already exist).
public struct ComposeFileObject: Sendable, Equatable {
  public var name: String?
  public var file: String?
  public var isExternal = false
  public var labels: OrderedDictionary<String, String> = [:]

  public init() {}
}
