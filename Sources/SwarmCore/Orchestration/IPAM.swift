/// Deterministic address management for overlay networks, as swarmkit's serial allocator:
/// each network hands out `.2`, `.3`, … in request order (service VIPs, task addresses and
/// each node's load-balancer endpoint draw from the same sequence).
public enum IPAM {
  /// The `/24` subnet for the n-th swarm network (ingress is 0): `10.0.n.0/24`.
  public static func subnet(index: Int) -> (subnet: String, gateway: String) {
    ("10.0.\(index).0/24", "10.0.\(index).1")
  }

  /// Takes the next free address on a network, returning it with its prefix (`10.0.1.2/24`).
  public static func nextAddress(on networkID: String, in cluster: inout Cluster) -> String? {
    guard var network = cluster.state.networks[networkID], let subnet = network.subnet else {
      return nil
    }
    let base = subnet.split(separator: "/")[0].split(separator: ".").prefix(3).joined(separator: ".")
    let host = network.nextHost
    network.nextHost = host >= 254 ? 2 : host + 1
    cluster.state.networks[networkID] = network
    return "\(base).\(host)/24"
  }

  /// Resolves a network given by name, full ID or unique ID prefix.
  public static func resolve(_ ref: String, in state: ClusterState) -> Network? {
    if let byID = state.networks[ref] { return byID }
    if let byName = state.network(named: ref) { return byName }
    let matches = state.networks.values.filter { $0.id.hasPrefix(ref) }
    return matches.count == 1 ? matches[0] : nil
  }

  /// Gives a new task an address on each of its service's networks (ingress first when the
  /// service publishes ports), and the node a load-balancer endpoint on first use.
  static func attach(task id: String, in cluster: inout Cluster) {
    guard let task = cluster.state.tasks[id], task.networkAddresses.isEmpty,
      let service = cluster.state.services[task.serviceID]
    else { return }
    var attachments: [NetworkAttachment] = []
    for vip in service.virtualIPs {
      if let address = nextAddress(on: vip.networkID, in: &cluster) {
        attachments.append(NetworkAttachment(networkID: vip.networkID, address: address))
      }
    }
    cluster.state.tasks[id]?.networkAddresses = attachments
  }
}
