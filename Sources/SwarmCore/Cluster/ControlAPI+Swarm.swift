/// Swarm membership: init, join tokens, leave. Mirrors moby's `daemon/cluster` entry points.
public enum ControlAPI {}

extension ControlAPI {
  /// `docker swarm init`: the current machine becomes the only node, a manager and leader;
  /// the ingress network and `docker_gwbridge` appear.
  @discardableResult
  public static func initSwarm(advertiseAddress: String? = nil, _ cluster: inout Cluster)
    throws(ControlError) -> Node
  {
    guard cluster.localNode == nil else { throw .alreadyInSwarm }
    guard !cluster.state.isActive else {
      // A second, separate swarm would need a second cluster database: not simulated.
      throw .plain(
        "swarmlab: SwarmLab simulates one swarm and it already exists; join it with the command 'docker swarm join-token worker' prints on a manager"
      )
    }
    let now = cluster.now
    let swarm = SwarmInfo(
      clusterID: cluster.ids.objectID(), now: now, caDigest: cluster.ids.base36(count: 50),
      workerSecret: cluster.ids.base36(count: 25), managerSecret: cluster.ids.base36(count: 25))
    cluster.state.swarm = swarm
    let machine = cluster.localMachine
    var node = Node(
      id: cluster.ids.objectID(), hostname: machine.name, role: .manager,
      address: advertiseAddress ?? machine.address, engineVersion: cluster.config.engineVersion,
      now: now)
    node.isLeader = true
    cluster.state.nodes[node.id] = node
    cluster.state.updateMachine(machine.name) { $0.nodeID = node.id }
    LocalNetworks.createSwarmNetworks(&cluster)
    cluster.settle()
    return node
  }

  /// `docker swarm join-token [--rotate] ROLE`.
  public static func joinToken(role: Node.Role, rotate: Bool, _ cluster: inout Cluster)
    throws(ControlError) -> String
  {
    try requireManager(cluster)
    if rotate {
      try requireCommit(&cluster)
      let secret = cluster.ids.base36(count: 25)
      if role == .worker {
        cluster.state.swarm?.workerSecret = secret
      } else {
        cluster.state.swarm?.managerSecret = secret
      }
      cluster.state.swarm?.updatedAt = cluster.now
    }
    guard let swarm = cluster.state.swarm else { throw .notInSwarm }
    return role == .worker ? swarm.workerToken : swarm.managerToken
  }

  /// `docker swarm leave [--force]`: a lone manager erases the whole swarm; any other node
  /// stays in the managers' list as `Down` (a manager also as `Unreachable`, still counted
  /// by raft) until someone runs `docker node rm`.
  public static func leaveSwarm(force: Bool, _ cluster: inout Cluster) throws(ControlError) {
    guard cluster.state.isActive, let node = cluster.localNode else { throw .notPartOfSwarm }
    let counts = Raft.managerCounts(cluster.state)
    if node.role == .manager && !force {
      // moby's daemon/cluster/swarm.go Leave, with its reachable/unreachable arithmetic.
      let unreachable = counts.total - counts.reachable
      var message =
        "You are attempting to leave the swarm on a node that is participating as a manager. "
      if counts.reachable - 1 <= unreachable {
        if counts.reachable == 1 && unreachable == 0 { throw .leaveLastManager }
        message +=
          "Removing this node leaves \(counts.reachable - 1) managers out of \(counts.total). Without a Raft quorum your swarm will be inaccessible. "
      }
      message +=
        "The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message."
      throw .plain(message)
    }
    let machine = cluster.currentMachine
    if node.role == .manager && counts.total <= 1 {
      // Erasing the last manager erases everything swarm-scoped.
      cluster.state.services = [:]
      cluster.state.tasks = [:]
      cluster.state.nodes = [:]
      cluster.state.swarm = nil
      for index in cluster.state.machines.indices { cluster.state.machines[index].nodeID = nil }
      cluster.state.containers = cluster.state.containers.filter {
        $0.value.taskID == nil || $0.value.nodeID != machine
      }
      cluster.state.networks = cluster.state.networks.filter {
        $0.value.scope == "local" && $0.value.name != "docker_gwbridge"
      }
      return
    }
    // The engine forgets the swarm and removes its task containers; the managers notice the
    // node gone (Heartbeat: Down; Raft: Unreachable, leadership handed over at once).
    cluster.state.updateMachine(machine) { $0.nodeID = nil }
    cluster.state.containers = cluster.state.containers.filter {
      $0.value.taskID == nil || $0.value.nodeID != machine
    }
    cluster.settle()
  }

  /// Throws docker's error for commands that need a manager: not in a swarm, on a worker, or
  /// on a manager while the swarm has no leader (lost quorum, or an election under way).
  public static func requireManager(_ cluster: Cluster) throws(ControlError) {
    guard cluster.state.isActive, let node = cluster.localNode else { throw .notInSwarm }
    guard node.role == .manager else { throw .workerNode }
    guard Raft.servingLeader(cluster.state) != nil else { throw .noLeader }
  }

  /// A write must be committed by a majority of managers. Right after managers power off the
  /// leader still believes it leads (reads answer), but its proposal waits for acknowledgements
  /// that never come until CheckQuorum makes it step down; then the proposal is cancelled with
  /// swarmkit's `ErrLostLeadership`. The wait passes in simulated time.
  static func requireCommit(_ cluster: inout Cluster) throws(ControlError) {
    try requireManager(cluster)
    let managers = cluster.state.nodes.values.filter { $0.role == .manager }
    let poweredOn = managers.count { node in
      cluster.state.machines.contains { $0.nodeID == node.id && $0.isRunning }
    }
    guard poweredOn * 2 <= managers.count else { return }
    _ = cluster.advance(
      until: { Raft.servingLeader($0.state) == nil }, limit: Raft.electionTimeout)
    throw .lostLeadership
  }
}

/// The engine's own networks, and the swarm-scoped ones `swarm init` adds.
enum LocalNetworks {
  static func create(on cluster: inout Cluster) {
    for (name, driver) in [("bridge", "bridge"), ("host", "host"), ("none", "null")] {
      var network = Network(
        id: hexID(&cluster), name: name, driver: driver, scope: "local", now: cluster.now)
      if name == "bridge" {
        network.subnet = "172.17.0.0/16"
        network.gateway = "172.17.0.1"
      }
      cluster.state.networks[network.id] = network
    }
  }

  static func createSwarmNetworks(_ cluster: inout Cluster) {
    var gwbridge = Network(
      id: hexID(&cluster), name: "docker_gwbridge", driver: "bridge", scope: "local",
      now: cluster.now)
    gwbridge.subnet = "172.18.0.0/16"
    gwbridge.gateway = "172.18.0.1"
    cluster.state.networks[gwbridge.id] = gwbridge
    var ingress = Network(
      id: cluster.ids.objectID(), name: "ingress", driver: "overlay", scope: "swarm",
      now: cluster.now)
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
  public static func updateSwarm(taskHistoryLimit: Int?, _ cluster: inout Cluster)
    throws(ControlError)
  {
    try requireCommit(&cluster)
    if let taskHistoryLimit { cluster.state.swarm?.taskHistoryLimit = taskHistoryLimit }
    cluster.state.swarm?.updatedAt = cluster.now
    cluster.settle()
  }
}
