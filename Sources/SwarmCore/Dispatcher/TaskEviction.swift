/// swarmkit's replicated orchestrator reacting to an invalid node (down, or drained): each
/// replicated task there is told to shut down and its slot gets a replacement through the
/// restart supervisor. On a drained node the replacement starts at once; on a down node it
/// waits the restart delay. Global services are the orchestrator's own business (it stops
/// global tasks on ineligible nodes).
enum TaskEviction {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard cluster.state.isActive else { return false }
    var changed = false
    let now = cluster.now
    // Usually no node is down or drained, and then there is nothing to look at.
    var invalid: Set<String> = []  // looked up, never iterated
    for node in cluster.state.nodes.values where node.state == .down || node.availability == .drain
    {
      invalid.insert(node.id)
    }
    guard !invalid.isEmpty else { return false }
    // Fields read in place (this runs on every pass); replacements are appended after the
    // tasks examined.
    let count = cluster.state.tasks.count
    for index in 0..<count
    where cluster.state.tasks.values[index].slot > 0
      && cluster.state.tasks.values[index].isRunnable
      && invalid.contains(cluster.state.tasks.values[index].nodeID ?? "")
    {
      let task = cluster.state.tasks.values[index]
      guard let nodeID = task.nodeID, let node = cluster.state.nodes[nodeID],
        node.state == .down || node.availability == .drain,
        let service = cluster.state.services[task.serviceID], service.spec.replicas != nil
      else { continue }
      cluster.state.tasks[task.id]?.desiredState = .shutdown
      cluster.state.tasks[task.id]?.updatedAt = now
      var replacement = SwarmTask(
        id: cluster.ids.objectID(), serviceID: service.id, slot: task.slot, nodeID: nil,
        spec: service.spec, specVersion: service.version, desiredState: .ready,
        now: now)
      // "Restart delay is not applied to drained nodes" (swarmkit restart supervisor).
      replacement.restartAt =
        node.availability == .drain ? now : now + service.spec.template.restart.delay
      cluster.state.tasks[replacement.id] = replacement
      changed = true
    }
    return changed
  }
}
