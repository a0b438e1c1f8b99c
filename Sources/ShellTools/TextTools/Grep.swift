/// `grep`: lines matching a pattern, as busybox prints them.
enum Grep {
  static func run(_ input: ToolInput) -> ToolOutput {
    var invert = false
    var ignoreCase = false
    var countOnly = false
    var wholeWord = false
    var wholeLine = false
    var numbers = false
    var quiet = false
    var onlyMatching = false
    var names: Bool? = nil
    var flavor = PosixRegex.Flavor.basic
    var patterns: [String] = []
    var scanner = OptionScanner(input.arguments, valued: ["e"])
    let refused = scanner.scan { letter, value in
      switch letter {
      case "v": invert = true
      case "i": ignoreCase = true
      case "c": countOnly = true
      case "w": wholeWord = true
      case "x": wholeLine = true
      case "n": numbers = true
      case "q": quiet = true
      case "o": onlyMatching = true
      case "E": flavor = .extended
      case "F": flavor = .fixed
      case "H": names = true
      case "h": names = false
      case "e": patterns.append(value ?? "")
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("grep", refused.flag) }
    var operands = scanner.operands
    if patterns.isEmpty {
      guard !operands.isEmpty else { return .failure(usage, status: 2) }
      patterns = [operands.removeFirst()]
    }
    var regexes: [PosixRegex] = []
    for pattern in patterns {
      // grep -e takes several patterns; a newline in one separates more.
      for piece in pattern.split(separator: "\n", omittingEmptySubsequences: false) {
        guard
          let regex = try? PosixRegex(String(piece), flavor: flavor, ignoreCase: ignoreCase)
        else {
          return .failure("grep: bad regex '\(piece)'", status: 2)
        }
        regexes.append(regex)
      }
    }
    let showNames = names ?? (operands.count > 1)
    var output = ToolOutput(status: 1)
    var errors = false
    for source in input.sources(operands) {
      let text: String
      switch source.text {
      case .success(let value): text = value
      case .failure(let error):
        output.stderr += "grep: \(source.name): \(error.message)\n"
        errors = true
        continue
      }
      let name = source.name == "-" ? "(standard input)" : source.name
      var count = 0
      for (number, line) in text.toolLines.enumerated() {
        let ranges = regexes.flatMap {
          matches($0, line, wholeWord: wholeWord, wholeLine: wholeLine)
        }
        guard ranges.isEmpty == invert else { continue }
        count += 1
        output.status = 0
        if quiet { return ToolOutput() }
        if countOnly { continue }
        let prefix = (showNames ? name + ":" : "") + (numbers ? "\(number + 1):" : "")
        if onlyMatching && !invert {
          for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            output.stdout += prefix + line[range] + "\n"
          }
        } else {
          output.stdout += prefix + line + "\n"
        }
      }
      if countOnly { output.stdout += (showNames ? name + ":" : "") + "\(count)\n" }
    }
    if errors { output.status = 2 }
    return output
  }

  /// The ranges where the line matches, after -w / -x rules (busybox retries -w after a
  /// match that is not a whole word).
  private static func matches(
    _ regex: PosixRegex, _ line: Substring, wholeWord: Bool, wholeLine: Bool
  ) -> [Range<Substring.Index>] {
    if wholeLine {
      guard
        let range = regex.matches(in: line).first(where: { $0 == line.startIndex..<line.endIndex })
      else {
        if line.isEmpty, regex.firstMatch(in: line) != nil {
          return [line.startIndex..<line.endIndex]
        }
        return []
      }
      return [range]
    }
    let all = regex.matches(in: line)
    guard wholeWord else { return all }
    return all.filter { range in
      let before =
        range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
      let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
      return !isWord(before) && !isWord(after) && !range.isEmpty
    }
  }

  private static func isWord(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber || character == "_"
  }

  static let usage = "Usage: grep [-icvwxnqoEFHh] PATTERN [FILE]..."
}
