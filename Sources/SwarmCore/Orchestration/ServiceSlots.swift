import OrderedCollections

/// One service's slots as the orchestrator needs them: which replica slots no runnable task
/// holds (`uncovered`) and which slots beyond the replica count still hold tasks (`surplus`),
/// both kept current as tasks change, and recomputed only when the replica count changes.
struct ServiceSlots: Sendable, Equatable {
  /// Runnable tasks per replica slot, by slot number (a service's slots are 1...replicas, so
  /// an array by number, where a dictionary cost some 40 bytes a slot and a hash per change).
  private(set) var runnable: [Int32] = []
  /// Replica slots holding any task.
  private(set) var used = DenseSet()
  /// The global service's tasks (handles), oldest first.
  var globalTasks: OrderedSet<Int> = []
  /// The replica count `uncovered` and `surplus` are computed for; nil before the first.
  private(set) var replicas: Int?
  private(set) var uncovered = DenseSet()
  private(set) var surplus = DenseSet()

  /// No slot holds a task of the service, nor does any node.
  var holdsNoTask: Bool { used.isEmpty && globalTasks.isEmpty }

  private func runnableCount(_ slot: Int) -> Int32 { slot < runnable.count ? runnable[slot] : 0 }

  mutating func resize(replicas count: Int) {
    guard count != replicas else { return }
    replicas = count
    uncovered = DenseSet()
    if count > 0 {
      for slot in 1...count where runnableCount(slot) == 0 { uncovered.insert(slot) }
    }
    surplus = DenseSet()
    for slot in used.elements where slot > count { surplus.insert(slot) }
  }

  mutating func slotFilled(_ key: SlotKey) {
    let slot = key.replica
    guard slot > 0 else { return }
    used.insert(slot)
    if let replicas, slot > replicas { surplus.insert(slot) }
  }

  mutating func slotEmptied(_ key: SlotKey) {
    let slot = key.replica
    guard slot > 0 else { return }
    used.remove(slot)
    surplus.remove(slot)
  }

  mutating func runnableAdded(_ key: SlotKey) {
    let slot = key.replica
    guard slot > 0 else { return }
    if slot >= runnable.count {
      runnable.append(contentsOf: repeatElement(0, count: slot + 1 - runnable.count))
    }
    runnable[slot] += 1
    uncovered.remove(slot)
  }

  mutating func runnableRemoved(_ key: SlotKey) {
    let slot = key.replica
    guard slot > 0, runnableCount(slot) > 0 else { return }
    runnable[slot] -= 1
    if runnable[slot] == 0, let replicas, slot <= replicas { uncovered.insert(slot) }
  }

  /// Equal when they say the same of every slot (an array may end in slots counted zero).
  static func == (lhs: ServiceSlots, rhs: ServiceSlots) -> Bool {
    let width = max(lhs.runnable.count, rhs.runnable.count)
    return lhs.used == rhs.used && lhs.globalTasks == rhs.globalTasks
      && lhs.replicas == rhs.replicas && lhs.uncovered == rhs.uncovered
      && lhs.surplus == rhs.surplus
      && (0..<width).allSatisfy { lhs.runnableCount($0) == rhs.runnableCount($0) }
  }
}
