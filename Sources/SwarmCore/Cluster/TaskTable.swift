public import OrderedCollections

/// The swarm's tasks by ID, in creation order, noting which tasks every write touched so
/// that the components' indexes (`TaskIndex`) follow the changes instead of rescanning the
/// table at every instant. Reads are those of an ordered dictionary; every write goes through
/// a subscript that records the task's ID.
public struct TaskTable: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  public init() {}

  private(set) var storage: OrderedDictionary<String, SwarmTask> = [:]
  /// IDs written since the index last looked, oldest first (a task may appear several times).
  private(set) var changes: [String] = []
  /// Set when the whole table was replaced or emptied: the index starts again.
  private(set) var replaced = false

  public init(dictionaryLiteral elements: (String, SwarmTask)...) {
    storage = OrderedDictionary(uniqueKeysWithValues: elements)
    replaced = true
  }

  public static func == (lhs: TaskTable, rhs: TaskTable) -> Bool { lhs.storage == rhs.storage }

  public var values: OrderedDictionary<String, SwarmTask>.Values { storage.values }
  public var keys: OrderedSet<String> { storage.keys }
  public var count: Int { storage.count }
  public var isEmpty: Bool { storage.isEmpty }

  public func index(forKey id: String) -> Int? { storage.index(forKey: id) }

  /// A task's observed state, read without copying the task.
  func state(of id: String) -> TaskState? {
    storage.index(forKey: id).map { storage.values[$0].status.state }
  }

  public subscript(id: String) -> SwarmTask? {
    get { storage[id] }
    set {
      changes.append(id)
      storage[id] = newValue
    }
  }

  /// The task at a position of the table, changed in place.
  subscript(position index: Int) -> SwarmTask {
    get { storage.values[index] }
    _modify {
      changes.append(storage.keys[index])
      yield &storage.values[index]
    }
  }

  /// Marks a task changed although none of its fields did: something it depends on (its
  /// container's health check) changed.
  mutating func touch(_ id: String) { changes.append(id) }

  /// Deletes the tasks `doomed` names, in one pass over the table.
  mutating func remove(_ doomed: Set<String>) {
    guard !doomed.isEmpty else { return }
    storage.removeAll { doomed.contains($0.key) }
    changes.append(contentsOf: doomed.sorted())
  }

  mutating func removeAll() {
    storage = [:]
    changes = []
    replaced = true
  }

  /// Hands the recorded changes to the index and forgets them.
  mutating func takeChanges() -> (ids: [String], replaced: Bool) {
    defer {
      changes = []
      replaced = false
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
