/// Keeps every service at its desired shape: one runnable task per replicated slot (or per
/// eligible node for global services), restarting failed tasks after the restart delay and
/// retiring surplus slots. Mirrors swarmkit's replicated/global orchestrators and restart
/// supervisor (`RestartSupervisor` for a dead task whose slot still runs another); rolling
/// replacement of stale tasks is the `Updater`'s job.
enum Orchestrator {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard cluster.state.isActive else { return false }
    cluster.refreshTaskIndex()
    var changed = RestartSupervisor.reconcile(&cluster)
    if changed { cluster.refreshTaskIndex() }
    let now = cluster.now
    for service in cluster.state.services.values {
      switch service.spec.mode {
      case .replicated(let replicas):
        cluster.taskIndex.resize(service.id, replicas: replicas)
        guard let slots = cluster.taskIndex.serviceSlots(service.id) else { continue }
        cluster.state.tasks.reserveCapacity(adding: slots.uncovered.count)
        // A slot holding a runnable task needs nothing (reconcileSlot would return at once).
        for slot in slots.uncovered.elements {
          let key = SlotKey(serviceID: service.id, slot: .replica(slot))
          let tasks = cluster.taskIndex.tasks(in: key, cluster.state)
          changed = reconcileSlot(&cluster, service, tasks, slot: slot, node: nil) || changed
        }
        for slot in slots.surplus.elements {
          let key = SlotKey(serviceID: service.id, slot: .replica(slot))
          for task in cluster.taskIndex.tasks(in: key, cluster.state)
          where task.desiredState < .remove {
            cluster.state.tasks[task.id]?.desiredState = .remove
            cluster.state.tasks[task.id]?.updatedAt = now
            changed = true
          }
        }
      case .global:
        let constraints = service.spec.template.placementConstraints
        let eligible = cluster.state.nodes.values.filter {
          $0.acceptsTasks && Placement.satisfies($0, constraints)
        }
        let index = cluster.taskIndex
        for node in eligible {
          let key = SlotKey(serviceID: service.id, slot: .node(node.id))
          let tasks = index.tasks(in: key, cluster.state)
          changed = reconcileSlot(&cluster, service, tasks, slot: 0, node: node.id) || changed
        }
        // A paused (or down) node keeps its task, as swarmkit's global orchestrator does; only
        // draining, leaving or failing the constraints stops it.
        var keepers: Set<String> = []  // looked up, never iterated
        for node in cluster.state.nodes.values
        where node.availability != .drain && Placement.satisfies(node, constraints) {
          keepers.insert(node.id)
        }
        let globalTasks = index.tasks(
          index.serviceSlots(service.id)?.globalTasks ?? [], cluster.state)
        for task in globalTasks {
          guard task.desiredState <= .running,
            !keepers.contains(task.nodeID ?? "")
          else { continue }
          cluster.state.tasks[task.id]?.desiredState = .shutdown
          cluster.state.tasks[task.id]?.updatedAt = now
          changed = true
        }
      }
    }
    changed = promoteRestarts(&cluster) || changed
    cluster.taskIndex.forgetRemovedServices(cluster.state)
    return changed
  }

  /// Makes sure a slot has one runnable task; replaces a dead one per the restart policy.
  private static func reconcileSlot(
    _ cluster: inout Cluster, _ service: Service, _ tasks: [SwarmTask], slot: Int, node: String?
  ) -> Bool {
    let now = cluster.now
    let live = tasks.filter { $0.desiredState <= .running }
    if live.contains(where: { !$0.status.state.isTerminal }) { return false }
    // Every task wanted in this slot has died (or none ever existed).
    var restartAt: SimTime?
    var rejectedInARow = 0
    if let dead = live.max(by: { $0.createdAt < $1.createdAt }) {
      // A restarted task that died before its own delay ended (a rejected image) holds the
      // slot until then, so a failing slot is retried once per delay, as swarmkit does.
      if let pending = dead.restartAt, pending > now { return false }
      for task in live {
        cluster.state.tasks[task.id]?.desiredState = .shutdown
        cluster.state.tasks[task.id]?.updatedAt = now
      }
      guard let plan = RestartSupervisor.plan(for: dead, slotTasks: tasks) else { return true }
      rejectedInARow = plan.rejectedInARow
      restartAt = plan.at
    }
    var task = SwarmTask(
      id: cluster.ids.objectID(), serviceID: service.id, slot: slot, nodeID: node,
      spec: service.spec, specVersion: service.version,
      desiredState: restartAt == nil ? .running : .ready, now: now)
    task.restartAt = restartAt
    task.rejectedInARow = rejectedInARow
    cluster.state.tasks[task.id] = task
    return true
  }

  /// Rejections in a row that are retried at the policy's delay, as swarmkit does.
  static let rejectionsAtFullPace = 12

  /// The delay before retrying a slot. After `rejectionsAtFullPace` rejections in a row (an
  /// image that does not exist) SwarmLab doubles it each time, where swarmkit keeps the
  /// delay: the first minute looks the same, and a long `sleep` costs a few dozen retries
  /// instead of one every five seconds.
  static func retryDelay(_ delay: SimDuration, rejectedInARow: Int) -> SimDuration {
    let doublings = min(max(rejectedInARow - rejectionsAtFullPace, 0), 40)
    return delay * (Int64(1) << Int64(doublings))
  }

  /// Lets restarted tasks run once their restart delay has passed.
  private static func promoteRestarts(_ cluster: inout Cluster) -> Bool {
    cluster.refreshTaskIndex()
    // In ID order, as the queue once gave them (each is promoted on its own, but the order
    // of the writes is the order the index learns of them).
    let due = cluster.taskIndex.restartDeadlines.takeDue(cluster.now)
      .compactMap {
        cluster.state.tasks.position(ofHandle: $0).map { cluster.state.tasks.keys[$0] }
      }
      .sorted()
    var changed = false
    for id in due {
      guard let task = cluster.state.tasks[id] else { continue }
      guard !task.status.state.isTerminal else {
        // A dead task keeps its restart time: it still counts for `nextDeadline`.
        cluster.state.tasks.touch(id)
        continue
      }
      cluster.state.tasks[id]?.desiredState = .running
      cluster.state.tasks[id]?.restartAt = nil
      cluster.state.tasks[id]?.updatedAt = cluster.now
      changed = true
    }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    guard !cluster.state.tasks.hasUnindexedChanges else { return scanNextDeadline(cluster) }
    return cluster.taskIndex.restartDeadlines.earliest
  }

  /// The earliest restart time by reading every task (see `Agent.scanNextDeadline`).
  static func scanNextDeadline(_ cluster: Cluster) -> SimTime? {
    var earliest: SimTime?
    let tasks = cluster.state.tasks.values
    for index in tasks.indices where tasks[index].desiredState == .ready {
      guard let at = tasks[index].restartAt else { continue }
      if earliest.map({ at < $0 }) ?? true { earliest = at }
    }
    return earliest
  }
}
