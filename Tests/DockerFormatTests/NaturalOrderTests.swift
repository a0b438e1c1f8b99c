import Testing

@testable import DockerFormat

/// docker's natural order, and the prepared keys `service ps` sorts large listings with.
@Suite struct NaturalOrderTests {
  @Test func digitRunsCompareAsNumbers() {
    #expect(NaturalOrder.less("web.2", "web.10"))
    #expect(!NaturalOrder.less("web.10", "web.2"))
    #expect(NaturalOrder.Key("web.2") < NaturalOrder.Key("web.10"))
    #expect(NaturalOrder.Key("web") < NaturalOrder.Key("web.1"))
    #expect(NaturalOrder.Key("a9") < NaturalOrder.Key("aa"))
    #expect(!(NaturalOrder.Key("a01") < NaturalOrder.Key("a1")))
    #expect(!(NaturalOrder.Key("a1") < NaturalOrder.Key("a01")))
  }

  /// The keys, alone and in a table, order every pair as `less` does, on names made of the
  /// characters that decide (digits, dots, letters, a non-ASCII digit, runs too long for an Int).
  @Test func keysOrderAsLess() {
    let alphabet: [String] = ["0", "1", "2", "9", ".", "a", "b", "_", "٣", "é"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var names = ["", "99999999999999999999", "99999999999999999998", "web.10", "web.2"]
    for _ in 0..<300 {
      names.append((0..<(next() % 7)).map { _ in alphabet[next() % alphabet.count] }.joined())
    }
    let keys = names.map(NaturalOrder.Key.init)
    var table = NaturalOrder.KeyTable(capacity: names.count)
    for name in names { table.append(name) }
    var mismatches: [String] = []
    for i in names.indices {
      for j in names.indices {
        let less = NaturalOrder.less(names[i], names[j])
        if (keys[i] < keys[j]) != less || table.less(i, j) != less {
          mismatches.append("\(names[i]) < \(names[j])")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }
}
