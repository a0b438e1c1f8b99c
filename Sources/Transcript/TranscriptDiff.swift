/// A unified diff of one failing command: its expected block (`-`) against what bless would
/// write from the actual output (`+`), numbered by the file's lines.
struct TranscriptDiff {
  /// Lines of unchanged context kept around each change.
  static let context = 2

  /// One diff line with its line numbers in the old (expected) and new (blessed) file.
  private struct Row {
    var marker: Character
    var text: String
    var old: Int?
    var new: Int?
  }

  let text: String

  init(result: CommandResult, file: TranscriptFile) {
    let command = result.command
    let escaper = OutputLineEscaper(header: file.header)
    let actual = ActualEntry.entries(
      output: result.actual.output, exitCode: result.actual.exitCode,
      exactWhitespace: file.header.exactWhitespace)
    let first = command.outputLines.lowerBound + 1
    var rows: [Row] = []
    var old = first
    var new = first
    for edit in result.edits {
      switch edit {
      case .keep(let e, _):
        rows.append(Row(marker: " ", text: file.lines[first - 1 + e], old: old, new: new))
        old += 1
        new += 1
      case .remove(let e):
        rows.append(Row(marker: "-", text: file.lines[first - 1 + e], old: old, new: nil))
        old += 1
      case .add(let a):
        rows.append(Row(marker: "+", text: escaper.text(for: actual[a]), old: nil, new: new))
        new += 1
      }
    }
    var out = "\(file.name):\(command.line): \(command.displayLine)\n--- expected\n+++ actual\n"
    for hunk in Self.hunks(rows) {
      out += Self.header(rows[hunk], first: first)
      for row in rows[hunk] { out += "\(row.marker)\(row.text)\n" }
    }
    text = out
  }

  /// Ranges of rows around changes, merged when their context overlaps.
  private static func hunks(_ rows: [Row]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, row) in rows.enumerated() where row.marker != " " {
      let range = max(0, index - context)..<min(rows.count, index + context + 1)
      if let last = ranges.last, last.upperBound >= range.lowerBound {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        ranges.append(range)
      }
    }
    return ranges
  }

  /// `@@ -start,count +start,count @@`; a side without lines names the command line, since a
  /// hunk only lacks context when that side of the block is empty.
  private static func header(_ rows: ArraySlice<Row>, first: Int) -> String {
    func side(_ numbers: [Int]) -> String {
      guard let start = numbers.first else { return "\(first - 1),0" }
      return numbers.count == 1 ? "\(start)" : "\(start),\(numbers.count)"
    }
    return "@@ -\(side(rows.compactMap(\.old))) +\(side(rows.compactMap(\.new))) @@\n"
  }
}
