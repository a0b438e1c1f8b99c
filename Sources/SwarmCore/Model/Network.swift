/// A network: the swarm-scoped overlays (`ingress` and user ones) and the engine's local
/// networks (`bridge`, `host`, `none`, `docker_gwbridge`).
public struct Network: Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  public var driver: String
  /// `swarm` for overlays, `local` for the engine's own networks.
  public var scope: String
  public var attachable = false
  public var isIngress = false
  public var isInternal = false
  public var labels: [Label] = []
  /// `10.0.1.0/24`; nil for networks without IPAM (host, none).
  public var subnet: String?
  public var gateway: String?
  public var createdAt: SimTime
  /// Host part of the next address to hand out; swarmkit allocates serially, never reusing
  /// an address until the pool wraps.
  public var nextHost: Int = 2
  /// VXLAN ID shown in overlay options (4096 for ingress, then 4097…).
  public var vxlanID: Int?

  public init(id: String, name: String, driver: String, scope: String, now: SimTime) {
    self.id = id
    self.name = name
    self.driver = driver
    self.scope = scope
    self.createdAt = now
  }
}

/// The swarm itself: cluster identity, join-token secrets and cluster-wide settings.
public struct SwarmInfo: Sendable, Equatable {
  public var clusterID: String
  public var createdAt: SimTime
  public var updatedAt: SimTime
  /// The 50-character base-36 digest of the root CA both join tokens share.
  public var caDigest: String
  public var workerSecret: String
  public var managerSecret: String
  public var taskHistoryLimit: Int = 5
  public var defaultAddressPool = "10.0.0.0/8"
  public var subnetSize = 24
  public var dataPathPort = 4789

  public init(
    clusterID: String, now: SimTime, caDigest: String, workerSecret: String, managerSecret: String
  ) {
    self.clusterID = clusterID
    self.createdAt = now
    self.updatedAt = now
    self.caDigest = caDigest
    self.workerSecret = workerSecret
    self.managerSecret = managerSecret
  }

  public var workerToken: String { "SWMTKN-1-\(caDigest)-\(workerSecret)" }
  public var managerToken: String { "SWMTKN-1-\(caDigest)-\(managerSecret)" }
}
