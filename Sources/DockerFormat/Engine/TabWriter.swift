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

  /// The lines of the block being cut, their cells in one array: line `i` is
  /// `cells[starts[i]..<starts[i + 1]]` (the last line runs to the end), so a line costs no
  /// array of its own.
  private struct Lines {
    var cells: [Cell] = []
    var starts: [Int] = [0]

    var count: Int { starts.count }

    func cellCount(_ line: Int) -> Int {
      (line + 1 < starts.count ? starts[line + 1] : cells.count) - starts[line]
    }

    func cell(_ line: Int, _ column: Int) -> Cell { cells[starts[line] + column] }

    mutating func reset() {
      cells.removeAll(keepingCapacity: true)
      starts.removeAll(keepingCapacity: true)
      starts.append(0)
    }
  }

  /// Aligns `text` as a `Write` of all of it followed by `Flush`.
  public func format(_ text: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { format($0) } ?? ""
  }

  /// Aligns UTF-8 `text`, as `format(String(decoding: text, as: UTF8.self))` does.
  public func format(_ text: [UInt8]) -> String {
    text.withUnsafeBufferPointer { format($0) }
  }

  private func format(_ input: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(input.count + input.count / 2)
    var lines = Lines()
    // One cell per tab or newline, counted first: a growing array of 100,000 rows' cells would
    // hold up to twice their room, and copy them as it grows.
    var cellCount = 1
    for byte in input where byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
      cellCount += 1
    }
    lines.cells.reserveCapacity(cellCount)
    var start = 0
    var width = 0
    for i in 0..<input.count {
      let byte = input[i]
      switch byte {
      case UInt8(ascii: "\t"):
        lines.cells.append(Cell(start: start, end: i, width: width))
        start = i + 1
        width = 0
      case UInt8(ascii: "\n"):
        lines.cells.append(Cell(start: start, end: i, width: width))
        start = i + 1
        width = 0
        let cells = lines.cellCount(lines.count - 1)
        lines.starts.append(lines.cells.count)
        if cells == 1 {
          flush(&lines, input, into: &out)
        }
      default:
        // One rune per byte that does not continue a UTF-8 sequence.
        if byte & 0xC0 != 0x80 { width += 1 }
      }
    }
    if start < input.count {
      lines.cells.append(Cell(start: start, end: input.count, width: width))
    }
    flush(&lines, input, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func flush(
    _ lines: inout Lines, _ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]
  ) {
    var widths: [Int] = []
    formatBlock(lines, input, &widths, 0, lines.count, into: &out)
    lines.reset()
  }

  /// Go's recursive `format`: finds column blocks and sizes each one separately.
  private func formatBlock(
    _ lines: Lines, _ input: UnsafeBufferPointer<UInt8>, _ widths: inout [Int], _ start: Int,
    _ end: Int, into out: inout [UInt8]
  ) {
    var line0 = start
    let column = widths.count
    var this = start
    while this < end {
      if column >= lines.cellCount(this) - 1 {
        this += 1
        continue
      }
      writeLines(lines, input, widths, line0, this, into: &out)
      line0 = this
      var width = minWidth
      while this < end, column < lines.cellCount(this) - 1 {
        width = max(width, lines.cell(this, column).width + padding)
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
    _ lines: Lines, _ input: UnsafeBufferPointer<UInt8>, _ widths: [Int], _ start: Int,
    _ end: Int, into out: inout [UInt8]
  ) {
    guard start < end else { return }
    let pad = Array(String(padChar).utf8)
    // Padding of a one-byte character is copied from a run of it as long as the widest column.
    let run = pad.count == 1 ? [UInt8](repeating: pad[0], count: widths.max() ?? 0) : []
    for i in start..<end {
      for j in 0..<lines.cellCount(i) {
        let c = lines.cell(i, j)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[c.start..<c.end]))
        if j < widths.count {
          let count = max(0, widths[j] - c.width)
          if pad.count == 1 {
            run.withUnsafeBufferPointer {
              out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
            }
          } else {
            for _ in 0..<count { out.append(contentsOf: pad) }
          }
        }
      }
      if i + 1 < lines.count { out.append(UInt8(ascii: "\n")) }
    }
  }
}
