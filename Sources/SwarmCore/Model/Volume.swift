/// A volume on one machine's engine (volumes are node-local, never swarm objects): a named
/// volume a service or `docker volume create` made, or an anonymous one docker creates for an
/// image's `VOLUME` path that no mount covers. Anonymous volumes go when their container is
/// removed (swarmkit removes task containers with their volumes); named ones stay until
/// `docker volume rm`, surviving task replacement and `docker stack rm` (checked on 20.10).
public struct Volume: Sendable, Equatable {
  public var name: String
  public var driver = "local"
  /// The machine whose engine holds it.
  public var machine: String
  public var labels: [Label] = []
  public var createdAt: SimTime
  /// The container an anonymous volume was made for; nil for named volumes.
  public var anonymousOwner: String?
  /// Driver options, set (possibly empty) only when `docker volume create` made the volume;
  /// volumes a container or a service mount made have none (`"Options": null`).
  public var driverOptions: [Label]?

  public init(name: String, machine: String, now: SimTime) {
    self.name = name
    self.machine = machine
    self.createdAt = now
  }

  public var isAnonymous: Bool { anonymousOwner != nil }
  public var mountpoint: String { "/var/lib/docker/volumes/\(name)/_data" }
  /// The key of the volume in `ClusterState.volumes`.
  public var key: String { Volume.key(name, on: machine) }

  public static func key(_ name: String, on machine: String) -> String { machine + "/" + name }
}

/// A mount in a task template (`--mount`, compose `volumes:`; swarmkit's `api.Mount`).
public struct Mount: Sendable, Equatable {
  public enum Kind: String, Sendable { case volume, bind, tmpfs }

  public var kind: Kind
  /// Volume name or host path; nil for an anonymous volume or a tmpfs.
  public var source: String?
  public var target: String
  public var readOnly = false
  /// Labels a named volume gets when the mount creates it (`com.docker.stack.namespace`).
  public var volumeLabels: [Label] = []

  public init(kind: Kind, source: String?, target: String, readOnly: Bool = false) {
    self.kind = kind
    self.source = source
    self.target = target
    self.readOnly = readOnly
  }
}

/// A mount as a container has it: the volume name (named or anonymous) or host path, and where.
public struct ContainerMount: Sendable, Equatable {
  public var kind: Mount.Kind
  public var name: String?
  public var source: String
  public var destination: String
  public var readOnly: Bool

  public init(kind: Mount.Kind, name: String?, source: String, destination: String, readOnly: Bool)
  {
    self.kind = kind
    self.name = name
    self.source = source
    self.destination = destination
    self.readOnly = readOnly
  }
}
