/// Deletes what the swarm no longer needs to remember: tasks of removed services and of
/// retired slots once they stopped, and, per slot, history beyond the retention limit
/// (swarmkit's task reaper; the limit counts the current task, so 1 current + 4 old).
enum TaskReaper {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard let limit = cluster.state.swarm?.taskHistoryLimit else { return false }
    // Only stopped tasks are ever deleted; most passes (a service starting) have none, and a
    // field-by-field scan costs far less than grouping 10,000 tasks.
    let tasks = cluster.state.tasks.values
    guard tasks.indices.contains(where: { tasks[$0].status.state.isTerminal }) else { return false }
    var doomed: [String] = []
    var groups: [String: [SwarmTask]] = [:]
    var keys: [String] = []
    for task in cluster.state.tasks.values {
      if task.desiredState >= .remove && task.status.state.isTerminal {
        doomed.append(task.id)
        continue
      }
      if cluster.state.services[task.serviceID] == nil && task.status.state.isTerminal {
        doomed.append(task.id)
        continue
      }
      let key = task.serviceID + "/" + (task.slot > 0 ? String(task.slot) : task.nodeID ?? "")
      if groups[key] == nil { keys.append(key) }
      groups[key, default: []].append(task)
    }
    if limit >= 0 {
      for key in keys {
        guard let group = groups[key], group.count > limit else { continue }
        let old = group.filter { $0.status.state.isTerminal || $0.desiredState > .running }
          .sorted { ($0.status.timestamp, $0.createdAt) < ($1.status.timestamp, $1.createdAt) }
        doomed += old.prefix(group.count - limit).filter { $0.status.state.isTerminal }.map(\.id)
      }
    }
    guard !doomed.isEmpty else { return false }
    for id in doomed {
      if let cid = cluster.state.tasks[id]?.containerID {
        cluster.state.containers[cid] = nil
        VolumeMounts.release(containerID: cid, &cluster)
      }
      cluster.state.tasks[id] = nil
    }
    return true
  }
}
