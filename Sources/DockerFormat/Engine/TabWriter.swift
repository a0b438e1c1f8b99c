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

  private struct Cell {
    var text: String
    var width: Int
  }

  /// Aligns `text` as a `Write` of all of it followed by `Flush`.
  public func format(_ text: String) -> String {
    var out = ""
    var lines: [[Cell]] = [[]]
    var cell = ""
    func terminateCell() -> Int {
      lines[lines.count - 1].append(Cell(text: cell, width: cell.unicodeScalars.count))
      cell = ""
      return lines[lines.count - 1].count
    }
    for ch in text.unicodeScalars {
      switch ch {
      case "\t":
        _ = terminateCell()
      case "\n":
        let cells = terminateCell()
        lines.append([])
        if cells == 1 {
          flush(&lines, into: &out)
        }
      default:
        cell.unicodeScalars.append(ch)
      }
    }
    if !cell.isEmpty { _ = terminateCell() }
    flush(&lines, into: &out)
    return out
  }

  private func flush(_ lines: inout [[Cell]], into out: inout String) {
    var widths: [Int] = []
    formatBlock(lines, &widths, 0, lines.count, into: &out)
    lines = [[]]
  }

  /// Go's recursive `format`: finds column blocks and sizes each one separately.
  private func formatBlock(
    _ lines: [[Cell]], _ widths: inout [Int], _ start: Int, _ end: Int, into out: inout String
  ) {
    var line0 = start
    let column = widths.count
    var this = start
    while this < end {
      if column >= lines[this].count - 1 {
        this += 1
        continue
      }
      writeLines(lines, widths, line0, this, into: &out)
      line0 = this
      var width = minWidth
      while this < end, column < lines[this].count - 1 {
        width = max(width, lines[this][column].width + padding)
        this += 1
      }
      widths.append(width)
      formatBlock(lines, &widths, line0, this, into: &out)
      widths.removeLast()
      line0 = this
    }
    writeLines(lines, widths, line0, end, into: &out)
  }

  private func writeLines(
    _ lines: [[Cell]], _ widths: [Int], _ start: Int, _ end: Int, into out: inout String
  ) {
    guard start < end else { return }
    for i in start..<end {
      for (j, c) in lines[i].enumerated() {
        out += c.text
        if j < widths.count {
          out += String(repeating: padChar, count: max(0, widths[j] - c.width))
        }
      }
      if i + 1 < lines.count { out += "\n" }
    }
  }
}
