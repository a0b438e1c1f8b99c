/// A swarm config or secret (swarmkit's `api.Config` / `api.Secret`): a name, labels and bytes
/// the managers keep and hand to the tasks that reference them. Both are immutable once created;
/// to change one, create another under a new name and point the service at it.
public struct DataObject: Sendable, Equatable, Identifiable {
  public enum Kind: String, Sendable {
    case config, secret

    /// The largest payload swarmkit accepts (`MaxConfigSize` 1000 KiB, `MaxSecretSize` 500 KiB).
    public var maxSize: Int { self == .config ? 1_024_000 : 512_000 }
  }

  public var kind: Kind
  public var id: String
  public var name: String
  public var labels: [Label] = []
  public var data: [UInt8]
  /// Secrets only: the external secret driver (none in SwarmLab, shown as an empty `Driver:`).
  public var driver: String?
  public var version: Int = 1
  public var createdAt: SimTime
  public var updatedAt: SimTime

  public init(kind: Kind, id: String, name: String, data: [UInt8], now: SimTime) {
    self.kind = kind
    self.id = id
    self.name = name
    self.data = data
    self.createdAt = now
    self.updatedAt = now
  }
}

/// A task's use of a config or secret: which object, and the file it becomes in the container
/// (swarmkit's `ConfigReference` / `SecretReference` with a file target).
public struct FileReference: Sendable, Equatable {
  public var objectID: String
  public var objectName: String
  /// The target as given: absolute, or relative to `/run/secrets` (secrets) or `/` (configs).
  public var fileName: String
  public var uid = "0"
  public var gid = "0"
  /// Docker's default file mode, 0444.
  public var mode: Int = 0o444

  public init(objectID: String, objectName: String, fileName: String) {
    self.objectID = objectID
    self.objectName = objectName
    self.fileName = fileName
  }

  /// Where the file appears inside the container.
  public func containerPath(for kind: DataObject.Kind) -> String {
    if fileName.hasPrefix("/") { return fileName }
    return (kind == .secret ? "/run/secrets/" : "/") + fileName
  }
}
