/// `uniq [-c] [-d] [-u]`: adjacent duplicate lines folded, optionally counted.
enum Uniq {
  static func run(_ input: ToolInput) -> ToolOutput {
    var count = false
    var onlyRepeated = false
    var onlyUnique = false
    var scanner = OptionScanner(input.arguments)
    let refused = scanner.scan { letter, _ in
      switch letter {
      case "c": count = true
      case "d": onlyRepeated = true
      case "u": onlyUnique = true
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("uniq", refused.flag) }
    guard scanner.operands.count <= 1 else {
      return TextTools.notSimulated("uniq", "OUTPUT-FILE")
    }
    guard case .success(let text) = input.sources(scanner.operands)[0].text else {
      if case .failure(let error) = input.sources(scanner.operands)[0].text {
        return .failure("uniq: \(scanner.operands[0]): \(error.message)")
      }
      return ToolOutput()
    }
    var groups: [(line: Substring, count: Int)] = []
    for line in text.toolLines {
      if let last = groups.last, last.line == line {
        groups[groups.count - 1].count += 1
      } else {
        groups.append((line, 1))
      }
    }
    var output = ToolOutput()
    for group in groups {
      if onlyRepeated && group.count == 1 { continue }
      if onlyUnique && group.count > 1 { continue }
      if count {
        let number = String(group.count)
        output.stdout += String(repeating: " ", count: max(0, 7 - number.count)) + number + " "
      }
      output.stdout += group.line + "\n"
    }
    return output
  }
}
