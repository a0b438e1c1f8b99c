/// Keeps every service at its desired shape: one runnable task per replicated slot (or per
/// eligible node for global services), restarting failed tasks after the restart delay and
/// retiring surplus slots. Mirrors swarmkit's replicated/global orchestrators and restart
/// supervisor; rolling replacement of stale tasks is the `Updater`'s job.
enum Orchestrator {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard cluster.state.isActive else { return false }
    var changed = false
    let now = cluster.now
    let slots = SlotIndex(cluster.state)
    for service in cluster.state.services.values {
      switch service.spec.mode {
      case .replicated(let replicas):
        for slot in 1...max(replicas, 1) where replicas > 0 {
          changed =
            reconcileSlot(
              &cluster, service, slots.tasks(service.id, slot: slot), slot: slot, node: nil)
            || changed
        }
        for (slot, tasks) in slots.slots(of: service.id) where slot > replicas {
          for task in tasks where task.desiredState < .remove {
            cluster.state.tasks[task.id]?.desiredState = .remove
            cluster.state.tasks[task.id]?.updatedAt = now
            changed = true
          }
        }
      case .global:
        let eligible = cluster.state.nodes.values.filter {
          Placement.accepts($0, service.spec.template)
        }
        for node in eligible {
          let tasks = slots.globalTasks(service.id, node: node.id)
          changed = reconcileSlot(&cluster, service, tasks, slot: 0, node: node.id) || changed
        }
        // A paused (or down) node keeps its task, as swarmkit's global orchestrator does; only
        // draining, leaving or failing the constraints stops it.
        let keepers = cluster.state.nodes.values.filter { node in
          node.availability != .drain && Placement.satisfiesConstraints(node, service.spec.template)
        }
        for task in slots.allGlobal(service.id) where task.desiredState <= .running {
          if !keepers.contains(where: { $0.id == task.nodeID }) {
            cluster.state.tasks[task.id]?.desiredState = .shutdown
            cluster.state.tasks[task.id]?.updatedAt = now
            changed = true
          }
        }
      }
    }
    changed = promoteRestarts(&cluster) || changed
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
      let policy = dead.template.restart
      let failed = dead.status.state == .failed || dead.status.state == .rejected
      switch policy.condition {
      case .none: return true
      case .onFailure where !failed: return true
      default: break
      }
      if policy.maxAttempts > 0 {
        let attempts = tasks.count { $0.status.state.isTerminal && $0.desiredState >= .shutdown }
        if attempts > policy.maxAttempts { return true }
      }
      rejectedInARow = dead.status.state == .rejected ? dead.rejectedInARow + 1 : 0
      restartAt =
        max(dead.status.timestamp, dead.restartAt ?? dead.status.timestamp)
        + retryDelay(policy.delay, rejectedInARow: rejectedInARow)
    }
    var task = SwarmTask(
      id: cluster.ids.objectID(), serviceID: service.id, slot: slot, nodeID: node,
      template: service.spec.template, specVersion: service.version,
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
    var changed = false
    for task in cluster.state.tasks.values where task.desiredState == .ready {
      guard let at = task.restartAt, at <= cluster.now, !task.status.state.isTerminal else {
        continue
      }
      cluster.state.tasks[task.id]?.desiredState = .running
      cluster.state.tasks[task.id]?.restartAt = nil
      cluster.state.tasks[task.id]?.updatedAt = cluster.now
      changed = true
    }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    cluster.state.tasks.values.compactMap { task in
      task.desiredState == .ready ? task.restartAt : nil
    }.min()
  }
}

/// Tasks grouped by service and slot (or node for global services), built once per pass so
/// reconciling 10,000 replicas stays linear.
struct SlotIndex {
  private var bySlot: [String: [Int: [SwarmTask]]] = [:]
  private var slotOrder: [String: [Int]] = [:]
  private var global: [String: [SwarmTask]] = [:]

  init(_ state: ClusterState) {
    for task in state.tasks.values {
      if task.slot > 0 {
        if bySlot[task.serviceID, default: [:]][task.slot] == nil {
          slotOrder[task.serviceID, default: []].append(task.slot)
        }
        bySlot[task.serviceID, default: [:]][task.slot, default: []].append(task)
      } else {
        global[task.serviceID, default: []].append(task)
      }
    }
  }

  func tasks(_ service: String, slot: Int) -> [SwarmTask] { bySlot[service]?[slot] ?? [] }

  /// Slots in ascending order with their tasks.
  func slots(of service: String) -> [(Int, [SwarmTask])] {
    (slotOrder[service] ?? []).sorted().map { ($0, bySlot[service]?[$0] ?? []) }
  }

  func globalTasks(_ service: String, node: String) -> [SwarmTask] {
    (global[service] ?? []).filter { $0.nodeID == node }
  }

  func allGlobal(_ service: String) -> [SwarmTask] { global[service] ?? [] }
}
