/// Network lifecycle: overlays are swarm-scoped and need a manager; local bridges do not.
/// Messages are docker 20.10's.
extension ControlAPI {
  /// Drivers the simulated engine has; any other is a missing plugin.
  static let networkDrivers = ["bridge", "overlay", "macvlan", "ipvlan"]

  @discardableResult
  public static func createNetwork(
    name: String, driver: String, attachable: Bool, subnet: String?, labels: [String],
    _ cluster: inout Cluster
  ) throws(ControlError) -> Network {
    guard networkDrivers.contains(driver) else { throw .plain("plugin \"\(driver)\" not found") }
    // An empty name is libnetwork's default network (the bridge), which exists.
    if name.isEmpty || cluster.state.network(named: name) != nil {
      throw .plain("network with name \(name) already exists")
    }
    let overlay = driver == "overlay"
    if overlay {
      try requireCommit(&cluster)
      // swarmkit's `validateAnnotations`, as for services.
      func isAlphanumeric(_ c: Character?) -> Bool {
        c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
      }
      let valid =
        name.count <= 63 && isAlphanumeric(name.first) && isAlphanumeric(name.last)
        && name.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" }
      if !valid { throw .invalidArgument("name must be valid as a DNS name component") }
    }
    var network = Network(
      id: overlay ? cluster.ids.objectID() : cluster.ids.containerID(), name: name, driver: driver,
      scope: overlay ? "swarm" : "local", now: cluster.now)
    network.attachable = attachable
    for pair in labels {
      let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      Label.set(kv[0], kv.count > 1 ? kv[1] : "", in: &network.labels)
    }
    if overlay {
      IPAM.configureOverlay(&network, requestedSubnet: subnet, &cluster)
    } else {
      let used = cluster.state.networks.values.filter { $0.driver == "bridge" }.count
      network.subnet = subnet ?? "172.\(17 + used).0.0/16"
      network.gateway = IPAM.networkBase(network.subnet!) + ".1"
    }
    cluster.state.networks[network.id] = network
    return network
  }

  /// `docker network rm`: refused for the engine's own networks and while a service uses
  /// the network (swarmkit names the service with the lowest ID, as its store is ordered by ID).
  public static func removeNetwork(_ ref: String, _ cluster: inout Cluster) throws(ControlError) {
    let network = try cluster.state.resolveNetwork(ref)
    if ["bridge", "host", "none"].contains(network.name) {
      throw .plain("\(network.name) is a pre-defined network and cannot be removed")
    }
    if network.name == "docker_gwbridge",
      cluster.state.containers.values.contains(where: {
        $0.isRunning && $0.nodeID == cluster.currentMachine
      })
    {
      throw .plain(
        "error while removing network: network docker_gwbridge id \(network.id) has active endpoints"
      )
    }
    let users = cluster.state.services.values.filter { service in
      service.spec.template.networks.contains(network.id)
        || (network.isIngress && service.spec.ports.contains { $0.publishMode == "ingress" })
    }
    if let user = users.min(by: { $0.id < $1.id }) {
      if network.isIngress {
        throw .plain(
          "rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service \(user.id) depends on it"
        )
      }
      throw .failedPrecondition("network \(network.id) is in use by service \(user.id)")
    }
    if let container = standaloneUser(of: network.id, cluster.state) {
      throw .failedPrecondition(
        "network \(network.id) is in use by task \(container.standalone?.attachmentTaskID ?? container.id)"
      )
    }
    if network.scope == "swarm" { try requireCommit(&cluster) }
    cluster.state.networks[network.id] = nil
    cluster.state.networking.loadBalancers.removeAll { $0.networkID == network.id }
  }
}
