extension TabWriter {
  /// `format(text)` for a block whose lines all end in a newline and have the same number of
  /// tab-terminated cells, one at least (a listing's rows under their header): then each column
  /// is one block as wide as its widest cell plus padding (`minWidth` at least), so two linear
  /// passes write the table without keeping any cell. Nil for any other text.
  public func formatUniform(_ text: [UInt8]) -> String? {
    text.withUnsafeBufferPointer { input -> String? in
      guard let (widths, lines) = columnWidths(input), let base = input.baseAddress else {
        return nil
      }
      let pad = Array(String(padChar).utf8)
      // Each line gains at most its columns' widths in padding.
      let capacity = input.count + lines * widths.reduce(0, +) * pad.count
      // Written straight into the string's storage: a 100,000-row table is not built in an
      // array and then copied.
      return String(unsafeUninitializedCapacity: capacity) { out in
        guard let target = out.baseAddress else { return 0 }
        var written = 0
        func copy(_ from: Int, _ count: Int) {
          (target + written).update(from: base + from, count: count)
          written += count
        }
        var column = 0
        var runes = 0
        var start = 0
        for i in 0..<input.count {
          let byte = input[i]
          if byte == UInt8(ascii: "\t") {
            copy(start, i - start)
            let count = widths[column] - runes
            if pad.count == 1 {
              (target + written).initialize(repeating: pad[0], count: count)
              written += count
            } else {
              for _ in 0..<count {
                for b in pad {
                  target[written] = b
                  written += 1
                }
              }
            }
            column += 1
            runes = 0
            start = i + 1
          } else if byte == UInt8(ascii: "\n") {
            copy(start, i + 1 - start)
            column = 0
            runes = 0
            start = i + 1
          } else if byte & 0xC0 != 0x80 {
            runes += 1
          }
        }
        return written
      }
    }
  }

  /// Each padded column's width and the number of lines, or nil when the lines differ in
  /// cells, one has none, or the text does not end a line.
  private func columnWidths(_ input: UnsafeBufferPointer<UInt8>) -> ([Int], lines: Int)? {
    guard input.last == UInt8(ascii: "\n") else { return nil }
    var widest: [Int] = []
    var firstLine = true
    var lines = 0
    var column = 0
    var runes = 0
    for byte in input {
      if byte == UInt8(ascii: "\t") {
        if firstLine {
          widest.append(runes)
        } else {
          guard column < widest.count else { return nil }
          widest[column] = max(widest[column], runes)
        }
        column += 1
        runes = 0
      } else if byte == UInt8(ascii: "\n") {
        guard column > 0, column == widest.count else { return nil }
        firstLine = false
        lines += 1
        column = 0
        runes = 0
      } else if byte & 0xC0 != 0x80 {
        runes += 1
      }
    }
    return (widest.map { max(minWidth, $0 + padding) }, lines)
  }
}
