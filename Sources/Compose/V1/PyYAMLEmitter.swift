/// Writes a value as docker-compose 1.x's `config` does: PyYAML's `safe_dump` with
/// `default_flow_style=False, indent=2, width=80, allow_unicode=True`, mapping keys sorted, and
/// compose's string representer (boolean-like strings such as `yes` or `N` in double quotes,
/// every `$` doubled so the output can be read back). Sequences inside mappings are not indented
/// (`ports:` then `- target: 80` at the same column), as PyYAML writes them.
enum PyYAMLEmitter {
  static func document(_ value: YAMLValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    return out
  }

  /// Writes a block mapping or sequence whose first line starts at the current column (after
  /// `- ` or at the start of a line) and whose later lines start at `indent`.
  private static func write(_ value: YAMLValue, indent: Int, into out: inout String) {
    switch value {
    case .mapping(let entries) where !entries.isEmpty:
      var first = true
      for (key, child) in entries.sorted(by: {
        $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars)
      }) {
        if !first { out += String(repeating: " ", count: indent) }
        first = false
        let keyText = scalar(.string(key), column: indent, indent: indent)
        out += keyText + ":"
        switch child {
        case .mapping(let nested) where !nested.isEmpty:
          out += "\n" + String(repeating: " ", count: indent + 2)
          write(child, indent: indent + 2, into: &out)
        case .list(let items) where !items.isEmpty:
          out += "\n" + String(repeating: " ", count: indent)
          write(child, indent: indent, into: &out)
        default:
          out += " " + scalar(child, column: indent + keyText.count + 2, indent: indent) + "\n"
        }
      }
    case .list(let items) where !items.isEmpty:
      var first = true
      for item in items {
        if !first { out += String(repeating: " ", count: indent) }
        first = false
        out += "- "
        switch item {
        case .mapping(let nested) where !nested.isEmpty:
          write(item, indent: indent + 2, into: &out)
        case .list(let nested) where !nested.isEmpty:
          write(item, indent: indent + 2, into: &out)
        default:
          out += scalar(item, column: indent + 2, indent: indent) + "\n"
        }
      }
    default:
      out += scalar(value, column: indent, indent: indent) + "\n"
    }
  }

  /// A scalar (or an empty collection) in flow form, starting at `column` in a block whose
  /// lines start at `indent` (a folded scalar goes on two columns right of it).
  static func scalar(_ value: YAMLValue, column: Int = 0, indent: Int = 0) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let d): return pythonFloat(d)
    case .list: return "[]"
    case .mapping: return "{}"
    case .string(let raw):
      let text = raw.replacingOccurrences(of: "$", with: "$$")
      let booleanLike = ["y", "n", "yes", "no", "on", "off", "true", "false"]
      if booleanLike.contains(text.lowercased()) { return "\"" + text + "\"" }
      return string(text, column: column, indent: indent + 2)
    }
  }

  /// PyYAML's `represent_float`: Python's `repr`, lower-cased, with `.0` added before an
  /// exponent that lacks a fraction.
  static func pythonFloat(_ d: Double) -> String {
    if d.isNaN { return ".nan" }
    if d.isInfinite { return d > 0 ? ".inf" : "-.inf" }
    var text = "\(d)".lowercased()
    if text.contains("e") {
      if !text.contains(".") {
        text = text.replacingOccurrences(of: "e", with: ".0e")
      }
      // Python writes e+20 where Swift writes e+20 too, but Swift omits the sign of positive
      // exponents in some forms.
      if let e = text.firstIndex(of: "e"), text[text.index(after: e)] != "-",
        text[text.index(after: e)] != "+"
      {
        text.insert("+", at: text.index(after: e))
      }
    }
    return text
  }

  /// A string in the style PyYAML picks: plain when it reads back as the same string and holds
  /// no indicator, else single-quoted, else (control characters, line breaks) double-quoted.
  private static func string(_ text: String, column: Int, indent: Int) -> String {
    if text.isEmpty { return "''" }
    let analysis = Analysis(text)
    if analysis.hasSpecial { return doubleQuoted(text) }
    if analysis.plainAllowed && !analysis.hasLineBreak && PyYAMLResolver.resolvesAsString(text) {
      return folded(text, column: column, indent: indent, quote: "")
    }
    let quoted = text.replacingOccurrences(of: "'", with: "''")
    return folded(quoted, column: column, indent: indent, quote: "'")
  }

  /// PyYAML breaks a long plain or single-quoted scalar at a single space once the line has
  /// passed the width (80), going on at `indent`; a quoted line break is written as an empty
  /// line (`'a` / `` / `  b'`).
  private static func folded(_ text: String, column: Int, indent: Int, quote: String) -> String {
    var out = quote
    var col = column + quote.count
    let chars = Array(text)
    let newLine = "\n" + String(repeating: " ", count: indent)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "\n" {
        var breaks = 0
        while i < chars.count, chars[i] == "\n" {
          breaks += 1
          i += 1
        }
        out += String(repeating: "\n", count: breaks) + newLine
        col = indent
        continue
      }
      if c == " ", i > 0, i + 1 < chars.count, chars[i - 1] != " ", chars[i + 1] != " ",
        col > 80
      {
        out += newLine
        col = indent
      } else {
        out.append(c)
        col += 1
      }
      i += 1
    }
    return out + quote
  }

  private static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\0": out += "\\0"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// PyYAML's `analyze_scalar`, for the block context `config` writes in.
  private struct Analysis {
    var plainAllowed = true
    var hasSpecial = false
    var hasLineBreak = false

    init(_ text: String) {
      let scalars = Array(text.unicodeScalars)
      if text.hasPrefix("---") || text.hasPrefix("...") { plainAllowed = false }
      if scalars.first == " " || scalars.last == " " { plainAllowed = false }
      for (index, ch) in scalars.enumerated() {
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        let followedBySpace = next == nil || next == " " || next == "\n"
        let precededBySpace = index == 0 || scalars[index - 1] == " "
        if index == 0 {
          if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(ch) { plainAllowed = false }
          if (ch == "?" || ch == ":" || ch == "-") && followedBySpace { plainAllowed = false }
        } else {
          if ch == ":" && followedBySpace { plainAllowed = false }
          if ch == "#" && precededBySpace { plainAllowed = false }
        }
        if ch == "\n" || ch == "\u{85}" || ch == "\u{2028}" || ch == "\u{2029}" {
          hasLineBreak = true
        } else if ch.value < 0x20 || ch.value == 0x7f || ch == "\u{FEFF}"
          || (0x80..<0xA0).contains(ch.value)
        {
          hasSpecial = true
        }
      }
    }
  }
}
