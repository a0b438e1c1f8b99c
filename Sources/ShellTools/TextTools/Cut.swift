/// `cut -d C -f LIST`, `cut -c LIST`, `cut -b LIST` (`-s` drops lines without the delimiter).
enum Cut {
  static func run(_ input: ToolInput) -> ToolOutput {
    var fields: String? = nil
    var characters: String? = nil
    var delimiter: Character = "\t"
    var onlyDelimited = false
    var badDelimiter = false
    var scanner = OptionScanner(input.arguments, valued: ["d", "f", "c", "b"])
    let refused = scanner.scan { letter, value in
      switch letter {
      case "f": fields = value
      case "c", "b": characters = value
      case "s": onlyDelimited = true
      case "d":
        guard let value, value.count == 1 else {
          badDelimiter = true
          return true
        }
        delimiter = value.first!
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("cut", refused.flag) }
    if badDelimiter { return .failure("cut: the delimiter must be a single character") }
    guard let listText = fields ?? characters else {
      return .failure("cut: expected a list of bytes, characters, or fields")
    }
    guard let ranges = parseList(listText) else {
      return .failure("cut: invalid byte, character or field list")
    }
    var output = ToolOutput()
    for source in input.sources(scanner.operands) {
      guard case .success(let text) = source.text else {
        if case .failure(let error) = source.text {
          output.stderr += "cut: can't open '\(source.name)': \(error.message)\n"
        }
        output.status = 1
        continue
      }
      for line in text.toolLines {
        if fields != nil {
          guard line.contains(delimiter) else {
            if !onlyDelimited { output.stdout += line + "\n" }
            continue
          }
          let pieces = line.split(separator: delimiter, omittingEmptySubsequences: false)
          let chosen = pieces.indices.filter { index in ranges.contains { $0.contains(index + 1) } }
          output.stdout += chosen.map { pieces[$0] }.joined(separator: String(delimiter))
          // busybox still writes the delimiter before a listed field the line lacks.
          if let last = chosen.last, ranges.contains(where: { $0.lowerBound > last + 1 }) {
            output.stdout.append(delimiter)
          }
          output.stdout += "\n"
        } else {
          let scalars = Array(line)
          let chosen = scalars.indices.filter { index in ranges.contains { $0.contains(index + 1) }
          }
          output.stdout += String(chosen.map { scalars[$0] }) + "\n"
        }
      }
    }
    return output
  }

  /// `1,3`, `2-`, `-4`, `2-5`: 1-based, inclusive.
  static func parseList(_ text: String) -> [ClosedRange<Int>]? {
    var ranges: [ClosedRange<Int>] = []
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      let bounds = piece.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
      if bounds.count == 1 {
        guard let n = Int(bounds[0]), n > 0 else { return nil }
        ranges.append(n...n)
      } else {
        let low = bounds[0].isEmpty ? 1 : Int(bounds[0])
        let high = bounds[1].isEmpty ? Int.max : Int(bounds[1])
        guard let low, let high, low > 0, low <= high else { return nil }
        ranges.append(low...high)
      }
    }
    return ranges.isEmpty ? nil : ranges
  }
}
