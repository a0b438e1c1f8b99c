/// A minimal terminal emulator for tests: enough of VT100 (CR, LF, BS, cursor moves, erase)
/// to show what a person would see after libedit's redraws.
struct TerminalScreen {
  let columns: Int
  private(set) var rows: [[Character]] = [[]]
  private var row = 0
  private var column = 0
  private var pending: [UInt8] = []

  init(columns: Int) { self.columns = columns }

  /// The visible text, rows joined by newlines (a prompt's trailing space stays).
  var text: String {
    rows.map { String($0) }.joined(separator: "\n")
  }

  /// Where the next character would go.
  var cursor: (row: Int, column: Int) { (row, column) }

  /// The last non-empty row (where the prompt usually is).
  var lastLine: String {
    text.split(separator: "\n").last.map(String.init) ?? ""
  }

  mutating func feed(_ bytes: some Sequence<UInt8>) {
    pending += bytes
    var index = 0
    while index < pending.count {
      guard let consumed = step(at: index) else { break }  // incomplete sequence: wait for more
      index += consumed
    }
    pending.removeFirst(index)
  }

  /// Interprets one character or escape sequence at `index`; the bytes consumed, or nil.
  private mutating func step(at index: Int) -> Int? {
    let byte = pending[index]
    switch byte {
    case 0x1B:
      guard index + 1 < pending.count else { return nil }
      guard pending[index + 1] == UInt8(ascii: "[") else { return 2 }
      var end = index + 2
      while end < pending.count && !(0x40...0x7E).contains(pending[end]) { end += 1 }
      guard end < pending.count else { return nil }
      let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
      control(Character(UnicodeScalar(pending[end])), parameters)
      return end - index + 1
    case 0x0D: column = 0
    case 0x0A: moveTo(row: row + 1)
    case 0x08: column = max(0, column - 1)
    case 0x07, 0x00: break
    // Kept as a character, so text compares with what the program wrote (tabwriter output).
    case 0x09: put("\t")
    default:
      let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      guard index + length <= pending.count else { return nil }
      let text = String(decoding: pending[index..<(index + length)], as: UTF8.self)
      if byte >= 0x20 { put(Character(text)) }
      return length
    }
    return 1
  }

  private mutating func control(_ command: Character, _ parameters: String) {
    let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
    let count = max(1, numbers.first ?? 1)
    switch command {
    case "A": moveTo(row: max(0, row - count))
    case "B": moveTo(row: row + count)
    case "C": column = min(columns - 1, column + count)
    case "D": column = max(0, column - count)
    case "G": column = max(0, count - 1)
    case "K": if column < rows[row].count { rows[row].removeSubrange(column...) }
    case "J":
      if parameters == "2" {
        rows = [[]]
        row = 0
      } else {
        if column < rows[row].count { rows[row].removeSubrange(column...) }
        rows.removeSubrange((row + 1)...)
      }
    case "H":
      moveTo(row: max(0, (numbers.first ?? 1) - 1))
      column = max(0, (numbers.count > 1 ? numbers[1] : 1) - 1)
    default: break
    }
  }

  private mutating func put(_ character: Character) {
    if column >= columns {
      moveTo(row: row + 1)
      column = 0
    }
    while rows[row].count < column { rows[row].append(" ") }
    if column < rows[row].count {
      rows[row][column] = character
    } else {
      rows[row].append(character)
    }
    column += 1
  }

  private mutating func moveTo(row target: Int) {
    while rows.count <= target { rows.append([]) }
    row = target
  }
}
