/// One slot's tasks (handles), oldest first. Most slots hold a single task, kept inline: an
/// array per slot cost an allocation (some 48 bytes) for each of 100,000 slots.
struct SlotTasks: Sendable, Equatable {
  private var first = -1
  private var rest: [Int] = []

  var isEmpty: Bool { first < 0 }
  var count: Int { isEmpty ? 0 : 1 + rest.count }

  /// The handles, oldest first.
  var handles: [Int] { isEmpty ? [] : [first] + rest }

  init() {}

  init(_ handle: Int) { first = handle }

  mutating func append(_ handle: Int) {
    if isEmpty { first = handle } else { rest.append(handle) }
  }

  mutating func remove(_ handle: Int) {
    if first == handle {
      first = rest.isEmpty ? -1 : rest.removeFirst()
    } else {
      rest.removeAll { $0 == handle }
    }
  }
}
