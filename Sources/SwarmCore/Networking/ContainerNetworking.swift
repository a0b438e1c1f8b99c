/// Where a container sits on the engine's networks: its task's overlay addresses, or the
/// default bridge for tasks without networks (as swarm does on a real node). Shared by
/// container inspect (`NetworkSettings`) and network inspect (`Containers`).
public struct ContainerNetworking: Sendable {
  /// One endpoint: the network, the address without prefix, and the derived IDs.
  public struct Endpoint: Sendable, Equatable {
    public var networkID: String
    public var networkName: String
    public var ip: String
    public var prefixLength: Int
    public var gateway: String
    public var isBridge: Bool
    public var endpointID: String

    /// Docker derives container MACs from the IPv4 address: `02:42` then its four octets.
    public var mac: String {
      "02:42:"
        + ip.split(separator: ".").map { octet in
          let hex = String(Int(octet) ?? 0, radix: 16)
          return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: ":")
    }
  }

  public let container: Container
  public let endpoints: [Endpoint]

  public init(_ c: Container, _ cluster: Cluster) {
    container = c
    let task = c.taskID.flatMap { cluster.state.tasks[$0] }
    let attachments = task?.networkAddresses ?? c.ownNetworks
    if !attachments.isEmpty {
      endpoints = attachments.map { a in
        let parts = a.address.split(separator: "/")
        return Endpoint(
          networkID: a.networkID,
          networkName: cluster.state.networks[a.networkID]?.name ?? a.networkID,
          ip: String(parts[0]), prefixLength: parts.count > 1 ? Int(parts[1]) ?? 24 : 24,
          gateway: "", isBridge: false,
          endpointID: StableHash.hex(c.id + "/" + a.networkID, count: 64))
      }
    } else if let bridge = cluster.state.network(named: "bridge") {
      // Bridge addresses go to running bridge containers of the machine in creation order.
      let peers = cluster.state.containers.values.filter { other in
        other.nodeID == c.nodeID && other.isRunning
          && (other.taskID.flatMap { cluster.state.tasks[$0]?.networkAddresses.isEmpty }
            ?? other.ownNetworks.isEmpty)
      }
      let index = peers.firstIndex { $0.id == c.id } ?? peers.count
      endpoints = [
        Endpoint(
          networkID: bridge.id, networkName: "bridge", ip: "172.17.0.\(2 + index)",
          prefixLength: 16, gateway: bridge.gateway ?? "172.17.0.1", isBridge: true,
          endpointID: StableHash.hex(c.id + "/" + bridge.id, count: 64))
      ]
    } else {
      endpoints = []
    }
  }
}
