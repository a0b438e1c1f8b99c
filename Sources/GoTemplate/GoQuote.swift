/// Go's `strconv.Quote`/`Unquote` and `%#U`, as used in template error messages and `%q`.
enum GoQuote {
  /// `strconv.Quote`: printable runes stay, others use Go escapes.
  static func quote(_ s: String, ascii: Bool = false) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{07}": out += "\\a"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{0B}": out += "\\v"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\x" + hex(scalar.value, width: 2)
        } else if scalar.value >= 0x80 && (ascii || !isPrintable(scalar)) {
          out +=
            scalar.value > 0xFFFF
            ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Go's `%#U` form: `U+007D '}'`.
  static func runeDescription(_ scalar: Unicode.Scalar) -> String {
    let code = "U+" + hex(scalar.value, width: 4).uppercased()
    return isPrintable(scalar) ? "\(code) '\(Character(scalar))'" : code
  }

  static func hex(_ v: UInt32, width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator:
      return false
    case .spaceSeparator: return scalar == " "
    default: return true
    }
  }

  /// `strconv.Unquote` for "..." and `...` literals; nil when malformed.
  static func unquote(_ literal: String) -> String? {
    let scalars = Array(literal.unicodeScalars)
    guard scalars.count >= 2, let first = scalars.first, first == scalars.last else { return nil }
    let body = scalars[1..<scalars.count - 1]
    if first == "`" { return String(String.UnicodeScalarView(body)) }
    guard first == "\"" || first == "'" else { return nil }
    var out = String.UnicodeScalarView()
    var bytes: [UInt8] = []
    func flushBytes() {
      if !bytes.isEmpty {
        out.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
        bytes = []
      }
    }
    var i = body.startIndex
    while i < body.endIndex {
      let c = body[i]
      i += 1
      guard c == "\\" else {
        flushBytes()
        out.append(c)
        continue
      }
      guard i < body.endIndex else { return nil }
      let e = body[i]
      i += 1
      func readHex(_ n: Int) -> UInt32? {
        guard i + n <= body.endIndex else { return nil }
        let digits = String(String.UnicodeScalarView(body[i..<i + n]))
        i += n
        return UInt32(digits, radix: 16)
      }
      switch e {
      case "a": flushBytes(); out.append("\u{07}")
      case "b": flushBytes(); out.append("\u{08}")
      case "f": flushBytes(); out.append("\u{0C}")
      case "n": flushBytes(); out.append("\n")
      case "r": flushBytes(); out.append("\r")
      case "t": flushBytes(); out.append("\t")
      case "v": flushBytes(); out.append("\u{0B}")
      case "\\", "\"", "'": flushBytes(); out.append(e)
      case "x":
        guard let v = readHex(2) else { return nil }
        bytes.append(UInt8(v))
      case "u", "U":
        guard let v = readHex(e == "u" ? 4 : 8), let s = Unicode.Scalar(v) else { return nil }
        flushBytes()
        out.append(s)
      case "0"..."7":
        guard i + 2 <= body.endIndex,
          let v = UInt32(String(String.UnicodeScalarView(body[i - 1..<i + 2])), radix: 8),
          v < 256
        else { return nil }
        i += 2
        bytes.append(UInt8(v))
      default: return nil
      }
    }
    flushBytes()
    return String(out)
  }
}

/// A Go numeric constant (`3`, `0x1F`, `1e6`, `'a'`), classified as Go's `idealConstant` does.
struct NumberLiteral: Equatable, Sendable {
  var int: Int64?
  var float: Double?
  /// True when the executor treats the constant as float64 (it has `.`, `e` or `p`).
  var isFloat: Bool

  init?(_ text: String) {
    if text.hasPrefix("'") {
      guard let s = GoQuote.unquote(text), s.unicodeScalars.count == 1 else { return nil }
      int = Int64(s.unicodeScalars.first!.value)
      float = Double(int!)
      isFloat = false
      return
    }
    var t = text.replacing("_", with: "")
    var negative = false
    if t.hasPrefix("+") || t.hasPrefix("-") {
      negative = t.hasPrefix("-")
      t.removeFirst()
    }
    let lower = t.lowercased()
    var parsed: Int64? = nil
    if lower.hasPrefix("0x") {
      parsed = Int64(lower.dropFirst(2), radix: 16)
    } else if lower.hasPrefix("0o") {
      parsed = Int64(lower.dropFirst(2), radix: 8)
    } else if lower.hasPrefix("0b") {
      parsed = Int64(lower.dropFirst(2), radix: 2)
    } else if lower.count > 1, lower.hasPrefix("0"), lower.allSatisfy(\.isNumber) {
      parsed = Int64(lower.dropFirst(1), radix: 8)
    } else {
      parsed = Int64(lower)
    }
    isFloat =
      parsed == nil && !lower.hasPrefix("0x") && lower.contains(where: { ".ep".contains($0) })
    if let p = parsed {
      int = negative ? -p : p
      float = Double(int!)
    } else if !lower.hasPrefix("0x"), let d = Double(lower), !lower.contains("inf"),
      !lower.contains("nan")
    {
      float = negative ? -d : d
      if d == d.rounded(), abs(d) < 9.2e18 { int = Int64(float!) }
    } else {
      return nil
    }
  }
}
