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
    var book = AddressBook()
    return book.nextAddress(on: networkID, in: &cluster)
  }

  /// Takes the next address whose host number `held` does not mark.
  fileprivate static func nextAddress(
    on networkID: String, held: [Bool], in cluster: inout Cluster
  ) -> String? {
    guard var network = cluster.state.networks[networkID], let subnet = network.subnet else {
      return nil
    }
    var host = network.nextHost
    // At most one lap: on a full subnet the next serial address is reused.
    for _ in 0..<253 {
      guard (0..<held.count).contains(host) && held[host] else { break }
      host = host >= 254 ? 2 : host + 1
    }
    network.nextHost = host >= 254 ? 2 : host + 1
    cluster.state.networks[networkID] = network
    return "\(networkBase(subnet)).\(host)/24"
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
  static func attach(task index: Int, in cluster: inout Cluster, book: inout AddressBook) {
    guard cluster.state.tasks.values[index].networkAddresses.isEmpty,
      let service = cluster.state.services[cluster.state.tasks.values[index].serviceID],
      !service.virtualIPs.isEmpty
    else { return }
    var attachments: [NetworkAttachment] = []
    for vip in service.virtualIPs {
      if let address = book.nextAddress(on: vip.networkID, in: &cluster) {
        attachments.append(NetworkAttachment(networkID: vip.networkID, address: address))
      }
    }
    cluster.state.tasks[position: index].networkAddresses = attachments
  }

  /// Every node gets an `ingress-sbox` endpoint, and a node running a task on an overlay
  /// gets that overlay's load-balancer endpoint once. Returns whether anything was added.
  static func allocateLoadBalancers(_ cluster: inout Cluster, book: inout AddressBook) -> Bool {
    var changed = false
    cluster.refreshTaskIndex()
    // Endpoints are only ever added here, so the set kept from the last pass is current
    // unless some were removed (a network deleted): then it is rebuilt, and every task is
    // looked at again below.
    let removed = cluster.state.networking.loadBalancers.count != cluster.taskIndex.balancerCount
    var existing = cluster.taskIndex.balancerKeys
    cluster.taskIndex.balancerKeys = []
    if removed {
      existing = []
      for lb in cluster.state.networking.loadBalancers {
        existing.insert(LoadBalancerKey(node: lb.nodeID, network: lb.networkID))
      }
    }
    func ensure(node: String, network: String, _ cluster: inout Cluster) {
      let key = LoadBalancerKey(node: node, network: network)
      guard !existing.contains(key), let address = book.nextAddress(on: network, in: &cluster)
      else { return }
      existing.insert(key)
      cluster.state.networking.loadBalancers.append(
        LoadBalancerEndpoint(networkID: network, nodeID: node, address: address))
      changed = true
    }
    // Ready nodes change only with the topology; while it stands, every one has its endpoint.
    if removed || cluster.state.topology.count != cluster.taskIndex.ingressTopology,
      let ingress = cluster.state.networks.values.first(where: \.isIngress)
    {
      for node in cluster.state.nodes.values where node.state == .ready {
        ensure(node: node.id, network: ingress.id, &cluster)
      }
      cluster.taskIndex.ingressTopology = cluster.state.topology.count
    }
    // Only tasks changed since the last look can need an endpoint, unless endpoints were
    // removed since.
    var candidates: [Int] = []
    if removed {
      candidates = Array(cluster.state.tasks.values.indices)
    } else {
      // A task written several times is a candidate once.
      for position in TaskIndex.positions(of: cluster.taskIndex.balancerCandidates, cluster.state)
      where position != candidates.last {
        candidates.append(position)
      }
    }
    cluster.taskIndex.balancerCandidates = []
    for position in candidates {
      // Copied out: `ensure` adds endpoints, never tasks, so positions hold.
      let task = cluster.state.tasks.values[position]
      guard task.isRunnable, let node = task.nodeID else { continue }
      for attachment in task.networkAddresses {
        ensure(node: node, network: attachment.networkID, &cluster)
      }
    }
    cluster.taskIndex.balancerCount = cluster.state.networking.loadBalancers.count
    cluster.taskIndex.balancerKeys = existing
    return changed
  }

  struct LoadBalancerKey: Hashable, Sendable {
    var node: String
    var network: String
  }

  /// Which host numbers of a network's `/24` (`base` is `10.0.1`) are held by VIPs (an
  /// empty one holds nothing), live tasks' addresses, standalone containers' addresses and
  /// endpoints. Read as bytes, without building a set of strings: it is
  /// gathered again on every join of a 1,000-node swarm (each node's ingress endpoint).
  static func heldHosts(on networkID: String, base: String, _ state: ClusterState) -> [Bool] {
    var hosts = Array(repeating: false, count: 256)
    let prefix = Array((base + ".").utf8)
    func mark(_ address: String) {
      var address = address
      // Over the contiguous bytes: through the generic UTF-8 view this was most of a join's
      // cost on a 1,000-node swarm.
      let host = address.withUTF8 { utf8 -> Int? in
        guard utf8.count > prefix.count, utf8.starts(with: prefix) else { return nil }
        var host = 0
        var digits = 0
        for byte in utf8[prefix.count...] {
          if byte == UInt8(ascii: "/") { break }
          guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 3 else {
            return nil
          }
          host = host * 10 + Int(byte - UInt8(ascii: "0"))
          digits += 1
        }
        return digits > 0 ? host : nil
      }
      if let host, host < hosts.count { hosts[host] = true }
    }
    for service in state.services.values {
      for vip in service.virtualIPs where vip.networkID == networkID { mark(vip.address) }
    }
    for task in state.tasks.values where !task.status.state.isTerminal {
      for a in task.networkAddresses where a.networkID == networkID { mark(a.address) }
    }
    for container in state.containers.values {
      for a in container.ownNetworks where a.networkID == networkID { mark(a.address) }
    }
    for lb in state.networking.loadBalancers where lb.networkID == networkID {
      mark(lb.address)
    }
    return hosts
  }

  /// `10.0.1.0/24` → `10.0.1`.
  static func networkBase(_ subnet: String) -> String {
    subnet.withoutPrefixLength.split(separator: ".").prefix(3).joined(separator: ".")
  }
}

/// The addresses held on each network, gathered once per allocator pass and kept up to date
/// as it hands out more: asking the whole swarm for every new task made `--publish` with
/// 10,000 replicas quadratic.
struct AddressBook {
  /// Per network, which host numbers (`.2`–`.254` of its `/24`) are held.
  private var held: [String: [Bool]] = [:]

  mutating func nextAddress(on networkID: String, in cluster: inout Cluster) -> String? {
    guard let subnet = cluster.state.networks[networkID]?.subnet else { return nil }
    let base = IPAM.networkBase(subnet) + "."
    if held[networkID] == nil {
      held[networkID] = IPAM.heldHosts(on: networkID, base: IPAM.networkBase(subnet), cluster.state)
    }
    guard let address = IPAM.nextAddress(on: networkID, held: held[networkID]!, in: &cluster)
    else { return nil }
    if let host = Int(address.withoutPrefixLength.dropFirst(base.count)) {
      held[networkID]![host] = true
    }
    return address
  }
}
