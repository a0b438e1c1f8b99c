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
  public struct Key: Comparable, Sendable {
    enum Piece: Equatable, Sendable {
      case scalar(UInt32)
      /// A run of ASCII digits: its value (0 past `Int.max`, as `less` reads it) and first digit.
      case number(Int, first: UInt32)
    }

    var pieces: [Piece] = []

    public init(_ text: String) {
      var digits = ""
      var first: UInt32 = 0
      func endRun() {
        guard !digits.isEmpty else { return }
        pieces.append(.number(Int(digits) ?? 0, first: first))
        digits = ""
      }
      for scalar in text.unicodeScalars {
        if ("0"..."9").contains(scalar) {
          if digits.isEmpty { first = scalar.value }
          digits.unicodeScalars.append(scalar)
        } else {
          endRun()
          pieces.append(.scalar(scalar.value))
        }
      }
      endRun()
    }

    public static func < (a: Key, b: Key) -> Bool {
      for (x, y) in zip(a.pieces, b.pieces) {
        switch (x, y) {
        case (.number(let vx, _), .number(let vy, _)):
          if vx != vy { return vx < vy }
        case (.number(_, let cx), .scalar(let cy)), (.scalar(let cx), .number(_, let cy)),
          (.scalar(let cx), .scalar(let cy)):
          if cx != cy { return cx < cy }
        }
      }
      return a.pieces.count < b.pieces.count
    }
  }
}
