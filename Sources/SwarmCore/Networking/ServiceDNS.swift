/// Docker's embedded DNS server (127.0.0.11) as a container sees it: a service name gives the
/// service's VIP, `tasks.NAME` every running task's address, a task container's name its
/// address; all only on networks the asking container shares (never ingress). A service
/// without a running task on the network has no record (libnetwork removes it with the last
/// backend).
public enum ServiceDNS {
  /// One answer record: the address and the reverse name docker serves for it, if any.
  public struct Record: Sendable, Equatable {
    public var address: String
    /// `iotd.1.<task>.iotd-net` for task addresses; VIPs have none.
    public var reverseName: String?
    public var networkID: String
    /// Set when the record is a service VIP.
    public var serviceID: String?
  }

  /// Resolves `name` from inside a container; empty when it does not resolve.
  public static func lookup(_ name: String, from container: Container, _ state: ClusterState)
    -> [Record]
  {
    let name =
      name.lowercased().hasSuffix(".") ? String(name.lowercased().dropLast()) : name.lowercased()
    var records: [Record] = []
    for networkID in networks(of: container, state) {
      let networkName = state.networks[networkID]?.name ?? ""
      let services = state.services.values
      if name.hasPrefix("tasks."),
        let service = services.first(where: { $0.spec.name.lowercased() == name.dropFirst(6) })
      {
        for backend in RoutingMesh.runningBackends(of: service.id, network: networkID, state) {
          records.append(
            Record(
              address: backend.address, reverseName: backend.container.name + "." + networkName,
              networkID: networkID))
        }
      } else if let service = services.first(where: {
        $0.spec.name.lowercased() == name
          || $0.spec.template.networkAliases.contains { $0.lowercased() == name }
      }),
        let vip = service.virtualIPs.first(where: { $0.networkID == networkID }),
        !RoutingMesh.runningBackends(of: service.id, network: networkID, state).isEmpty
      {
        records.append(
          Record(
            address: vip.address.withoutPrefixLength, networkID: networkID, serviceID: service.id))
      } else {
        for service in services {
          for backend in RoutingMesh.runningBackends(of: service.id, network: networkID, state)
          where backend.container.name.lowercased() == name {
            records.append(
              Record(
                address: backend.address, reverseName: backend.container.name + "." + networkName,
                networkID: networkID))
          }
        }
      }
      // A container `docker run` attached answers to its name on that network.
      if records.isEmpty {
        for other in state.containers.values
        where other.isRunning && other.name.lowercased() == name {
          if let a = other.ownNetworks.first(where: { $0.networkID == networkID }) {
            records.append(
              Record(
                address: a.address.withoutPrefixLength, reverseName: other.name + "." + networkName,
                networkID: networkID))
          }
        }
      }
      if !records.isEmpty { return records }
    }
    return records
  }

  /// The overlays a container is attached to, in attachment order, without ingress (which
  /// serves no names).
  public static func networks(of container: Container, _ state: ClusterState) -> [String] {
    addresses(of: container, state).map(\.networkID).filter {
      state.networks[$0]?.isIngress == false
    }
  }

  /// The container's own address on each network it is attached to (ingress included).
  public static func addresses(of container: Container, _ state: ClusterState)
    -> [NetworkAttachment]
  {
    guard let taskID = container.taskID, let task = state.tasks[taskID] else {
      return container.ownNetworks
    }
    return task.networkAddresses
  }
}
