/// `awk '{print $N, …}'`: the one awk program learners pipe docker output into. Fields split on
/// runs of blanks (or `-F C`); `$0`, `$NF` and `NR`, strings in quotes; a comma prints a space.
/// Any other program is refused plainly.
enum Awk {
  enum Item: Equatable {
    case field(Int)
    case lastField
    case recordNumber
    case fieldCount
    case text(String)
  }

  static func run(_ input: ToolInput) -> ToolOutput {
    var arguments = input.arguments
    var separator: String? = nil
    if let first = arguments.first, first.hasPrefix("-F") {
      arguments.removeFirst()
      if first == "-F" {
        guard !arguments.isEmpty else { return .failure("awk: option requires an argument -- F") }
        separator = arguments.removeFirst()
      } else {
        separator = String(first.dropFirst(2))
      }
    }
    if let flag = arguments.first, flag.hasPrefix("-") {
      return TextTools.notSimulated("awk", flag)
    }
    guard !arguments.isEmpty else { return .failure(usage) }
    let program = arguments.removeFirst()
    guard let items = parse(program) else {
      return .failure(
        "swarmlab: awk: only '{print $N, …}' programs are simulated, not '\(program)'", status: 127)
    }
    var output = ToolOutput()
    var recordNumber = 0
    for source in input.sources(arguments) {
      guard case .success(let text) = source.text else {
        if case .failure(let error) = source.text {
          output.stderr += "awk: cannot open \"\(source.name)\" (\(error.message))\n"
        }
        output.status = 2
        continue
      }
      for line in text.toolLines {
        recordNumber += 1
        let fields = split(line, separator)
        let values = items.map { item -> String in
          switch item {
          case .field(0): return String(line)
          case .field(let n): return n <= fields.count ? String(fields[n - 1]) : ""
          case .lastField: return fields.last.map(String.init) ?? ""
          case .recordNumber: return String(recordNumber)
          case .fieldCount: return String(fields.count)
          case .text(let text): return text
          }
        }
        output.stdout += values.joined() + "\n"
      }
    }
    return output
  }

  static func split(_ line: Substring, _ separator: String?) -> [Substring] {
    guard let separator, separator != " " else {
      return line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
    if separator.count == 1, let c = separator.first {
      return line.split(separator: c, omittingEmptySubsequences: false)
    }
    return line.split(separator: separator, omittingEmptySubsequences: false)
  }

  /// `{print}`, `{ print $1, $3 }`, `{print $NF}`, `{print "x" $2}`; nil for anything else.
  static func parse(_ program: String) -> [Item]? {
    var text = Substring(program).trimmingBlanks
    guard text.first == "{", text.last == "}" else { return nil }
    text = text.dropFirst().dropLast().trimmingBlanks
    if text.hasSuffix(";") { text = text.dropLast().trimmingBlanks }
    guard text.hasPrefix("print") else { return nil }
    text = text.dropFirst(5)
    guard text.isEmpty || text.first == " " || text.first == "\t" || text.first == "$" else {
      return nil
    }
    text = text.trimmingBlanks
    if text.isEmpty { return [.field(0)] }
    var items: [Item] = []
    while !text.isEmpty {
      if text.first == "," {
        items.append(.text(" "))
        text = text.dropFirst().trimmingBlanks
        continue
      }
      if text.hasPrefix("$NF") {
        items.append(.lastField)
        text = text.dropFirst(3)
      } else if text.first == "$" {
        let digits = text.dropFirst().prefix(while: \.isNumber)
        guard let n = Int(digits) else { return nil }
        items.append(.field(n))
        text = text.dropFirst(1 + digits.count)
      } else if text.hasPrefix("NR") {
        items.append(.recordNumber)
        text = text.dropFirst(2)
      } else if text.hasPrefix("NF") {
        items.append(.fieldCount)
        text = text.dropFirst(2)
      } else if text.first == "\"" {
        guard let close = text.dropFirst().firstIndex(of: "\"") else { return nil }
        let literal = text[text.index(after: text.startIndex)..<close]
        guard !literal.contains("\\") else { return nil }
        items.append(.text(String(literal)))
        text = text[text.index(after: close)...]
      } else {
        return nil
      }
      text = text.trimmingBlanks
    }
    return items
  }

  static let usage = "Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]..."
}

extension Substring {
  var trimmingBlanks: Substring {
    drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" })
      .reversed().reduce(into: Substring()) { $0.append($1) }
  }
}
