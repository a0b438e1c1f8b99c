import HeapModule

/// Instants at which keyed items (tasks) have timed work, in a heap: the earliest is read in
/// O(1) and the due ones taken in O(log n) each, as NIO's embedded event loop keeps its
/// scheduled tasks. An item has at most one deadline; setting a new one leaves the old heap
/// entry behind, recognised as stale when it surfaces (the table of current deadlines says
/// which entry is live), so moving a deadline costs one insertion.
struct DeadlineQueue: Sendable {
  private struct Entry: Comparable, Sendable {
    var at: SimTime
    var key: String

    static func < (a: Entry, b: Entry) -> Bool { (a.at, a.key) < (b.at, b.key) }
  }

  private var heap = Heap<Entry>()
  /// The live deadline of every item that has one; looked up, never iterated.
  private var current: [String: SimTime] = [:]

  var count: Int { current.count }

  func deadline(of key: String) -> SimTime? { current[key] }

  /// Gives `key` the deadline `at`, or none.
  mutating func set(_ key: String, at: SimTime?) {
    guard current[key] != at else { return }
    current[key] = at
    if let at { heap.insert(Entry(at: at, key: key)) }
    // Stale entries cost memory only until they surface; rebuild when they outnumber live ones.
    if heap.count > 64 && heap.count > 4 * current.count { compact() }
  }

  /// The earliest live deadline. `removeStale()` must have run since the last `set`.
  var earliest: SimTime? { heap.min?.at }

  /// Drops stale entries from the top, so that `earliest` is exact.
  mutating func removeStale() {
    while let top = heap.min, current[top.key] != top.at { heap.removeMin() }
  }

  /// Removes and returns the items whose deadline is at or before `now` (in no useful order).
  mutating func takeDue(_ now: SimTime) -> [String] {
    var due: [String] = []
    while let top = heap.min, top.at <= now {
      heap.removeMin()
      guard current[top.key] == top.at else { continue }
      current[top.key] = nil
      due.append(top.key)
    }
    return due
  }

  mutating func removeAll() {
    heap = Heap()
    current = [:]
  }

  private mutating func compact() {
    heap = Heap(heap.unordered.filter { current[$0.key] == $0.at })
  }
}
