extension TabWriter {
  /// `format(text)` for a block whose lines all end in a newline and have the same number of
  /// tab-terminated cells, one at least (a listing's rows under their header): then each column
  /// is one block as wide as its widest cell plus padding (`minWidth` at least), so two linear
  /// passes write the table without keeping any cell. Nil for any other text.
  public func formatUniform(_ text: [UInt8]) -> String? {
    text.withUnsafeBufferPointer { input -> String? in
      guard let widths = columnWidths(input) else { return nil }
      let pad = Array(String(padChar).utf8)
      let run = [UInt8](repeating: pad.first ?? 0, count: widths.max() ?? 0)
      var out: [UInt8] = []
      out.reserveCapacity(input.count + input.count / 2)
      var column = 0
      var runes = 0
      var start = 0
      for i in 0..<input.count {
        let byte = input[i]
        if byte == UInt8(ascii: "\t") {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<i]))
          let count = widths[column] - runes
          if pad.count == 1 {
            run.withUnsafeBufferPointer {
              out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
            }
          } else {
            for _ in 0..<count { out.append(contentsOf: pad) }
          }
          column += 1
          runes = 0
          start = i + 1
        } else if byte == UInt8(ascii: "\n") {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: input[start...i]))
          column = 0
          runes = 0
          start = i + 1
        } else if byte & 0xC0 != 0x80 {
          runes += 1
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Each padded column's width, or nil when the lines differ in cells, one has none, or the
  /// text does not end a line.
  private func columnWidths(_ input: UnsafeBufferPointer<UInt8>) -> [Int]? {
    guard input.last == UInt8(ascii: "\n") else { return nil }
    var widest: [Int] = []
    var firstLine = true
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
        column = 0
        runes = 0
      } else if byte & 0xC0 != 0x80 {
        runes += 1
      }
    }
    return widest.map { max(minWidth, $0 + padding) }
  }
}
