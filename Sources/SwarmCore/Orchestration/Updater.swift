/// Rolling updates and rollbacks (swarmkit's updater): replaces tasks whose template differs
/// from the service's, `parallelism` slots at a time with `delay` between them, stop-first or
/// start-first, then watches the new tasks for `monitor` before calling the update complete.
/// A failure of a new task triggers the failure action: pause, continue or rollback.
enum Updater {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    var changed = false
    for service in cluster.state.services.values where service.updateStatus?.isActive == true {
      changed = reconcile(service.id, &cluster) || changed
    }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    cluster.state.services.values.compactMap { service -> SimTime? in
      guard let status = service.updateStatus, status.isActive else { return nil }
      return [status.nextBatchAt, status.settledAt.map { $0 + policy(service).monitor }]
        .compactMap { $0 }.filter { $0 > cluster.now }.min()
    }.min()
  }

  private static func policy(_ service: Service) -> UpdatePolicy {
    service.updateStatus?.isRollback == true ? service.spec.rollback : service.spec.update
  }

  private static func reconcile(_ serviceID: String, _ cluster: inout Cluster) -> Bool {
    guard let service = cluster.state.services[serviceID], var status = service.updateStatus else {
      return false
    }
    let now = cluster.now
    let policy = policy(service)
    var changed = false

    // Failures of tasks this update created.
    for task in cluster.state.tasks.values
    where task.serviceID == serviceID && task.template == service.spec.template
      && task.createdAt >= status.startedAt && !task.failureObserved
      && (task.status.state == .failed || task.status.state == .rejected)
    {
      cluster.state.tasks[task.id]?.failureObserved = true
      changed = true
      guard policy.failureAction != .continue else { continue }
      if status.isRollback || policy.failureAction == .pause {
        status.state = status.isRollback ? .rollbackPaused : .paused
        status.message =
          "\(status.isRollback ? "rollback" : "update") paused due to failure or early termination of task \(task.id)"
        status.completedAt = now
        cluster.state.services[serviceID]?.updateStatus = status
        return true
      }
      ControlAPI.startRollback(
        serviceID,
        message: "update rolled back due to failure or early termination of task \(task.id)",
        &cluster)
      return true
    }

    var inFlight = 0
    var pending: [[SwarmTask]] = []
    for group in slotGroups(serviceID, cluster.state) {
      let fresh = group.filter {
        $0.template == service.spec.template && $0.desiredState <= .running
          && !$0.status.state.isTerminal
      }
      let staleLive = group.filter {
        $0.template != service.spec.template && $0.desiredState <= .running
          && !$0.status.state.isTerminal
      }
      let staleStopping = group.filter {
        $0.template != service.spec.template && $0.desiredState > .running
          && !$0.status.state.isTerminal
      }
      if let new = fresh.first {
        if new.desiredState == .ready && new.restartAt == nil {
          inFlight += 1
          if staleStopping.isEmpty && staleLive.isEmpty {
            cluster.state.tasks[new.id]?.desiredState = .running
            cluster.state.tasks[new.id]?.updatedAt = now
            changed = true
          }
        } else if new.status.state < .running {
          inFlight += 1
        } else if !staleLive.isEmpty {
          // start-first: the new task runs, so the old one may go.
          for old in staleLive {
            cluster.state.tasks[old.id]?.desiredState = .shutdown
            cluster.state.tasks[old.id]?.updatedAt = now
          }
          changed = true
          status.nextBatchAt = now + policy.delay
        } else if new.status.state == .running && new.status.timestamp == now
          && new.desiredState == .running
          && status.nextBatchAt.map({ $0 < now }) ?? true
        {
          status.nextBatchAt = now + policy.delay
        }
      } else if !staleLive.isEmpty {
        pending.append(staleLive)
      }
    }

    let capacity = policy.parallelism == 0 ? Int.max : policy.parallelism
    if !pending.isEmpty && inFlight < capacity && (status.nextBatchAt.map { $0 <= now } ?? true) {
      for stale in pending.prefix(capacity - inFlight) {
        replace(stale, of: service, order: policy.order, &cluster)
      }
      status.settledAt = nil
      status.nextBatchAt = nil
      changed = true
    } else if pending.isEmpty && inFlight == 0 {
      if status.settledAt == nil {
        status.settledAt = now
        changed = true
      } else if let settled = status.settledAt, now >= settled + policy.monitor {
        status.state = status.isRollback ? .rollbackCompleted : .completed
        status.message = status.isRollback ? "rollback completed" : "update completed"
        status.completedAt = now
        changed = true
      }
    }
    if cluster.state.services[serviceID]?.updateStatus != status {
      cluster.state.services[serviceID]?.updateStatus = status
      changed = true
    }
    return changed
  }

  /// Starts replacing one slot's stale task(s) with a task of the current template.
  private static func replace(
    _ stale: [SwarmTask], of service: Service, order: UpdatePolicy.Order, _ cluster: inout Cluster
  ) {
    let now = cluster.now
    let first = stale[0]
    let task = SwarmTask(
      id: cluster.ids.objectID(), serviceID: service.id, slot: first.slot,
      nodeID: first.slot == 0 ? first.nodeID : nil,
      template: service.spec.template, specVersion: service.version,
      desiredState: order == .startFirst ? .running : .ready, now: now)
    if order == .stopFirst {
      for old in stale {
        cluster.state.tasks[old.id]?.desiredState = .shutdown
        cluster.state.tasks[old.id]?.updatedAt = now
      }
    }
    cluster.state.tasks[task.id] = task
  }

  /// A service's tasks grouped by slot (or node for global services), slots ascending.
  private static func slotGroups(_ serviceID: String, _ state: ClusterState) -> [[SwarmTask]] {
    var keys: [String] = []
    var groups: [String: [SwarmTask]] = [:]
    for task in state.tasks.values where task.serviceID == serviceID {
      let key = task.slot > 0 ? String(task.slot) : "n" + (task.nodeID ?? "")
      if groups[key] == nil { keys.append(key) }
      groups[key, default: []].append(task)
    }
    return keys.map { groups[$0]! }
  }
}
