/// HTTP between simulated parties: from a container to a service by name or address, and
/// from the host to a published port on the routing mesh. Each request reaches one
/// container's app, which may call further services before answering.
public enum ClusterHTTP {
  /// Where a request ended up: the address dialled, and the outcome.
  public struct Exchange: Sendable, Equatable {
    /// The resolved address (`10.0.1.2`), nil when the name did not resolve.
    public var address: String?
    public var outcome: Result<HTTPResponse, HTTPFailure>
  }

  /// A request made from inside a container (`wget`, `curl`, or an app's own call).
  public static func send(
    _ method: String, _ url: HTTPURL, body: String? = nil, from containerID: String,
    _ cluster: inout Cluster
  ) -> Exchange {
    guard let source = cluster.state.containers[containerID] else {
      return Exchange(address: nil, outcome: .failure(.unresolved(host: url.host)))
    }
    let host = url.host.lowercased()
    if host == "localhost" || host == "127.0.0.1" {
      return deliver(
        method, url, body: body, to: containerID, address: "127.0.0.1", client: "127.0.0.1",
        &cluster)
    }
    let ownAddress =
      ServiceDNS.addresses(of: source, cluster.state).first?.address.withoutPrefixLength ?? ""
    let client = ownAddress + ":" + String(nextSourcePort(&cluster))
    if isIPv4(host) {
      if let target = target(ofAddress: host, &cluster) {
        return deliver(method, url, body: body, to: target, address: host, client: client, &cluster)
      }
      return Exchange(address: host, outcome: .failure(.refused(address: host, port: url.port)))
    }
    guard let record = ServiceDNS.lookup(host, from: source, cluster.state).first else {
      return Exchange(address: nil, outcome: .failure(.unresolved(host: url.host)))
    }
    if let serviceID = record.serviceID {
      guard
        let backend = RoutingMesh.nextBackend(of: serviceID, network: record.networkID, &cluster)
      else {
        return Exchange(
          address: record.address,
          outcome: .failure(.refused(address: record.address, port: url.port)))
      }
      return deliver(
        method, url, body: body, to: backend.container.id, address: record.address, client: client,
        &cluster)
    }
    guard let target = target(ofAddress: record.address, &cluster) else {
      return Exchange(
        address: record.address,
        outcome: .failure(.refused(address: record.address, port: url.port)))
    }
    return deliver(
      method, url, body: body, to: target, address: record.address, client: client, &cluster)
  }

  /// A request from the host to `localhost:PORT`: the routing mesh picks the next running
  /// replica of the service publishing the port; the app sees the node's ingress endpoint
  /// as the client.
  public static func sendToMesh(
    _ method: String, port: Int, path: String, body: String? = nil, _ cluster: inout Cluster
  ) -> Result<HTTPResponse, HTTPFailure> {
    let url = HTTPURL(host: "localhost", port: port, path: path)
    guard let service = RoutingMesh.service(publishing: port, cluster.state),
      let ingress = cluster.state.networks.values.first(where: \.isIngress),
      let mapping = service.endpointPorts.first(where: { $0.publishedPort == port }),
      let backend = RoutingMesh.nextBackend(of: service.id, network: ingress.id, &cluster)
    else { return .failure(.refused(address: "127.0.0.1", port: port)) }
    let node = cluster.localNode?.id ?? ""
    let sbox = cluster.state.networking.loadBalancer(node: node, network: ingress.id)?.address
      .withoutPrefixLength
    let client = (sbox ?? "10.0.0.2") + ":" + String(nextSourcePort(&cluster))
    var inner = url
    inner.port = mapping.targetPort
    return deliver(
      method, inner, body: body, to: backend.container.id, address: backend.address, client: client,
      &cluster
    )
    .outcome
  }

  private static func deliver(
    _ method: String, _ url: HTTPURL, body: String?, to containerID: String, address: String,
    client: String,
    _ cluster: inout Cluster
  ) -> Exchange {
    let request = HTTPRequest(method: method, url: url, body: body, client: client)
    let outcome = AppServer.handle(request, in: containerID, &cluster)
    return Exchange(
      address: address,
      outcome: outcome.mapError { failure in
        switch failure {
        case .refused: .refused(address: address, port: url.port)
        case .emptyReply: .emptyReply(address: address, port: url.port)
        case .unresolved: failure
        }
      })
  }

  /// The running container holding a task address, for requests to a literal IP.
  private static func target(ofAddress address: String, _ cluster: inout Cluster) -> String? {
    for service in cluster.state.services.values {
      if let vip = service.virtualIPs.first(where: { $0.address.withoutPrefixLength == address }) {
        return RoutingMesh.nextBackend(of: service.id, network: vip.networkID, &cluster)?.container
          .id
      }
      for network in service.virtualIPs.map(\.networkID) {
        if let backend = RoutingMesh.runningBackends(
          of: service.id, network: network, cluster.state
        )
        .first(where: { $0.address == address }) {
          return backend.container.id
        }
      }
    }
    return nil
  }

  private static func nextSourcePort(_ cluster: inout Cluster) -> Int {
    cluster.state.networking.nextSourcePort += 1
    return cluster.state.networking.nextSourcePort
  }

  private static func isIPv4(_ host: String) -> Bool {
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
  }
}
