/// A set of small non-negative integers (task handles, slot numbers) as a bit array:
/// membership is a shift and a mask, where a set of task IDs hashed 25 characters for every
/// insert, remove and lookup. Iterates in ascending order (components re-sort task handles by
/// table position, so no decision depends on it).
struct DenseSet: Sendable, Equatable {
  private var words: [UInt64] = []
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  func contains(_ handle: Int) -> Bool {
    let word = handle >> 6
    return word < words.count && words[word] & (1 << UInt64(handle & 63)) != 0
  }

  mutating func insert(_ handle: Int) {
    let word = handle >> 6
    if word >= words.count {
      words.append(contentsOf: repeatElement(0, count: word + 1 - words.count))
    }
    let bit: UInt64 = 1 << UInt64(handle & 63)
    guard words[word] & bit == 0 else { return }
    words[word] |= bit
    count += 1
  }

  mutating func remove(_ handle: Int) {
    let word = handle >> 6
    let bit: UInt64 = 1 << UInt64(handle & 63)
    guard word < words.count, words[word] & bit != 0 else { return }
    words[word] &= ~bit
    count -= 1
  }

  /// The members, ascending.
  var elements: [Int] {
    var result: [Int] = []
    result.reserveCapacity(count)
    for (index, word) in words.enumerated() where word != 0 {
      var rest = word
      while rest != 0 {
        result.append(index << 6 + rest.trailingZeroBitCount)
        rest &= rest - 1
      }
    }
    return result
  }

  static func == (lhs: DenseSet, rhs: DenseSet) -> Bool { lhs.elements == rhs.elements }
}
