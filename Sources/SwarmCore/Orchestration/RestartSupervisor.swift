/// swarmkit's restart supervisor for a task that stopped while another task of its slot still
/// runs (a start-first update's new task failing next to the old one): the dead task's desired
/// state becomes Shutdown and, as its restart policy says, a replacement of the service's
/// current spec waits out the restart delay. Checked on a real 20.10 swarm: after a failed
/// start-first update the failed task reads `Shutdown / Failed`, and its replacement (of the
/// failed spec) is stopped by the rollback before it starts, or restarts in a loop next to the
/// old task when the update pauses. A slot with no runnable task is the orchestrator's own
/// `reconcileSlot`, which applies the same policy through `plan(for:slotTasks:)`.
enum RestartSupervisor {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard !cluster.taskIndex.newlyDead.isEmpty else { return false }
    // A dead task found in a slot no runnable task holds is `reconcileSlot`'s, which retires
    // it when it refills the slot; nothing else covers such a slot, so it needs no second look.
    let dead = cluster.taskIndex.newlyDead
    cluster.taskIndex.newlyDead = DenseSet()
    let index = cluster.taskIndex
    let now = cluster.now
    var covered: [String] = []
    for task in index.tasks(dead.elements, cluster.state) {
      guard task.desiredState <= .running,
        task.status.state.isTerminal, let service = cluster.state.services[task.serviceID]
      else { continue }
      // A retired slot is the orchestrator's to remove, not to refill.
      if case .replicated(let replicas) = service.spec.mode, task.slot > replicas { continue }
      let key = SlotKey(task)
      if index.tasks(in: key, cluster.state).contains(where: \.isRunnable) {
        covered.append(task.id)
      }
    }
    guard !covered.isEmpty else { return false }
    for id in TaskIndex.inTableOrder(covered, cluster.state) {
      guard let dead = cluster.state.tasks[id], let service = cluster.state.services[dead.serviceID]
      else { continue }
      let slotTasks = cluster.taskIndex.tasks(in: SlotKey(dead), cluster.state)
      cluster.state.tasks[id]?.desiredState = .shutdown
      cluster.state.tasks[id]?.updatedAt = now
      guard let plan = plan(for: dead, slotTasks: slotTasks) else { continue }
      var replacement = SwarmTask(
        id: cluster.ids.objectID(), serviceID: service.id, slot: dead.slot,
        nodeID: dead.slot == 0 ? dead.nodeID : nil, spec: service.spec,
        specVersion: service.version, desiredState: .ready, now: now)
      replacement.restartAt = plan.at
      replacement.rejectedInARow = plan.rejectedInARow
      cluster.state.tasks[replacement.id] = replacement
    }
    return true
  }

  /// Whether `dead`'s restart policy replaces it (swarmkit's `ShouldRestart`) and when the
  /// replacement may start; `slotTasks` are the slot's tasks before `dead` was retired.
  static func plan(for dead: SwarmTask, slotTasks: [SwarmTask]) -> (
    at: SimTime, rejectedInARow: Int
  )? {
    let policy = dead.template.restart
    let failed = dead.status.state == .failed || dead.status.state == .rejected
    switch policy.condition {
    case .none: return nil
    case .onFailure where !failed: return nil
    default: break
    }
    if policy.maxAttempts > 0 {
      let attempts = slotTasks.count { $0.status.state.isTerminal && $0.desiredState >= .shutdown }
      if attempts > policy.maxAttempts { return nil }
    }
    let rejectedInARow = dead.status.state == .rejected ? dead.rejectedInARow + 1 : 0
    let at =
      max(dead.status.timestamp, dead.restartAt ?? dead.status.timestamp)
      + Orchestrator.retryDelay(policy.delay, rejectedInARow: rejectedInARow)
    return (at, rejectedInARow)
  }
}
