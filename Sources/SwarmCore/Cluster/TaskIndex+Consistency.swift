/// The check that keeps the task index honest: in debug builds every settle compares it with
/// an index built afresh from the table (and the components' deadlines with a scan), so any
/// write that bypassed the change log fails the test suite instead of drifting silently.
extension TaskIndex {
  /// Above this many tasks the check is skipped (it rebuilds everything, every settle).
  static let consistencyCheckLimit = 5_000

  func isConsistent(with cluster: Cluster) -> Bool {
    guard cluster.state.tasks.count <= Self.consistencyCheckLimit else { return true }
    var copy = cluster
    copy.state.tasks = TaskTable(copy.state.tasks.values.map { ($0.id, $0) })
    var fresh = TaskIndex()
    fresh.refresh(&copy, checkNodes: true)
    guard entries == fresh.entries, slotTasks == fresh.slotTasks,
      nodeTasks == fresh.nodeTasks, serviceNodeTasks == fresh.serviceNodeTasks,
      self.fresh == fresh.fresh, pending == fresh.pending, reapable == fresh.reapable,
      deadWanted == fresh.deadWanted,
      workingNodes == fresh.workingNodes
    else { return false }
    for task in cluster.state.tasks.values {
      guard agentDeadlines.deadline(of: task.id) == fresh.agentDeadlines.deadline(of: task.id),
        restartDeadlines.deadline(of: task.id) == fresh.restartDeadlines.deadline(of: task.id)
      else { return false }
    }
    guard agentDeadlines.count == fresh.agentDeadlines.count,
      restartDeadlines.count == fresh.restartDeadlines.count,
      agentDeadlines.earliest == Agent.scanNextDeadline(cluster),
      restartDeadlines.earliest == Orchestrator.scanNextDeadline(cluster)
    else { return false }
    for (id, slots) in fresh.services {
      guard let mine = services[id] else { return false }
      var theirs = slots
      if let replicas = mine.replicas { theirs.resize(replicas: replicas) }
      guard mine == theirs else { return false }
    }
    return true
  }
}

extension TaskTable {
  /// A table holding these tasks, indexed from scratch by whoever reads it next.
  init(_ elements: [(String, SwarmTask)]) {
    self.init()
    for (id, task) in elements { self[id] = task }
    removeAllChangesAsReplaced()
  }
}
