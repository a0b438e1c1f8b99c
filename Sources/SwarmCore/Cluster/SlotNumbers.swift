/// The numbers the task index gives slots while they hold tasks. A replicated service's slots
/// are 1...replicas, so theirs are kept in an array per service (a table keyed by service and
/// slot held some 100 bytes per slot); a global service's slots, keyed by node, in a table.
struct SlotNumbers: Sendable {
  /// Per service: the number of each replica slot (-1: none), and how many it has.
  private struct Replicas: Sendable {
    var numbers: [Int32] = []
    var live = 0
  }

  private var replicas: [String: Replicas] = [:]
  private var global: [SlotKey: Int] = [:]

  subscript(key: SlotKey) -> Int? {
    get {
      guard case .replica(let slot) = key.slot else { return global[key] }
      guard let numbers = replicas[key.serviceID]?.numbers, slot < numbers.count,
        numbers[slot] >= 0
      else { return nil }
      return Int(numbers[slot])
    }
    set {
      guard case .replica(let slot) = key.slot else {
        global[key] = newValue
        return
      }
      let live = Self.set(&replicas[key.serviceID, default: Replicas()], slot: slot, newValue)
      // A service whose slots all emptied (removed, scaled to 0) leaves nothing behind.
      if live == 0 { replicas[key.serviceID] = nil }
    }
  }

  private static func set(_ entry: inout Replicas, slot: Int, _ number: Int?) -> Int {
    if slot >= entry.numbers.count {
      entry.numbers.append(contentsOf: repeatElement(-1, count: slot + 1 - entry.numbers.count))
    }
    let had = entry.numbers[slot] >= 0
    entry.numbers[slot] = Int32(number ?? -1)
    entry.live += (number != nil ? 1 : 0) - (had ? 1 : 0)
    return entry.live
  }

  /// Every number given out, ascending.
  var all: [Int] {
    var numbers = global.values.map { $0 }
    for entry in replicas.values {
      numbers += entry.numbers.lazy.filter { $0 >= 0 }.map { Int($0) }
    }
    return numbers.sorted()
  }
}
