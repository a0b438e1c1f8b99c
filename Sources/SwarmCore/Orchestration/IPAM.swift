/// Deterministic address management for overlay networks, as swarmkit's serial allocator:
/// subnets come from `10.0.0.0/8` in `/24`s (ingress first), and each network hands out
/// `.2`, `.3`, … in request order. Service VIPs (at service creation), task addresses (when
/// the allocator sees a new task) and each node's load-balancer endpoint (when the first task
/// on that node attaches) draw from the same sequence, which is why the book's `iotd` VIP is
/// `10.0.1.2`, its tasks `.3`–`.5`, the node's endpoint `.6` and `accesslog`'s VIP `.7`.
public enum IPAM {
  /// The `/24` subnet for the n-th swarm network (ingress is 0): `10.0.n.0/24`.
  public static func subnet(index: Int) -> (subnet: String, gateway: String) {
    ("10.0.\(index).0/24", "10.0.\(index).1")
  }

  /// Gives a new overlay its subnet (the next serial `/24` unless one was requested) and
  /// its VXLAN ID.
  static func configureOverlay(
    _ network: inout Network, requestedSubnet: String?, _ cluster: inout Cluster
  ) {
    if let requestedSubnet {
      network.subnet = requestedSubnet
      network.gateway = networkBase(requestedSubnet) + ".1"
    } else {
      let index = cluster.state.networking.nextSubnetIndex
      cluster.state.networking.nextSubnetIndex = index + 1
      (network.subnet, network.gateway) = subnet(index: index)
    }
    network.vxlanID = cluster.state.networking.nextVXLAN
    cluster.state.networking.nextVXLAN += 1
  }

  /// Takes the next free address on a network, returning it with its prefix (`10.0.1.2/24`).
  /// After wrapping past `.254`, addresses still held are skipped.
  public static func nextAddress(on networkID: String, in cluster: inout Cluster) -> String? {
    guard var network = cluster.state.networks[networkID], let subnet = network.subnet else {
      return nil
    }
    let base = networkBase(subnet)
    let held = addresses(on: networkID, cluster.state)
    var host = network.nextHost
    for _ in 0..<253 where held.contains("\(base).\(host)") {
      host = host >= 254 ? 2 : host + 1
    }
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

  /// Gives a new task an address on each of its service's networks, in the order of the
  /// service's VIPs (ingress first when the service publishes ports).
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

  /// Every node gets an `ingress-sbox` endpoint, and a node running a task on an overlay
  /// gets that overlay's load-balancer endpoint once. Returns whether anything was added.
  static func allocateLoadBalancers(_ cluster: inout Cluster) -> Bool {
    var changed = false
    if let ingress = cluster.state.networks.values.first(where: \.isIngress) {
      for node in cluster.state.nodes.values where node.state == .ready {
        changed = ensureLoadBalancer(node: node.id, network: ingress.id, &cluster) || changed
      }
    }
    for task in cluster.state.tasks.values where task.isRunnable {
      guard let node = task.nodeID else { continue }
      for attachment in task.networkAddresses {
        changed = ensureLoadBalancer(node: node, network: attachment.networkID, &cluster) || changed
      }
    }
    return changed
  }

  private static func ensureLoadBalancer(node: String, network: String, _ cluster: inout Cluster)
    -> Bool
  {
    guard cluster.state.networking.loadBalancer(node: node, network: network) == nil,
      let address = nextAddress(on: network, in: &cluster)
    else { return false }
    cluster.state.networking.loadBalancers.append(
      LoadBalancerEndpoint(networkID: network, nodeID: node, address: address))
    return true
  }

  /// Addresses currently held on a network (VIPs, live tasks' addresses, endpoints).
  static func addresses(on networkID: String, _ state: ClusterState) -> Set<String> {
    var held: Set<String> = []
    for service in state.services.values {
      for vip in service.virtualIPs where vip.networkID == networkID {
        held.insert(vip.address.withoutPrefixLength)
      }
    }
    for task in state.tasks.values where !task.status.state.isTerminal {
      for a in task.networkAddresses where a.networkID == networkID {
        held.insert(a.address.withoutPrefixLength)
      }
    }
    for lb in state.networking.loadBalancers where lb.networkID == networkID {
      held.insert(lb.address.withoutPrefixLength)
    }
    return held
  }

  /// `10.0.1.0/24` → `10.0.1`.
  static func networkBase(_ subnet: String) -> String {
    subnet.withoutPrefixLength.split(separator: ".").prefix(3).joined(separator: ".")
  }
}
