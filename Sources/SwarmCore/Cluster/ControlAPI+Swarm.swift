/// Swarm membership: init, join tokens, leave. Mirrors moby's `daemon/cluster` entry points.
public enum ControlAPI {}

extension ControlAPI {
  /// `docker swarm init`: the current machine becomes the only node, a manager and leader;
  /// the ingress network and `docker_gwbridge` appear.
  @discardableResult
  public static func initSwarm(advertiseAddress: String? = nil, _ cluster: inout Cluster) throws(ControlError) -> Node {
    guard !cluster.state.isActive else { throw .alreadyInSwarm }
    let now = cluster.now
    let swarm = SwarmInfo(
      clusterID: cluster.ids.objectID(), now: now, caDigest: cluster.ids.base36(count: 50),
      workerSecret: cluster.ids.base36(count: 25), managerSecret: cluster.ids.base36(count: 25))
    cluster.state.swarm = swarm
    let machine = cluster.localMachine
    var node = Node(
      id: cluster.ids.objectID(), hostname: machine.name, role: .manager,
      address: advertiseAddress ?? machine.address, engineVersion: cluster.config.engineVersion, now: now)
    node.isLeader = true
    cluster.state.nodes[node.id] = node
    LocalNetworks.createSwarmNetworks(&cluster)
    cluster.settle()
    return node
  }

  /// `docker swarm join-token [--rotate] ROLE`.
  public static func joinToken(role: Node.Role, rotate: Bool, _ cluster: inout Cluster) throws(ControlError) -> String {
    try requireManager(cluster)
    if rotate {
      let secret = cluster.ids.base36(count: 25)
      if role == .worker { cluster.state.swarm?.workerSecret = secret } else { cluster.state.swarm?.managerSecret = secret }
      cluster.state.swarm?.updatedAt = cluster.now
    }
    guard let swarm = cluster.state.swarm else { throw .notInSwarm }
    return role == .worker ? swarm.workerToken : swarm.managerToken
  }

  /// `docker swarm leave [--force]`: a lone manager erases the whole swarm.
  public static func leaveSwarm(force: Bool, _ cluster: inout Cluster) throws(ControlError) {
    guard cluster.state.isActive, let node = cluster.localNode else { throw .notPartOfSwarm }
    if node.role == .manager && !force {
      let managers = cluster.state.nodes.values.filter { $0.role == .manager }
      if managers.count <= 1 { throw .leaveLastManager }
      throw .plain(
        "You are attempting to leave the swarm on a node that is participating as a manager. Removing this node leaves \(managers.count - 1) managers out of \(managers.count). Without a Raft quorum your swarm will be inaccessible. The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.")
    }
    let managers = cluster.state.nodes.values.filter { $0.role == .manager }
    if node.role == .manager && managers.count <= 1 {
      // Erasing the last manager erases everything swarm-scoped.
      let machine = cluster.currentMachine
      cluster.state.services = [:]
      cluster.state.tasks = [:]
      cluster.state.nodes = [:]
      cluster.state.swarm = nil
      cluster.state.containers = cluster.state.containers.filter { $0.value.taskID == nil || $0.value.nodeID != machine }
      cluster.state.networks = cluster.state.networks.filter { $0.value.scope == "local" && $0.value.name != "docker_gwbridge" }
    } else {
      cluster.state.nodes[node.id]?.state = .down
      for task in cluster.state.tasks.values where task.nodeID == node.id {
        if let cid = task.containerID { cluster.state.containers[cid] = nil }
      }
      cluster.state.nodes[node.id] = nil
    }
  }

  /// Throws docker's error for commands that need a manager.
  public static func requireManager(_ cluster: Cluster) throws(ControlError) {
    guard cluster.state.isActive, let node = cluster.localNode else { throw .notInSwarm }
    guard node.role == .manager else { throw .workerNode }
  }
}

/// The engine's own networks, and the swarm-scoped ones `swarm init` adds.
enum LocalNetworks {
  static func create(on cluster: inout Cluster) {
    for (name, driver) in [("bridge", "bridge"), ("host", "host"), ("none", "null")] {
      var network = Network(id: hexID(&cluster), name: name, driver: driver, scope: "local", now: cluster.now)
      if name == "bridge" {
        network.subnet = "172.17.0.0/16"
        network.gateway = "172.17.0.1"
      }
      cluster.state.networks[network.id] = network
    }
  }

  static func createSwarmNetworks(_ cluster: inout Cluster) {
    var gwbridge = Network(id: hexID(&cluster), name: "docker_gwbridge", driver: "bridge", scope: "local", now: cluster.now)
    gwbridge.subnet = "172.18.0.0/16"
    gwbridge.gateway = "172.18.0.1"
    cluster.state.networks[gwbridge.id] = gwbridge
    var ingress = Network(id: cluster.ids.objectID(), name: "ingress", driver: "overlay", scope: "swarm", now: cluster.now)
    ingress.isIngress = true
    cluster.state.networking = NetworkingState()
    IPAM.configureOverlay(&ingress, requestedSubnet: nil, &cluster)
    cluster.state.networks[ingress.id] = ingress
  }

  /// Local networks get 64-hex IDs like containers; overlays get swarm object IDs.
  private static func hexID(_ cluster: inout Cluster) -> String { cluster.ids.containerID() }
}

extension ControlAPI {
  /// `docker swarm update` / `init --task-history-limit`.
  public static func updateSwarm(taskHistoryLimit: Int?, _ cluster: inout Cluster) throws(ControlError) {
    try requireManager(cluster)
    if let taskHistoryLimit { cluster.state.swarm?.taskHistoryLimit = taskHistoryLimit }
    cluster.state.swarm?.updatedAt = cluster.now
    cluster.settle()
  }
}
