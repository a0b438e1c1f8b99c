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
    // The rebuilt table gives its tasks other handles: the two are compared by task ID.
    guard byID(cluster.state.tasks) == fresh.byID(copy.state.tasks),
      entries.count(where: { $0 != nil }) == cluster.state.tasks.count,
      usedSlots.count == fresh.usedSlots.count,
      nodeTasks == fresh.nodeTasks, serviceNodeTasks == fresh.serviceNodeTasks,
      // Without tasks the nodes' check may wait (nothing depends on it).
      cluster.state.tasks.isEmpty || workingNodes == fresh.workingNodes
    else { return false }
    guard agentDeadlines.count == fresh.agentDeadlines.count,
      restartDeadlines.count == fresh.restartDeadlines.count,
      agentDeadlines.earliest == Agent.scanNextDeadline(cluster),
      restartDeadlines.earliest == Orchestrator.scanNextDeadline(cluster)
    else { return false }
    for (id, slots) in fresh.services {
      guard let mine = services[id] else { return false }
      var theirs = slots
      if let replicas = mine.replicas { theirs.resize(replicas: replicas) }
      theirs.globalTasks = []
      var compared = mine
      compared.globalTasks = []
      guard compared == theirs,
        tasks(mine.globalTasks, cluster.state).map(\.id)
          == fresh.tasks(slots.globalTasks, copy.state).map(\.id)
      else { return false }
    }
    return true
  }

  /// What the index says of each task, by ID: its entry, its slot's tasks, its memberships
  /// and deadlines.
  private struct TaskFacts: Equatable {
    var slot: SlotKey?
    var loadNode: String?
    var runnable: Bool?
    var state: TaskState?
    var reapableEntry: Bool?
    var deadWanted: Bool?
    var slotTasks: [String]
    var fresh, pending, reapable: Bool
    var agentDeadline, restartDeadline: SimTime?
  }

  private func byID(_ table: TaskTable) -> [String: TaskFacts] {
    var facts: [String: TaskFacts] = [:]
    for position in table.values.indices {
      let handle = table.handle(at: position)
      let entry = handle < entries.count ? entries[handle] : nil
      facts[table.keys[position]] = TaskFacts(
        slot: entry.map { slotKeys[$0.slot] },
        loadNode: entry.flatMap { $0.loadNode >= 0 ? nodeNames[$0.loadNode] : nil },
        runnable: entry?.runnable, state: entry?.state, reapableEntry: entry?.reapable,
        deadWanted: entry?.deadWanted,
        slotTasks: (entry.map { slotTasks[$0.slot].handles } ?? []).map {
          table.position(ofHandle: $0).map { table.keys[$0] } ?? "gone"
        },
        fresh: fresh.contains(handle), pending: pending.contains(handle),
        reapable: reapable.contains(handle),
        agentDeadline: agentDeadlines.deadline(of: handle),
        restartDeadline: restartDeadlines.deadline(of: handle))
    }
    return facts
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
