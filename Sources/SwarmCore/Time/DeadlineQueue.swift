import HeapModule

/// Instants at which keyed items (tasks) have timed work, in a heap: the earliest is read in
/// O(1) and the due ones taken in O(log n) each, as NIO's embedded event loop keeps its
/// scheduled tasks. An item has at most one deadline; setting a new one leaves the old heap
/// entry behind, recognised as stale when it surfaces (the table of current deadlines says
/// which entry is live), so moving a deadline costs one insertion.
struct DeadlineQueue: Sendable {
  /// Entries at one instant are ordered by when they were set (as NIO orders its scheduled
  /// tasks), not by key: a create puts 100,000 tasks at the same instant, and comparing their
  /// IDs as strings was a tenth of the whole create.
  private struct Entry: Comparable, Sendable {
    var at: SimTime
    var sequence: UInt64
    var key: String

    static func < (a: Entry, b: Entry) -> Bool { (a.at, a.sequence) < (b.at, b.sequence) }
    static func == (a: Entry, b: Entry) -> Bool { a.at == b.at && a.sequence == b.sequence }
  }

  /// An item's live deadline and the sequence number of its heap entry.
  private struct Live: Equatable, Sendable {
    var at: SimTime
    var sequence: UInt64
  }

  private var heap = Heap<Entry>()
  /// The live deadline of every item that has one; looked up, never iterated.
  private var current: [String: Live] = [:]
  private var nextSequence: UInt64 = 0

  var count: Int { current.count }

  func deadline(of key: String) -> SimTime? { current[key]?.at }

  /// Gives `key` the deadline `at`, or none.
  mutating func set(_ key: String, at: SimTime?) {
    // One hash of the key per call: the index sets two deadlines on every task write.
    guard let at else {
      if !current.isEmpty, let live = current.index(forKey: key) { current.remove(at: live) }
      return
    }
    let entry = Live(at: at, sequence: nextSequence)
    if let live = current.index(forKey: key) {
      guard current.values[live].at != at else { return }
      current.values[live] = entry
    } else {
      current[key] = entry
    }
    heap.insert(Entry(at: at, sequence: nextSequence, key: key))
    nextSequence &+= 1
    // Stale entries cost memory only until they surface; rebuild when they outnumber live ones.
    if heap.count > 64 && heap.count > 4 * current.count { compact() }
  }

  /// The earliest live deadline. `removeStale()` must have run since the last `set`.
  var earliest: SimTime? { heap.min?.at }

  /// Drops stale entries from the top, so that `earliest` is exact.
  mutating func removeStale() {
    while let top = heap.min, !isLive(top) { heap.removeMin() }
  }

  /// Removes and returns the items whose deadline is at or before `now`, earliest first
  /// (items due at one instant in the order their deadlines were set).
  mutating func takeDue(_ now: SimTime) -> [String] {
    var due: [String] = []
    while let top = heap.min, top.at <= now {
      heap.removeMin()
      guard let live = current.index(forKey: top.key),
        current.values[live] == Live(at: top.at, sequence: top.sequence)
      else { continue }
      current.remove(at: live)
      due.append(top.key)
    }
    return due
  }

  mutating func removeAll() {
    heap = Heap()
    current = [:]
  }

  private func isLive(_ entry: Entry) -> Bool {
    current[entry.key] == Live(at: entry.at, sequence: entry.sequence)
  }

  private mutating func compact() {
    heap = Heap(heap.unordered.filter(isLive))
  }
}
