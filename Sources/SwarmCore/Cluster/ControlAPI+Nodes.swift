/// Node administration: availability, role and labels, removal (swarmkit
/// `manager/controlapi/node.go`, including its raft-membership checks).
extension ControlAPI {
  /// Applies a change to a node's spec (availability, role, labels); the orchestrator reacts
  /// (a drained node's tasks move away). Demotions that would leave no manager or lose the
  /// raft quorum are refused.
  public static func updateNode(
    _ id: String, _ cluster: inout Cluster, change: (inout Node) -> Void
  ) throws(ControlError) {
    try requireCommit(&cluster)
    guard var node = cluster.state.nodes[id] else { throw .notFound(kind: "node", ref: id) }
    let before = node
    change(&node)
    if before.role == .manager && node.role == .worker {
      try checkCanDemote(before, cluster.state)
      node.isLeader = false
      node.managerReachable = true
    }
    node.updatedAt = cluster.now
    cluster.state.nodes[id] = node
    cluster.settle()
  }

  /// `attempting to demote the last manager of the swarm`, or the loss-of-quorum refusal.
  static func checkCanDemote(_ node: Node, _ state: ClusterState) throws(ControlError) {
    let counts = Raft.managerCounts(state)
    guard counts.total > 1 else {
      throw .failedPrecondition("attempting to demote the last manager of the swarm")
    }
    let reachableAfter = counts.reachable - (node.managerReachable ? 1 : 0)
    guard reachableAfter * 2 > counts.total - 1 else {
      throw .failedPrecondition(
        "can't remove member from the raft: this would result in a loss of quorum")
    }
  }

  /// `docker node rm [--force]`: managers must be demoted first; a node that is not down
  /// needs `--force`. Its tasks are orphaned and its engine drops out of the swarm.
  public static func removeNode(_ id: String, force: Bool = false, _ cluster: inout Cluster)
    throws(ControlError)
  {
    try requireCommit(&cluster)
    guard let node = cluster.state.nodes[id] else { throw .notFound(kind: "node", ref: id) }
    if node.role == .manager {
      throw .failedPrecondition(
        "node \(id) is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal"
      )
    }
    if !force && node.state == .ready {
      throw .failedPrecondition("node \(id) is not down and can't be removed")
    }
    cluster.state.nodes[id] = nil
    for machine in cluster.state.machines where machine.nodeID == id {
      cluster.state.updateMachine(machine.name) { $0.nodeID = nil }
    }
    for task in cluster.state.tasks.values where task.nodeID == id && !task.status.state.isTerminal
    {
      cluster.state.tasks[task.id]?.setStatus(
        .orphaned, message: "Task belonged to a node that has been deleted", now: cluster.now)
    }
    cluster.settle()
  }
}
