public import EngineAPI
import GoTemplate

/// `service ps`, `node ps` and `stack ps` in their default table, written straight from the
/// tasks: the cells docker's default format prints, tab-separated, aligned as `TabWriter`
/// aligns them, without a template value built and a template run for every row (most of a
/// 100,000-task listing's cost). A `--format` of the learner's goes through `TaskContext`;
/// both print the same bytes for the default format.
public enum TaskTable {
  /// Whether `format` (the `--format` given, if any) is the default table.
  public static func isDefault(_ format: String?) -> Bool {
    format == nil || format == TaskContext.defaultFormat
  }

  /// The default table of the listing (`TaskContext.defaultFormat` through `TableFormatter`).
  public static func render(_ listing: TaskListing, now: Timestamp, noTrunc: Bool) -> String {
    var cells = TaskCells(listing, now: now, options: TaskRowOptions(noTrunc: noTrunc))
    let shown = listing.shownNames(isTable: true)
    var text: [UInt8] = []
    text.reserveCapacity(128 * (listing.order.count + 1))
    for (n, field) in TaskContext.headers.enumerated() {
      if n > 0 { text.append(UInt8(ascii: "\t")) }
      if case .string(let title) = field.value { text += title.utf8 }
    }
    text.append(UInt8(ascii: "\n"))
    let tab = UInt8(ascii: "\t")
    let tasks = listing.tasks
    for (row, position) in listing.order.enumerated() {
      // Cells read the task's fields in place: a copy of a whole `Task` per cell (or per row)
      // costs more than the cell.
      appendID(tasks[position].id, noTrunc: noTrunc, to: &text)
      text.append(tab)
      append(shown[row], to: &text)
      text.append(tab)
      append(cells.image(tasks[position].$spec.wrappedValue.containerSpec?.image), to: &text)
      text.append(tab)
      append(cells.node(tasks[position].nodeID), to: &text)
      text.append(tab)
      append(cells.desiredState(tasks[position].desiredState), to: &text)
      text.append(tab)
      append(
        cells.currentState(
          tasks[position].status.state, since: tasks[position].status.timestamp), to: &text)
      text.append(tab)
      append(cells.error(tasks[position].status.err), to: &text)
      text.append(tab)
      append(cells.ports(tasks[position].status.portStatus.ports), to: &text)
      text.append(UInt8(ascii: "\n"))
    }
    // Every row has the header's cells, so the table is aligned in two passes; a cell holding
    // a tab or a newline (an error message can) leaves it to the general writer.
    let writer = TabWriter()
    return writer.formatUniform(text) ?? writer.format(text)
  }

  private static func append(_ cell: String, to text: inout [UInt8]) {
    var cell = cell
    cell.withUTF8 { text.append(contentsOf: $0) }
  }

  /// The ID's first 12 characters (all of it with `--no-trunc`), copied as bytes when the
  /// first 13 are printable ASCII (then no character spans the cut); otherwise as `TaskCells`
  /// cuts it, by characters.
  private static func appendID(_ id: String, noTrunc: Bool, to text: inout [UInt8]) {
    var bytes = id
    let copied = bytes.withUTF8 { bytes in
      if noTrunc || bytes.count <= 12 {
        text.append(contentsOf: bytes)
      } else if bytes[..<13].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<12]))
      } else {
        return false
      }
      return true
    }
    if !copied { text += id.prefix(12).utf8 }
  }
}
