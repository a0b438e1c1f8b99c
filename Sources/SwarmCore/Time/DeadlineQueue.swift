import HeapModule

/// Instants at which items (tasks, by handle) have timed work, in a heap: the earliest is read in
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
    var key: Int

    static func < (a: Entry, b: Entry) -> Bool { (a.at, a.sequence) < (b.at, b.sequence) }
    static func == (a: Entry, b: Entry) -> Bool { a.at == b.at && a.sequence == b.sequence }
  }

  /// An item's live deadline and the sequence number of its heap entry.
  private struct Live: Equatable, Sendable {
    var at: SimTime
    var sequence: UInt64

    /// No deadline (a sequence number never given out): 16 bytes a handle, where an optional
    /// took 24.
    static let none = Live(at: SimTime(nanos: 0), sequence: .max)
    var exists: Bool { sequence != .max }
  }

  private var heap = Heap<Entry>()
  /// The live deadline of every item that has one, by handle (the index sets two deadlines
  /// on every task write: an array read, where a table keyed by task ID cost a hash each).
  private var current: [Live] = []
  private(set) var count = 0
  private var nextSequence: UInt64 = 0

  func deadline(of key: Int) -> SimTime? {
    key < current.count && current[key].exists ? current[key].at : nil
  }

  /// Gives `key` the deadline `at`, or none.
  mutating func set(_ key: Int, at: SimTime?) {
    guard let at else {
      if key < current.count, current[key].exists {
        current[key] = .none
        count -= 1
      }
      return
    }
    let entry = Live(at: at, sequence: nextSequence)
    if key >= current.count {
      current.append(contentsOf: repeatElement(.none, count: key + 1 - current.count))
    }
    if current[key].exists {
      guard current[key].at != at else { return }
    } else {
      count += 1
    }
    current[key] = entry
    heap.insert(Entry(at: at, sequence: nextSequence, key: key))
    nextSequence &+= 1
    // Stale entries cost memory only until they surface; rebuild when they outnumber live
    // ones (each rebuild follows as many new entries as it kept, so it costs O(1) a set).
    if heap.count > 64 && heap.count > 2 * count { compact() }
  }

  /// The earliest live deadline. `removeStale()` must have run since the last `set`.
  var earliest: SimTime? { heap.min?.at }

  /// Drops stale entries from the top, so that `earliest` is exact.
  mutating func removeStale() {
    while let top = heap.min, !isLive(top) { heap.removeMin() }
  }

  /// Removes and returns the items whose deadline is at or before `now`, earliest first
  /// (items due at one instant in the order their deadlines were set).
  mutating func takeDue(_ now: SimTime) -> [Int] {
    var due: [Int] = []
    while let top = heap.min, top.at <= now {
      heap.removeMin()
      guard isLive(top) else { continue }
      current[top.key] = .none
      count -= 1
      due.append(top.key)
    }
    return due
  }

  mutating func removeAll() {
    heap = Heap()
    current = []
    count = 0
  }

  private func isLive(_ entry: Entry) -> Bool {
    current[entry.key] == Live(at: entry.at, sequence: entry.sequence)
  }

  private mutating func compact() {
    heap = Heap(heap.unordered.filter(isLive))
  }
}
