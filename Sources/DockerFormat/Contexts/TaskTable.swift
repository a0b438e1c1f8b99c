public import EngineAPI
import GoTemplate

/// `service ps`, `node ps` and `stack ps` in their default table, written straight from the
/// tasks: the cells docker's default format prints, tab-separated, through the same
/// `TabWriter`, without a template value built and a template run for every row (most of a
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
    for row in listing.order.indices {
      let task = listing[row]
      appendID(task.id, noTrunc: noTrunc, to: &text)
      text.append(tab)
      text += shown[row].utf8
      text.append(tab)
      text += cells.image(task).utf8
      text.append(tab)
      text += cells.node(task).utf8
      text.append(tab)
      text += cells.desiredState(task).utf8
      text.append(tab)
      text += cells.currentState(task).utf8
      text.append(tab)
      text += cells.error(task).utf8
      text.append(tab)
      text += cells.ports(task).utf8
      text.append(UInt8(ascii: "\n"))
    }
    return TabWriter().format(text)
  }

  /// The ID's first 12 characters (all of it with `--no-trunc`), copied as bytes when the
  /// first 13 are printable ASCII (then no character spans the cut); otherwise as `TaskCells`
  /// cuts it, by characters.
  private static func appendID(_ id: String, noTrunc: Bool, to text: inout [UInt8]) {
    let bytes = id.utf8
    if noTrunc || bytes.count <= 12 {
      text += bytes
      return
    }
    let head = bytes.prefix(13)
    if head.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      text += head.prefix(12)
    } else {
      text += id.prefix(12).utf8
    }
  }
}
