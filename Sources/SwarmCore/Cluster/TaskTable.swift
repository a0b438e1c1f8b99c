public import OrderedCollections

/// The swarm's tasks by ID, in creation order, noting which tasks every write touched so
/// that the components' indexes (`TaskIndex`) follow the changes instead of rescanning the
/// table at every instant. Reads are those of an ordered dictionary; every write goes through
/// a subscript that records the task's handle.
///
/// A handle is a small integer the table gives each task while it exists (reused after it is
/// gone and the index has seen it go): the index keeps its tables in arrays by handle, where
/// tables keyed by 25-character IDs spent most of a 100,000-task create hashing them.
public struct TaskTable: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  public init() {}

  private(set) var storage: OrderedDictionary<String, SwarmTask> = [:]
  /// The handle of the task at each position of `storage`.
  private var handleAt: [Int] = []
  /// The position of each handle's task (-1: no task holds the handle).
  private var positionOf: [Int] = []
  /// Handles free to give out, and those freed since the index last looked (given out only
  /// after it has seen their tasks go, so a handle never stands for two tasks in one batch).
  private var freeHandles: [Int] = []
  private var freedSinceTaken: [Int] = []
  /// Handles written since the index last looked, oldest first (a task may appear several
  /// times; a removed task's handle is recorded as it goes).
  private(set) var changes: [Int] = []
  /// Set when the whole table was replaced or emptied: the index starts again.
  private(set) var replaced = false

  public init(dictionaryLiteral elements: (String, SwarmTask)...) {
    storage = OrderedDictionary(uniqueKeysWithValues: elements)
    handleAt = Array(storage.values.indices)
    positionOf = handleAt
    replaced = true
  }

  public static func == (lhs: TaskTable, rhs: TaskTable) -> Bool { lhs.storage == rhs.storage }

  public var values: OrderedDictionary<String, SwarmTask>.Values { storage.values }
  public var keys: OrderedSet<String> { storage.keys }
  public var count: Int { storage.count }
  public var isEmpty: Bool { storage.isEmpty }

  public func index(forKey id: String) -> Int? { storage.index(forKey: id) }

  /// The handle of the task at a position.
  func handle(at position: Int) -> Int { handleAt[position] }

  /// Where the task holding `handle` is, if one does.
  func position(ofHandle handle: Int) -> Int? {
    guard handle < positionOf.count else { return nil }
    let position = positionOf[handle]
    return position >= 0 ? position : nil
  }

  /// One more than the largest handle ever given out (arrays by handle need this many).
  var handleLimit: Int { positionOf.count }

  /// A task's observed state, read without copying the task.
  func state(of id: String) -> TaskState? {
    storage.index(forKey: id).map { storage.values[$0].status.state }
  }

  public subscript(id: String) -> SwarmTask? {
    get { storage[id] }
    set {
      guard let newValue else {
        guard let position = storage.index(forKey: id) else { return }
        let handle = handleAt[position]
        changes.append(handle)
        storage.remove(at: position)
        handleAt.remove(at: position)
        for later in position..<handleAt.count { positionOf[handleAt[later]] = later }
        positionOf[handle] = -1
        freedSinceTaken.append(handle)
        return
      }
      // One hash of the ID, whether the task is new (appended) or replaced in place.
      let (original, position) = storage.updateValue(
        newValue, forKey: id, insertingAt: storage.count)
      if original != nil {
        changes.append(handleAt[position])
        return
      }
      let handle = freeHandles.popLast() ?? positionOf.count
      if handle == positionOf.count { positionOf.append(-1) }
      positionOf[handle] = position
      handleAt.append(handle)
      changes.append(handle)
    }
  }

  /// The task at a position of the table, changed in place.
  subscript(position index: Int) -> SwarmTask {
    get { storage.values[index] }
    _modify {
      changes.append(handleAt[index])
      yield &storage.values[index]
    }
  }

  /// Makes room for `count` more tasks at once when that is a large batch (a service created
  /// or scaled by thousands), so the table is sized for it instead of doubling past it: a
  /// third of a 100,000-task table was room never used. Small batches grow as usual.
  mutating func reserveCapacity(adding count: Int) {
    guard count >= Self.bulk, count >= storage.count / 4 else { return }
    storage.reserveCapacity(storage.count + count)
    handleAt.reserveCapacity(storage.count + count)
  }

  /// The smallest batch worth sizing the table for.
  static let bulk = 1_024

  /// Marks a task changed although none of its fields did: something it depends on (its
  /// container's health check, a deadline taken) changed.
  mutating func touch(_ id: String) {
    if let position = storage.index(forKey: id) { touch(position: position) }
  }

  mutating func touch(position: Int) { changes.append(handleAt[position]) }

  /// Deletes the tasks `doomed` names, in one pass over the table.
  mutating func remove(_ doomed: Set<String>) {
    guard !doomed.isEmpty else { return }
    var kept: [Int] = []
    kept.reserveCapacity(handleAt.count)
    for (position, id) in storage.keys.enumerated() {
      let handle = handleAt[position]
      if doomed.contains(id) {
        changes.append(handle)
        positionOf[handle] = -1
        freedSinceTaken.append(handle)
      } else {
        positionOf[handle] = kept.count
        kept.append(handle)
      }
    }
    storage.removeAll { doomed.contains($0.key) }
    handleAt = kept
  }

  mutating func removeAll() {
    self = TaskTable()
    replaced = true
  }

  /// Hands the recorded changes to the index and forgets them; handles freed before now may
  /// be given out again.
  mutating func takeChanges() -> (handles: [Int], replaced: Bool) {
    defer {
      changes = []
      replaced = false
      freeHandles += freedSinceTaken
      freedSinceTaken = []
    }
    return (changes, replaced)
  }

  /// Treats the table as new: the next index refresh rebuilds from scratch.
  mutating func removeAllChangesAsReplaced() {
    changes = []
    replaced = true
  }

  var hasUnindexedChanges: Bool { replaced || !changes.isEmpty }
}
