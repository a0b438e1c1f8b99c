import OrderedCollections

/// Where a task belongs: its replica slot, or its node for a global service (swarmkit's `Slot`).
enum SlotKey: Hashable, Sendable {
  case replica(Int)
  case node(String)

  init(_ task: SwarmTask) {
    self = task.slot > 0 ? .replica(task.slot) : .node(task.nodeID ?? "")
  }
}

/// One service's tasks by slot, kept current incrementally: the task table only ever gains
/// tasks at its end, so each look reads just the tasks added since the last one. A rolling
/// update of 10,000 replicas visits a slot 10,000 times; scanning the table each time would
/// make the update quadratic.
struct SlotTracker: Sendable, Equatable {
  let serviceID: String
  private var tasksBySlot: [SlotKey: [String]] = [:]
  /// The last task of the table at the previous look; nil when the table was empty.
  private var lastSeen: String?

  /// Indexes the service's tasks; `visit` sees each of them once, in table order.
  init(serviceID: String, _ state: ClusterState, visit: (SwarmTask) -> Void = { _ in }) {
    self.serviceID = serviceID
    index(state.tasks, from: 0, visit: visit)
  }

  /// A tracker that indexes nothing (for a rollout with nothing to do).
  static func none(_ serviceID: String) -> SlotTracker {
    SlotTracker(serviceID: serviceID, lastSeen: nil)
  }

  private init(serviceID: String, lastSeen: String?) {
    self.serviceID = serviceID
    self.lastSeen = lastSeen
  }

  /// Picks up the tasks created since the last look.
  mutating func refresh(_ state: ClusterState) {
    let tasks = state.tasks
    guard let last = lastSeen else {
      index(tasks, from: 0)
      return
    }
    guard let position = tasks.index(forKey: last) else {
      // The last task seen was deleted (reaped): index again from scratch, which is rare.
      tasksBySlot = [:]
      index(tasks, from: 0)
      return
    }
    index(tasks, from: position + 1)
  }

  /// The slot's tasks that still exist, oldest first.
  func tasks(in slot: SlotKey, _ state: ClusterState) -> [SwarmTask] {
    (tasksBySlot[slot] ?? []).compactMap { state.tasks[$0] }
  }

  private mutating func index(
    _ tasks: OrderedDictionary<String, SwarmTask>, from start: Int,
    visit: (SwarmTask) -> Void = { _ in }
  ) {
    let values = tasks.values
    var i = start
    while i < values.count {
      if values[i].serviceID == serviceID {
        let key = SlotKey(values[i])
        let id = values[i].id
        if tasksBySlot[key]?.last != id { tasksBySlot[key, default: []].append(id) }
        visit(values[i])
      }
      i += 1
    }
    lastSeen = tasks.keys.last
  }
}
