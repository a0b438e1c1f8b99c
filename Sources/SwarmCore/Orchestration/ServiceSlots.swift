import OrderedCollections

/// One service's slots as the orchestrator needs them: which replica slots no runnable task
/// holds (`uncovered`) and which slots beyond the replica count still hold tasks (`surplus`),
/// both kept current as tasks change, and recomputed only when the replica count changes.
struct ServiceSlots: Sendable, Equatable {
  /// Runnable tasks per replica slot (slots without one are absent).
  private(set) var runnable: [Int: Int] = [:]
  /// Replica slots holding any task.
  private(set) var used: Set<Int> = []
  /// The global service's tasks (handles), oldest first.
  var globalTasks: OrderedSet<Int> = []
  /// The replica count `uncovered` and `surplus` are computed for; nil before the first.
  private(set) var replicas: Int?
  private(set) var uncovered: Set<Int> = []
  private(set) var surplus: Set<Int> = []

  mutating func resize(replicas count: Int) {
    guard count != replicas else { return }
    replicas = count
    uncovered = []
    if count > 0 {
      for slot in 1...count where runnable[slot] == nil { uncovered.insert(slot) }
    }
    surplus = used.filter { $0 > count }
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
    runnable[slot, default: 0] += 1
    uncovered.remove(slot)
  }

  mutating func runnableRemoved(_ key: SlotKey) {
    let slot = key.replica
    guard slot > 0, let count = runnable[slot] else { return }
    if count > 1 {
      runnable[slot] = count - 1
      return
    }
    runnable[slot] = nil
    if let replicas, slot <= replicas { uncovered.insert(slot) }
  }
}
