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
        // A slot holding a runnable task needs nothing (reconcileSlot would return at once).
        for slot in slots.uncoveredSlots(of: service.id, replicas: replicas) {
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
        let constraints = service.spec.template.constraints.map(Constraint.init)
        let eligible = cluster.state.nodes.values.filter {
          $0.acceptsTasks && Placement.satisfies($0, constraints)
        }
        for node in eligible {
          let tasks = slots.globalTasks(service.id, node: node.id)
          changed = reconcileSlot(&cluster, service, tasks, slot: 0, node: node.id) || changed
        }
        // A paused (or down) node keeps its task, as swarmkit's global orchestrator does; only
        // draining, leaving or failing the constraints stops it.
        var keepers: Set<String> = []  // looked up, never iterated
        for node in cluster.state.nodes.values
        where node.availability != .drain && Placement.satisfies(node, constraints) {
          keepers.insert(node.id)
        }
        for task in slots.allGlobal(service.id) where task.desiredState <= .running {
          if !keepers.contains(task.nodeID ?? "") {
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
      restartAt = max(dead.status.timestamp, dead.restartAt ?? dead.status.timestamp) + policy.delay
    }
    var task = SwarmTask(
      id: cluster.ids.objectID(), serviceID: service.id, slot: slot, nodeID: node,
      template: service.spec.template, specVersion: service.version,
      desiredState: restartAt == nil ? .running : .ready, now: now)
    task.restartAt = restartAt
    cluster.state.tasks[task.id] = task
    return true
  }

  /// Lets restarted tasks run once their restart delay has passed.
  private static func promoteRestarts(_ cluster: inout Cluster) -> Bool {
    var changed = false
    // Fields read in place: this runs on every pass over every task.
    for index in cluster.state.tasks.values.indices
    where cluster.state.tasks.values[index].desiredState == .ready {
      guard let at = cluster.state.tasks.values[index].restartAt, at <= cluster.now,
        !cluster.state.tasks.values[index].status.state.isTerminal
      else { continue }
      cluster.state.tasks.values[index].desiredState = .running
      cluster.state.tasks.values[index].restartAt = nil
      cluster.state.tasks.values[index].updatedAt = cluster.now
      changed = true
    }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    var earliest: SimTime?
    let tasks = cluster.state.tasks.values
    for index in tasks.indices where tasks[index].desiredState == .ready {
      guard let at = tasks[index].restartAt else { continue }
      if earliest.map({ at < $0 }) ?? true { earliest = at }
    }
    return earliest
  }
}

/// Tasks grouped by service and slot (or node for global services), built once per pass.
///
/// A first pass reads fields in place and notes, per replicated slot, whether a runnable task
/// holds it; only the tasks of slots that need the orchestrator (uncovered, or beyond the
/// replica count) are then gathered. A converged 100,000-replica service costs one read of
/// each task and no copies.
struct SlotIndex {
  /// Per replicated service, by slot (index 0 unused): a runnable task holds it / some task is in it.
  private var covered: [String: [Bool]] = [:]
  private var present: [String: [Bool]] = [:]
  /// Services with tasks in slots beyond their replica count.
  private var overflowing: Set<String> = []
  private var bySlot: [String: [Int: [SwarmTask]]] = [:]
  private var slotOrder: [String: [Int]] = [:]
  private var global: [String: [SwarmTask]] = [:]
  private var globalByNode: [String: [String: [SwarmTask]]] = [:]

  init(_ state: ClusterState) {
    let tasks = state.tasks.values
    var needsTasks = false
    var lastService = ""
    var replicas: Int?
    for index in tasks.indices {
      let serviceID = tasks[index].serviceID
      let slot = tasks[index].slot
      if slot == 0 {
        let task = tasks[index]
        global[serviceID, default: []].append(task)
        globalByNode[serviceID, default: [:]][task.nodeID ?? "", default: []].append(task)
        continue
      }
      if serviceID != lastService {
        lastService = serviceID
        replicas = state.services[serviceID]?.spec.replicas
        if let replicas, covered[serviceID] == nil {
          covered[serviceID] = Array(repeating: false, count: replicas + 1)
          present[serviceID] = Array(repeating: false, count: replicas + 1)
        }
      }
      guard let replicas else { continue }  // a removed service: the reaper's business
      guard slot <= replicas else {
        overflowing.insert(serviceID)
        needsTasks = true
        continue
      }
      present[serviceID]![slot] = true
      if tasks[index].desiredState <= .running && !tasks[index].status.state.isTerminal {
        covered[serviceID]![slot] = true
      }
    }
    // Whether any slot has tasks but no runnable one: the same answer in any order.
    for (serviceID, slots) in present where !needsTasks {
      let held = covered[serviceID]!
      needsTasks = slots.indices.contains { slots[$0] && !held[$0] }
    }
    guard needsTasks else { return }
    for index in tasks.indices where tasks[index].slot > 0 {
      let serviceID = tasks[index].serviceID
      let slot = tasks[index].slot
      guard let held = covered[serviceID], slot >= held.count || !held[slot] else { continue }
      if bySlot[serviceID, default: [:]][slot] == nil {
        slotOrder[serviceID, default: []].append(slot)
      }
      bySlot[serviceID, default: [:]][slot, default: []].append(tasks[index])
    }
  }

  /// Slots `1...replicas` no runnable task holds, ascending.
  func uncoveredSlots(of service: String, replicas: Int) -> [Int] {
    guard replicas > 0 else { return [] }
    guard let held = covered[service] else { return Array(1...replicas) }
    return (1...replicas).filter { $0 >= held.count || !held[$0] }
  }

  /// Tasks of a slot `uncoveredSlots` named, or of a slot beyond the replica count.
  func tasks(_ service: String, slot: Int) -> [SwarmTask] { bySlot[service]?[slot] ?? [] }

  /// Slots in ascending order with their tasks (uncovered and surplus slots only).
  func slots(of service: String) -> [(Int, [SwarmTask])] {
    (slotOrder[service] ?? []).sorted().map { ($0, bySlot[service]?[$0] ?? []) }
  }

  func globalTasks(_ service: String, node: String) -> [SwarmTask] {
    globalByNode[service]?[node] ?? []
  }

  func allGlobal(_ service: String) -> [SwarmTask] { global[service] ?? [] }
}
