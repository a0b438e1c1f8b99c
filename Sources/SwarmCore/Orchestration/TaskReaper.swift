/// Deletes what the swarm no longer needs to remember: tasks of removed services and of
/// retired slots once they stopped, and, per slot, history beyond the retention limit
/// (swarmkit's task reaper; the limit counts the current task, so 1 current + 4 old).
///
/// It looks only at what changed (the task index's stopped, unwanted tasks and changed
/// slots), and deletes in one batch per pass: removing from an ordered table shifts everything
/// after the entry, so one at a time would make `service scale big=0` quadratic.
enum TaskReaper {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard let limit = cluster.state.swarm?.taskHistoryLimit else { return false }
    cluster.refreshTaskIndex()
    var doomed: Set<String> = []
    for position in TaskIndex.positions(of: cluster.taskIndex.reapable.elements, cluster.state) {
      doomed.insert(cluster.state.tasks.keys[position])
    }
    var slots = cluster.taskIndex.reapSlots.elements
    cluster.taskIndex.reapSlots = DenseSet()
    if limit != cluster.taskIndex.reapedLimit {
      // A new limit (`swarm update --task-history-limit`): every slot is weighed again.
      cluster.taskIndex.reapedLimit = limit
      slots = cluster.taskIndex.usedSlots
    }
    if limit >= 0 {
      // Each slot is decided on its own, so the set's order does not matter.
      for slot in slots {
        guard cluster.taskIndex.slotTasks[slot].count > limit else { continue }
        let handles = cluster.taskIndex.slotTasks[slot].handles
        let group = cluster.taskIndex.tasks(
          handles.filter { !cluster.taskIndex.reapable.contains($0) }, cluster.state)
        guard group.count > limit else { continue }
        let old = group.filter { $0.status.state.isTerminal || $0.desiredState > .running }
          .sorted { ($0.status.timestamp, $0.createdAt) < ($1.status.timestamp, $1.createdAt) }
        for task in old.prefix(group.count - limit) where task.status.state.isTerminal {
          doomed.insert(task.id)
        }
      }
    }
    guard !doomed.isEmpty else { return false }
    var containers: Set<String> = []
    for id in doomed {
      if let cid = cluster.state.tasks[id]?.containerID { containers.insert(cid) }
    }
    if !containers.isEmpty {
      cluster.state.containers.removeAll { containers.contains($0.key) }
      VolumeMounts.release(containerIDs: containers, &cluster)
    }
    cluster.state.tasks.remove(doomed)
    return true
  }
}
