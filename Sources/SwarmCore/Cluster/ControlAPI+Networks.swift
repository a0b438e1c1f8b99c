/// Network lifecycle: overlays are swarm-scoped and need a manager; local bridges do not.
extension ControlAPI {
  @discardableResult
  public static func createNetwork(
    name: String, driver: String, attachable: Bool, subnet: String?, labels: [String], _ cluster: inout Cluster
  ) throws(ControlError) -> Network {
    if cluster.state.network(named: name) != nil {
      throw .plain("network with name \(name) already exists")
    }
    let overlay = driver == "overlay"
    if overlay { try requireManager(cluster) }
    var network = Network(
      id: overlay ? cluster.ids.objectID() : cluster.ids.containerID(), name: name, driver: driver,
      scope: overlay ? "swarm" : "local", now: cluster.now)
    network.attachable = attachable
    for pair in labels {
      let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
      Label.set(kv[0], kv.count > 1 ? kv[1] : "", in: &network.labels)
    }
    if overlay {
      let used = cluster.state.networks.values.filter { $0.scope == "swarm" }.count
      if let subnet {
        network.subnet = subnet
        let base = subnet.split(separator: "/")[0].split(separator: ".").prefix(3).joined(separator: ".")
        network.gateway = base + ".1"
      } else {
        (network.subnet, network.gateway) = IPAM.subnet(index: used)
      }
      network.vxlanID = 4096 + used
    } else {
      let used = cluster.state.networks.values.filter { $0.driver == "bridge" }.count
      network.subnet = subnet ?? "172.\(17 + used).0.0/16"
      network.gateway = "172.\(17 + used).0.1"
    }
    cluster.state.networks[network.id] = network
    return network
  }

  public static func removeNetwork(_ ref: String, _ cluster: inout Cluster) throws(ControlError) {
    guard let network = try? cluster.state.resolveNetwork(ref) else {
      throw .plain("No such network: \(ref)")
    }
    if ["bridge", "host", "none"].contains(network.name) {
      throw .plain("\(network.name) is a pre-defined network and cannot be removed")
    }
    if let user = cluster.state.services.values.first(where: { $0.spec.template.networks.contains(network.id) }) {
      throw .failedPrecondition("network \(network.id) is in use by service \(user.id)")
    }
    cluster.state.networks[network.id] = nil
  }
}
