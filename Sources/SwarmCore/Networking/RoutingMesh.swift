/// The ingress routing mesh: published ports (`*:8010->80/tcp`) and the services behind them.
/// Every node listens on every ingress port and spreads connections round-robin over the
/// service's running replicas.
public enum RoutingMesh {
  /// First port swarmkit hands out when only a target port is given (`--publish 80`).
  public static let dynamicPortStart = 30000
  public static let dynamicPortEnd = 32767

  /// The spec's ports with those published as 0 given the lowest free port from 30000; a
  /// port the service already had for the same target is kept across updates.
  static func endpointPorts(
    for spec: ServiceSpec, previous: [PortConfig], _ state: ClusterState
  ) -> [PortConfig] {
    var ports = spec.ports
    var taken = Set(
      state.services.values.filter { $0.spec.name != spec.name }
        .flatMap { $0.endpointPorts.map(\.publishedPort) })
    taken.formUnion(ports.map(\.publishedPort))
    for i in ports.indices where ports[i].publishedPort == 0 && ports[i].publishMode == "ingress" {
      let kept = previous.first {
        $0.targetPort == ports[i].targetPort && $0.protocolName == ports[i].protocolName
          && !taken.contains($0.publishedPort)
      }
      guard
        let port = kept?.publishedPort
          ?? (dynamicPortStart...dynamicPortEnd).first(where: { !taken.contains($0) })
      else { break }
      ports[i].publishedPort = port
      taken.insert(port)
    }
    return ports
  }

  /// The service publishing `port` on the routing mesh, if any.
  public static func service(
    publishing port: Int, protocolName: String = "tcp", _ state: ClusterState
  ) -> Service? {
    state.services.values.first { service in
      service.endpointPorts.contains {
        $0.publishedPort == port && $0.publishMode == "ingress" && $0.protocolName == protocolName
      }
    }
  }

  /// The next running replica of a service, round-robin per service and network, with its
  /// address on that network. Nil when no replica runs.
  public static func nextBackend(
    of serviceID: String, network networkID: String, _ cluster: inout Cluster
  ) -> (container: Container, address: String)? {
    let backends = runningBackends(of: serviceID, network: networkID, cluster.state)
    guard !backends.isEmpty else { return nil }
    let key = serviceID + "/" + networkID
    let position = cluster.state.networking.roundRobin[key, default: 0]
    cluster.state.networking.roundRobin[key] = position + 1
    return backends[position % backends.count]
  }

  /// Running task containers of a service that have an address on a network, by slot.
  public static func runningBackends(
    of serviceID: String, network networkID: String, _ state: ClusterState
  ) -> [(container: Container, address: String)] {
    state.tasks(ofService: serviceID)
      .filter { $0.status.state == .running && $0.desiredState == .running }
      .sorted { ($0.slot, $0.createdAt) < ($1.slot, $1.createdAt) }
      .compactMap { task in
        guard let cid = task.containerID, let container = state.containers[cid],
          container.isRunning,
          let attachment = task.networkAddresses.first(where: { $0.networkID == networkID })
        else { return nil }
        return (container, attachment.address.withoutPrefixLength)
      }
  }
}
