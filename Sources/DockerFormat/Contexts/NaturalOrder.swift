/// docker's `NaturalLess`: digit runs compare as numbers, so `web.2` sorts before `web.10`.
public enum NaturalOrder {
  public static func less(_ a: String, _ b: String) -> Bool {
    var i = a.unicodeScalars.makeIterator()
    var j = b.unicodeScalars.makeIterator()
    var x = i.next()
    var y = j.next()
    while let cx = x, let cy = y {
      if cx.properties.numericType != nil && cy.properties.numericType != nil
        && ("0"..."9").contains(cx) && ("0"..."9").contains(cy)
      {
        var nx = "", ny = ""
        while let c = x, ("0"..."9").contains(c) {
          nx.unicodeScalars.append(c)
          x = i.next()
        }
        while let c = y, ("0"..."9").contains(c) {
          ny.unicodeScalars.append(c)
          y = j.next()
        }
        let vx = Int(nx) ?? 0, vy = Int(ny) ?? 0
        if vx != vy { return vx < vy }
        continue
      }
      if cx != cy { return cx.value < cy.value }
      x = i.next()
      y = j.next()
    }
    return x == nil && y != nil
  }
}

extension NaturalOrder {
  /// A name cut once into digit runs and single characters, ordered as `less` orders the
  /// names: sorting a 100,000-task `service ps` compares about two million pairs, and cutting
  /// both names anew for each pair (with a Unicode property lookup per character) was most of
  /// its cost.
  ///
  /// Each piece is two words compared in turn, so a comparison is a loop over integers: a
  /// character is (its scalar value, 0); a digit run is (`0`, its value), because `less`
  /// compares a run with a character by the run's first digit, and every ASCII digit falls
  /// on the same side of any character that is not one. Runs compare by value (0 past
  /// `Int.max`, as `less` reads them); a key that is a prefix of another sorts first.
  public struct Key: Comparable, Sendable {
    var words: [UInt64] = []

    public init(_ text: String) {
      words.reserveCapacity(2 * text.utf8.count)
      Self.encode(text, into: &words)
    }

    /// Appends the words of `text`'s key.
    static func encode(_ text: String, into words: inout [UInt64]) {
      var value = 0
      var inRun = false
      var overflowed = false
      func endRun() {
        guard inRun else { return }
        words.append(UInt64(ascii: "0"))
        words.append(overflowed ? 0 : UInt64(value))
        inRun = false
      }
      for scalar in text.unicodeScalars {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 {
          if !inRun {
            inRun = true
            value = 0
            overflowed = false
          }
          let (times, o1) = value.multipliedReportingOverflow(by: 10)
          let (sum, o2) = times.addingReportingOverflow(Int(v - 0x30))
          overflowed = overflowed || o1 || o2
          value = sum
        } else {
          endRun()
          words.append(UInt64(v))
          words.append(0)
        }
      }
      endRun()
    }

    public static func < (a: Key, b: Key) -> Bool {
      let n = min(a.words.count, b.words.count)
      var i = 0
      while i < n {
        let x = a.words[i]
        let y = b.words[i]
        if x != y { return x < y }
        i += 1
      }
      return a.words.count < b.words.count
    }
  }
}

extension NaturalOrder {
  /// The keys of many names back to back in one array, ordered as `Key`s are: ranking
  /// 100,000 task names makes no array per name.
  struct KeyTable {
    private var words: [UInt64] = []
    /// Key `i` is `words[bounds[i]..<bounds[i + 1]]`.
    private var bounds: [Int] = [0]

    init(capacity: Int) {
      bounds.reserveCapacity(capacity + 1)
      words.reserveCapacity(capacity * 16)
    }

    mutating func append(_ text: String) {
      Key.encode(text, into: &words)
      bounds.append(words.count)
    }

    /// Whether key `a` sorts before key `b` (`Key`'s `<`).
    func less(_ a: Int, _ b: Int) -> Bool {
      var i = bounds[a]
      var j = bounds[b]
      let endA = bounds[a + 1]
      let endB = bounds[b + 1]
      while i < endA && j < endB {
        if words[i] != words[j] { return words[i] < words[j] }
        i += 1
        j += 1
      }
      return endA - bounds[a] < endB - bounds[b]
    }
  }
}

extension UInt64 {
  fileprivate init(ascii: Unicode.Scalar) { self = UInt64(ascii.value) }
}
