/// Deletes what the swarm no longer needs to remember: tasks of removed services and of
/// retired slots once they stopped, and, per slot, history beyond the retention limit
/// (swarmkit's task reaper; the limit counts the current task, so 1 current + 4 old).
///
/// Deletions happen in one batch per pass: removing from an ordered table shifts everything
/// after the entry, so one at a time would make `service scale big=0` quadratic.
enum TaskReaper {
  /// A slot of a replicated service, or a node's task of a global one.
  private struct SlotKey: Hashable {
    var serviceID: String
    var slot: Int
    var nodeID: String?

    init(_ task: SwarmTask) {
      serviceID = task.serviceID
      slot = task.slot
      nodeID = task.slot > 0 ? nil : task.nodeID
    }
  }

  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard let limit = cluster.state.swarm?.taskHistoryLimit else { return false }
    let tasks = cluster.state.tasks.values
    // Only stopped tasks are ever deleted, and only slots holding one can exceed the limit.
    var doomed: Set<String> = []
    var candidates: Set<SlotKey> = []
    for index in tasks.indices where tasks[index].status.state.isTerminal {
      if tasks[index].desiredState >= .remove
        || cluster.state.services[tasks[index].serviceID] == nil
      {
        doomed.insert(tasks[index].id)
      } else if limit >= 0 {
        candidates.insert(SlotKey(tasks[index]))
      }
    }
    if !candidates.isEmpty {
      // Counted first: after an update every slot holds history, but few exceed the limit.
      var sizes: [SlotKey: Int] = [:]
      for index in tasks.indices where !doomed.contains(tasks[index].id) {
        let key = SlotKey(tasks[index])
        if candidates.contains(key) { sizes[key, default: 0] += 1 }
      }
      candidates = candidates.filter { sizes[$0, default: 0] > limit }
    }
    if !candidates.isEmpty {
      var groups: [SlotKey: [SwarmTask]] = [:]
      for index in tasks.indices where !doomed.contains(tasks[index].id) {
        let key = SlotKey(tasks[index])
        if candidates.contains(key) { groups[key, default: []].append(tasks[index]) }
      }
      // Each group is decided on its own, so the dictionary's order does not matter.
      for group in groups.values where group.count > limit {
        let old = group.filter { $0.status.state.isTerminal || $0.desiredState > .running }
          .sorted { ($0.status.timestamp, $0.createdAt) < ($1.status.timestamp, $1.createdAt) }
        for task in old.prefix(group.count - limit) where task.status.state.isTerminal {
          doomed.insert(task.id)
        }
      }
    }
    guard !doomed.isEmpty else { return false }
    var containers: Set<String> = []
    for index in tasks.indices where doomed.contains(tasks[index].id) {
      if let cid = tasks[index].containerID { containers.insert(cid) }
    }
    if !containers.isEmpty {
      cluster.state.containers.removeAll { containers.contains($0.key) }
      VolumeMounts.release(containerIDs: containers, &cluster)
    }
    cluster.state.tasks.removeAll { doomed.contains($0.key) }
    return true
  }
}
