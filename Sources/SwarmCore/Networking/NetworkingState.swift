/// Cluster-wide networking bookkeeping that belongs to no single object: the serial
/// counters swarmkit's allocator keeps, each node's load-balancer endpoints, and where
/// each service's round-robin stands.
public struct NetworkingState: Sendable, Equatable {
  /// Index of the next `/24` handed to a new overlay (`10.0.<n>.0/24`); swarmkit allocates
  /// subnets serially and does not reuse a freed one until the pool wraps.
  public var nextSubnetIndex = 0
  /// The next VXLAN ID (4096 is ingress).
  public var nextVXLAN = 4096
  /// One endpoint per node per network, in allocation order (`ingress-sbox`, `lb-iotd-net`).
  public var loadBalancers: [LoadBalancerEndpoint] = []
  /// Round-robin position per service and network (`serviceID/networkID`); read by key only.
  public var roundRobin: [String: Int] = [:]
  /// Source ports the simulated clients use, so client addresses (`10.0.0.2:40001`) differ.
  public var nextSourcePort = 40000

  public init() {}

  /// The endpoint a node has on a network, if it has one yet.
  public func loadBalancer(node: String, network: String) -> LoadBalancerEndpoint? {
    loadBalancers.first { $0.nodeID == node && $0.networkID == network }
  }
}

/// A node's own endpoint on an overlay: the IPVS load balancer (`lb-<network>`, shown in
/// `network inspect` as `<network>-endpoint`) or, on ingress, the `ingress-sbox`.
public struct LoadBalancerEndpoint: Sendable, Equatable {
  public var networkID: String
  public var nodeID: String
  /// With prefix, `10.0.1.6/24`.
  public var address: String

  public init(networkID: String, nodeID: String, address: String) {
    self.networkID = networkID
    self.nodeID = nodeID
    self.address = address
  }
}

extension String {
  /// `10.0.1.2/24` → `10.0.1.2`.
  public var withoutPrefixLength: String {
    // Searched as bytes ('/' is ASCII, so its index is a character boundary): the search by
    // Character cost thousands of instructions per address.
    if let slash = utf8.firstIndex(of: UInt8(ascii: "/")) { return String(self[..<slash]) }
    return self
  }
}
