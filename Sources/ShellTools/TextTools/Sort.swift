/// `sort [-rnub] [-k N[,M]] [-t C]`: busybox's ordering (byte order; equal keys fall back to
/// the whole line, as without `-s`).
enum Sort {
  struct Key {
    var startField: Int
    var endField: Int?
    var numeric: Bool
    var reverse: Bool
  }

  static func run(_ input: ToolInput) -> ToolOutput {
    var reverse = false
    var numeric = false
    var unique = false
    var ignoreBlanks = false
    var separator: Character? = nil
    var keys: [Key] = []
    var badKey: String? = nil
    var scanner = OptionScanner(input.arguments, valued: ["k", "t"])
    let refused = scanner.scan { letter, value in
      switch letter {
      case "r": reverse = true
      case "n": numeric = true
      case "u": unique = true
      case "b": ignoreBlanks = true
      case "t":
        guard let value, value.count == 1 else { return false }
        separator = value.first
      case "k":
        guard let value, let key = parseKey(value) else {
          badKey = value ?? ""
          return true
        }
        keys.append(key)
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("sort", refused.flag) }
    if let badKey { return .failure("sort: bad field specification '\(badKey)'") }
    var lines: [Substring] = []
    var output = ToolOutput()
    for source in input.sources(scanner.operands) {
      switch source.text {
      case .success(let text): lines += text.toolLines
      case .failure(let error):
        return .failure("sort: can't open '\(source.name)': \(error.message)")
      }
    }
    func compare(_ a: Substring, _ b: Substring) -> Int {
      if keys.isEmpty {
        let result = numeric ? compareNumbers(a, b) : compareBytes(a, b)
        if result != 0 || !numeric { return reverse ? -result : result }
      } else {
        for key in keys {
          let ka = extract(a, key, separator, ignoreBlanks)
          let kb = extract(b, key, separator, ignoreBlanks)
          var result = (key.numeric || numeric) ? compareNumbers(ka, kb) : compareBytes(ka, kb)
          if key.reverse { result = -result }
          if result != 0 { return reverse ? -result : result }
        }
      }
      if unique { return 0 }
      let last = compareBytes(a, b)
      return reverse ? -last : last
    }
    // A stable merge sort keeps equal lines in input order, as busybox's qsort fallback does.
    let sorted = lines.enumerated().sorted { x, y in
      let result = compare(x.element, y.element)
      return result != 0 ? result < 0 : x.offset < y.offset
    }.map(\.element)
    var previous: Substring? = nil
    for line in sorted {
      if unique, let previous, compare(previous, line) == 0 { continue }
      output.stdout += line + "\n"
      previous = line
    }
    return output
  }

  /// `N`, `N,M`, `Nn`, `N,Mnr`: fields only (character offsets are not simulated).
  static func parseKey(_ text: String) -> Key? {
    var key = Key(startField: 0, endField: nil, numeric: false, reverse: false)
    let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
    func field(_ part: Substring) -> Int? {
      let digits = part.prefix(while: \.isNumber)
      for flag in part.dropFirst(digits.count) {
        switch flag {
        case "n": key.numeric = true
        case "r": key.reverse = true
        case "b": break
        default: return nil
        }
      }
      return Int(digits)
    }
    guard let start = field(parts[0]), start > 0 else { return nil }
    key.startField = start
    if parts.count > 1 {
      guard let end = field(parts[1]) else { return nil }
      key.endField = end
    }
    return key
  }

  /// Field N starts at the blanks before it (without -t), as POSIX sort says.
  static func extract(_ line: Substring, _ key: Key, _ separator: Character?, _ skipBlanks: Bool)
    -> Substring
  {
    var fieldStarts: [Substring.Index] = [line.startIndex]
    if let separator {
      var index = line.startIndex
      while index < line.endIndex {
        if line[index] == separator { fieldStarts.append(line.index(after: index)) }
        index = line.index(after: index)
      }
    } else {
      var index = line.startIndex
      var inBlank = true
      while index < line.endIndex {
        let blank = line[index] == " " || line[index] == "\t"
        if blank && !inBlank { fieldStarts.append(index) }
        inBlank = blank
        index = line.index(after: index)
      }
    }
    guard key.startField - 1 < fieldStarts.count else { return "" }
    let start = fieldStarts[key.startField - 1]
    var end = line.endIndex
    if let endField = key.endField, endField < fieldStarts.count {
      end = fieldStarts[endField]
      if separator != nil && end > start { end = line.index(before: end) }
    }
    var key = line[start..<max(start, end)]
    if skipBlanks { key = key.drop(while: { $0 == " " || $0 == "\t" }) }
    return key
  }

  static func compareBytes(_ a: Substring, _ b: Substring) -> Int {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    return x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
  }

  /// Leading blanks, an optional minus, digits and a decimal part; anything else counts as 0.
  static func compareNumbers(_ a: Substring, _ b: Substring) -> Int {
    let x = number(a)
    let y = number(b)
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  static func number(_ text: Substring) -> Double {
    var rest = text.drop(while: { $0 == " " || $0 == "\t" })
    var sign = 1.0
    if rest.first == "-" {
      sign = -1
      rest = rest.dropFirst()
    }
    let whole = rest.prefix(while: \.isNumber)
    rest = rest.dropFirst(whole.count)
    var fraction: Substring = ""
    if rest.first == "." { fraction = rest.dropFirst().prefix(while: \.isNumber) }
    return sign * (Double("0" + whole + "." + fraction + "0") ?? 0)
  }
}
