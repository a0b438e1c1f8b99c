/// Node administration: availability, role and labels, removal.
extension ControlAPI {
  /// Applies a change to a node's spec (availability, role, labels); the orchestrator reacts
  /// (a drained node's tasks move away).
  public static func updateNode(_ id: String, _ cluster: inout Cluster, change: (inout Node) -> Void) throws(ControlError) {
    try requireManager(cluster)
    guard var node = cluster.state.nodes[id] else { throw .notFound(kind: "node", ref: id) }
    change(&node)
    node.updatedAt = cluster.now
    cluster.state.nodes[id] = node
    cluster.settle()
  }

  public static func removeNode(_ id: String, _ cluster: inout Cluster) throws(ControlError) {
    try requireManager(cluster)
    guard cluster.state.nodes[id] != nil else { throw .notFound(kind: "node", ref: id) }
    cluster.state.nodes[id] = nil
    for task in cluster.state.tasks.values where task.nodeID == id && !task.status.state.isTerminal {
      cluster.state.tasks[task.id]?.setStatus(
        .orphaned, message: "Task belonged to a node that has been deleted", now: cluster.now)
    }
    cluster.settle()
  }
}
