/// Rolling updates and rollbacks (swarmkit's update supervisor): whenever a service's spec
/// changes, a `Rollout` replaces the tasks made from an older spec, and its outcome moves the
/// service's `UpdateStatus` through swarmkit's states: `updating` → `completed`, or on
/// failure `paused`, or `rollback_started` (the whole previous spec restored) →
/// `rollback_completed` / `rollback_paused`.
enum Updater {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard cluster.state.isActive else { return false }
    cluster.refreshTaskIndex()
    var changed = false
    for id in cluster.state.rollouts.keys where cluster.state.services[id] == nil {
      cluster.state.rollouts[id] = nil
    }
    // By position, reading fields in place: a service is copied only when its spec changed.
    // The updater changes services but never adds or removes one, so positions hold.
    for position in cluster.state.services.values.indices {
      let id = cluster.state.services.keys[position]
      let version = cluster.state.services.values[position].version
      let rollout = cluster.state.rollouts.index(forKey: id)
      if rollout.map({ cluster.state.rollouts.values[$0].version }) != version {
        changed = start(cluster.state.services.values[position], &cluster) || changed
      }
      changed = step(id, &cluster) || changed
    }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    cluster.state.rollouts.values.lazy.filter { !$0.isIdle }.compactMap(\.wakeAt)
      .filter { $0 > cluster.now }.min()
  }

  /// A new spec: finds the slots whose tasks differ from it and starts working on them.
  private static func start(_ service: Service, _ cluster: inout Cluster) -> Bool {
    var status = service.updateStatus
    // A paused update stays paused until the spec changes again.
    if status?.isPaused == true {
      cluster.state.rollouts[service.id] = .idle(service)
      return false
    }
    // Once per spec change, so a scan of the table is fine here.
    var live: [SlotKey: [SwarmTask]] = [:]
    var order: [SlotKey] = []
    for task in cluster.state.tasks.values where task.serviceID == service.id && task.isRunnable {
      let key = SlotKey(task)
      if live[key] == nil { order.append(key) }
      live[key, default: []].append(task)
    }
    let template = service.spec.template
    var dirty = order.filter { key in
      let tasks = live[key]!
      return tasks.count > 1 || tasks[0].template != template
    }
    if case .global = service.spec.mode {
      let nodeOrder = Dictionary(
        uniqueKeysWithValues: cluster.state.nodes.keys.enumerated().map { ($1, $0) })
      dirty.sort { nodeRank($0, nodeOrder) < nodeRank($1, nodeOrder) }
    } else {
      dirty.sort { replicaSlot($0) < replicaSlot($1) }
    }
    guard !dirty.isEmpty else {
      if status?.state == .rollbackStarted, service.spec.rollback.monitor > .zero {
        // Nothing to redo: a start-first update's old tasks still run and the restart policy
        // gave the failed task no replacement (`RestartSupervisor`) for the rollback to
        // retire. A real engine still shows `rollback_started` (and the CLI its rollback
        // display) for the rollback's monitor period, so SwarmLab keeps that state as long.
        var rollout = Rollout(
          service: service, policy: service.spec.rollback, isRollback: true, dirty: [],
          now: cluster.now)
        rollout.isIdle = false
        cluster.state.rollouts[service.id] = rollout
        return true
      }
      cluster.state.rollouts[service.id] = .idle(service)
      guard let current = status, current.isActive else { return false }
      finish(service.id, &cluster)
      return true
    }
    let isRollback = status?.state == .rollbackStarted
    if status == nil {
      status = UpdateStatus(state: .updating, startedAt: cluster.now, message: "update in progress")
      cluster.state.services[service.id]?.updateStatus = status
    }
    var policy = isRollback ? service.spec.rollback : service.spec.update
    // A task holding a host-mode port must stop before its replacement can bind the port.
    if service.spec.ports.contains(where: { $0.publishMode == "host" }) {
      policy.order = .stopFirst
    }
    cluster.state.rollouts[service.id] = Rollout(
      service: service, policy: policy, isRollback: isRollback, dirty: dirty, now: cluster.now)
    return true
  }

  /// Runs the service's rollout at this instant and applies its verdict.
  private static func step(_ serviceID: String, _ cluster: inout Cluster) -> Bool {
    guard let position = cluster.state.rollouts.index(forKey: serviceID),
      !cluster.state.rollouts.values[position].isIdle,
      // Taken out while it works so that its tables are not copied on write.
      var rollout = cluster.state.rollouts.removeValue(forKey: serviceID)
    else { return false }
    let (verdict, changed) = rollout.step(&cluster)
    switch verdict {
    case .working:
      cluster.state.rollouts[serviceID] = rollout
      return changed
    case .completed:
      rollout.isIdle = true
      cluster.state.rollouts[serviceID] = rollout
      finish(serviceID, &cluster)
    case .failed(let message, let rollback):
      rollout.isIdle = true
      cluster.state.rollouts[serviceID] = rollout
      if rollback {
        ControlAPI.rollBack(serviceID, automatically: true, message: message, &cluster)
      } else if var status = cluster.state.services[serviceID]?.updateStatus {
        status.state = status.isRollback ? .rollbackPaused : .paused
        status.message = message
        cluster.state.services[serviceID]?.updateStatus = status
      }
    }
    return true
  }

  private static func finish(_ serviceID: String, _ cluster: inout Cluster) {
    guard var status = cluster.state.services[serviceID]?.updateStatus else { return }
    status.state = status.isRollback ? .rollbackCompleted : .completed
    status.message = status.isRollback ? "rollback completed" : "update completed"
    status.completedAt = cluster.now
    cluster.state.services[serviceID]?.updateStatus = status
  }

  private static func replicaSlot(_ key: SlotKey) -> Int { key.replica }

  private static func nodeRank(_ key: SlotKey, _ order: [String: Int]) -> Int {
    key.node.flatMap { order[$0] } ?? Int.max
  }
}
