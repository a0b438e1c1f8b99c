/// POSIX basic and extended regular expressions (as grep and busybox take them), translated
/// to Swift `Regex` syntax.
struct PosixRegex {
  let regex: Regex<AnyRegexOutput>

  enum Flavor { case basic, extended, fixed }

  /// Nil when the pattern does not compile; `error` then holds grep's complaint.
  init(_ pattern: String, flavor: Flavor, ignoreCase: Bool) throws {
    let translated: String
    switch flavor {
    case .fixed: translated = Self.escapeAll(pattern)
    case .basic: translated = Self.translate(pattern, basic: true)
    case .extended: translated = Self.translate(pattern, basic: false)
    }
    var regex = try Regex(translated)
    if ignoreCase { regex = regex.ignoresCase() }
    self.regex = regex
  }

  private static let swiftSpecials: Set<Character> = [
    "\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "/", "-", "#", " ",
  ]

  static func escapeAll(_ text: String) -> String {
    var out = ""
    for character in text {
      if swiftSpecials.contains(character) || character == "&" || character == "~" { out += "\\" }
      out.append(character)
    }
    return out
  }

  /// BRE: `\( \) \| \{ \} \+ \?` are operators and the bare characters are literal; ERE the
  /// other way round. GNU's `\<` and `\>` become word boundaries; bracket expressions are
  /// copied with their inner `[` escaped for Swift.
  static func translate(_ pattern: String, basic: Bool) -> String {
    let characters = Array(pattern)
    var out = ""
    var index = 0
    let swapped: Set<Character> = ["(", ")", "|", "{", "}", "+", "?"]
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\" where index + 1 < characters.count:
        let next = characters[index + 1]
        index += 2
        if next == "<" || next == ">" {
          out += "\\b"
        } else if basic && swapped.contains(next) {
          out.append(next)
        } else if next.isLetter || next.isNumber {
          // \w, \s, \1... keep their meaning
          out += "\\" + String(next)
        } else {
          out += escapeAll(String(next))
        }
        continue
      case "[":
        index = copyBracket(characters, from: index, into: &out)
        continue
      case "*" where out.isEmpty || out == "^":
        out += "\\*"
      case _ where basic && swapped.contains(character):
        out += "\\" + String(character)
      case "/", "#", " ", "-", "]", "&", "~":
        out += "\\" + String(character)
      case "{" where !basic:
        // `a{2}` is an interval; a `{` that starts none is a literal in ERE.
        let rest = String(characters[(index + 1)...])
        if rest.first?.isNumber == true { out.append(character) } else { out += "\\{" }
      default:
        out.append(character)
      }
      index += 1
    }
    return out
  }

  private static func copyBracket(
    _ characters: [Character], from start: Int, into out: inout String
  )
    -> Int
  {
    var index = start + 1
    var body = ""
    if index < characters.count, characters[index] == "^" {
      body += "^"
      index += 1
    }
    if index < characters.count, characters[index] == "]" {
      body += "\\]"
      index += 1
    }
    while index < characters.count, characters[index] != "]" {
      if characters[index] == "[", index + 1 < characters.count, characters[index + 1] == ":",
        let close = (index + 2..<characters.count).first(where: {
          characters[$0] == "]" && characters[$0 - 1] == ":"
        })
      {
        body += String(characters[index...close])
        index = close + 1
        continue
      }
      let character = characters[index]
      if character == "[" || character == "\\" || character == "&" || character == "~" {
        body += "\\"
      }
      body.append(character)
      index += 1
    }
    guard index < characters.count else {
      // An unclosed bracket is literal text.
      out += escapeAll(String(characters[start...]))
      return characters.count
    }
    out += "[" + body + "]"
    return index + 1
  }

  func firstMatch(in line: Substring) -> Range<Substring.Index>? {
    (try? regex.firstMatch(in: line))?.range
  }

  func matches(in line: Substring) -> [Range<Substring.Index>] {
    line.matches(of: regex).map(\.range)
  }
}
