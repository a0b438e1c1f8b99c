/// Go's `text/tabwriter` as docker 20.10 configures it for tables
/// (`tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`), measuring cells in runes as Go does.
///
/// Cells are tab-terminated; the text after a line's last tab is not a column cell and is
/// never padded. A line without tabs ends the current column block.
public struct TabWriter: Sendable {
  public var minWidth: Int
  public var padding: Int
  public var padChar: Character

  public init(minWidth: Int = 10, padding: Int = 3, padChar: Character = " ") {
    self.minWidth = minWidth
    self.padding = padding
    self.padChar = padChar
  }

  /// A cell as a range of the input's UTF-8 bytes and its width in runes: a table of 100,000
  /// rows is cut without making a string per cell.
  private struct Cell {
    var start: Int
    var end: Int
    var width: Int
  }

  /// Aligns `text` as a `Write` of all of it followed by `Flush`.
  public func format(_ text: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { format($0) } ?? ""
  }

  private func format(_ input: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(input.count + input.count / 2)
    var lines: [[Cell]] = [[]]
    var start = 0
    var width = 0
    func terminateCell(at end: Int) -> Int {
      lines[lines.count - 1].append(Cell(start: start, end: end, width: width))
      start = end + 1
      width = 0
      return lines[lines.count - 1].count
    }
    for (i, byte) in input.enumerated() {
      switch byte {
      case UInt8(ascii: "\t"):
        _ = terminateCell(at: i)
      case UInt8(ascii: "\n"):
        let cells = terminateCell(at: i)
        lines.append([])
        if cells == 1 {
          flush(&lines, input, into: &out)
        }
      default:
        // One rune per byte that does not continue a UTF-8 sequence.
        if byte & 0xC0 != 0x80 { width += 1 }
      }
    }
    if start < input.count { _ = terminateCell(at: input.count) }
    flush(&lines, input, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func flush(
    _ lines: inout [[Cell]], _ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]
  ) {
    var widths: [Int] = []
    formatBlock(lines, input, &widths, 0, lines.count, into: &out)
    lines = [[]]
  }

  /// Go's recursive `format`: finds column blocks and sizes each one separately.
  private func formatBlock(
    _ lines: [[Cell]], _ input: UnsafeBufferPointer<UInt8>, _ widths: inout [Int], _ start: Int,
    _ end: Int, into out: inout [UInt8]
  ) {
    var line0 = start
    let column = widths.count
    var this = start
    while this < end {
      if column >= lines[this].count - 1 {
        this += 1
        continue
      }
      writeLines(lines, input, widths, line0, this, into: &out)
      line0 = this
      var width = minWidth
      while this < end, column < lines[this].count - 1 {
        width = max(width, lines[this][column].width + padding)
        this += 1
      }
      widths.append(width)
      formatBlock(lines, input, &widths, line0, this, into: &out)
      widths.removeLast()
      line0 = this
    }
    writeLines(lines, input, widths, line0, end, into: &out)
  }

  private func writeLines(
    _ lines: [[Cell]], _ input: UnsafeBufferPointer<UInt8>, _ widths: [Int], _ start: Int,
    _ end: Int, into out: inout [UInt8]
  ) {
    guard start < end else { return }
    let pad = Array(String(padChar).utf8)
    for i in start..<end {
      for (j, c) in lines[i].enumerated() {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[c.start..<c.end]))
        if j < widths.count {
          for _ in 0..<max(0, widths[j] - c.width) { out.append(contentsOf: pad) }
        }
      }
      if i + 1 < lines.count { out.append(UInt8(ascii: "\n")) }
    }
  }
}
