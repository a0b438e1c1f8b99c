/// Where a task belongs (swarmkit's `Slot`): a replica slot of a replicated service, or a node
/// of a global one. The orchestrator keeps one runnable task per slot, the updater replaces
/// a slot's tasks, and the reaper keeps a slot's history within the retention limit.
struct SlotKey: Hashable, Sendable {
  /// The slot within its service.
  enum Slot: Hashable, Sendable {
    case replica(Int)
    case node(String)
  }

  var serviceID: String
  var slot: Slot

  init(serviceID: String, slot: Slot) {
    self.serviceID = serviceID
    self.slot = slot
  }

  init(_ task: SwarmTask) {
    serviceID = task.serviceID
    slot = task.slot > 0 ? .replica(task.slot) : .node(task.nodeID ?? "")
  }

  /// The replica number, or 0 for a global service's slot.
  var replica: Int {
    if case .replica(let n) = slot { return n }
    return 0
  }

  /// The node of a global service's slot.
  var node: String? {
    if case .node(let id) = slot { return id }
    return nil
  }
}
