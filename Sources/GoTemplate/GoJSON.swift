/// Go's `encoding/json` output for template values: `json.Marshal` (compact) and
/// `json.MarshalIndent` (docker inspect's 4-space form).
public enum GoJSON {
  /// Compact encoding; `escapeHTML` mirrors `Encoder.SetEscapeHTML` (`json.Marshal` escapes).
  ///
  /// Objects whose type name ends in `Context` are docker formatter contexts: their
  /// `MarshalJSON` marshals a map, so keys come out sorted and HTML-escaped regardless.
  public static func marshal(_ value: TemplateValue, escapeHTML: Bool = true) -> String {
    var out = ""
    encode(value, escapeHTML: escapeHTML, indent: nil, depth: 0, into: &out)
    return out
  }

  /// `json.MarshalIndent(v, "", indent)`.
  public static func marshalIndent(_ value: TemplateValue, indent: String = "    ") -> String {
    var out = ""
    encode(value, escapeHTML: true, indent: indent, depth: 0, into: &out)
    return out
  }

  private static func encode(
    _ value: TemplateValue, escapeHTML: Bool, indent: String?, depth: Int, into out: inout String
  ) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .uint(let u): out += String(u)
    case .duration(let n): out += String(n)
    case .double(let d): out += float(d)
    case .string(let s): out += quote(s, escapeHTML: escapeHTML)
    case .time(let n): out += "\"" + GoTime.rfc3339Nano(unixNanos: n) + "\""
    case .array(let items):
      container("[", "]", items.map { (nil, $0) }, escapeHTML, indent, depth, &out)
    case .map(let fields):
      container(
        "{", "}", GoPrint.sortedFields(fields).map { ($0.name, $0.value) }, escapeHTML, indent,
        depth, &out)
    case .object(let type, let fields):
      if type.hasSuffix("Context") {
        container(
          "{", "}", GoPrint.sortedFields(fields).map { ($0.name, $0.value) }, true, indent, depth,
          &out)
      } else {
        let written = fields.filter { !$0.omittedFromJSON }
        container("{", "}", written.map { ($0.name, $0.value) }, escapeHTML, indent, depth, &out)
      }
    }
  }

  private static func container(
    _ open: String, _ close: String, _ members: [(String?, TemplateValue)], _ escapeHTML: Bool,
    _ indent: String?, _ depth: Int, _ out: inout String
  ) {
    out += open
    guard !members.isEmpty else {
      out += close
      return
    }
    for (i, (key, value)) in members.enumerated() {
      if i > 0 { out += "," }
      if let indent { out += "\n" + String(repeating: indent, count: depth + 1) }
      if let key { out += quote(key, escapeHTML: escapeHTML) + (indent == nil ? ":" : ": ") }
      encode(value, escapeHTML: escapeHTML, indent: indent, depth: depth + 1, into: &out)
    }
    if let indent { out += "\n" + String(repeating: indent, count: depth) }
    out += close
  }

  /// Go's float encoder: `%f`-like shortest form, exponent form outside [1e-6, 1e21).
  static func float(_ d: Double) -> String {
    let a = abs(d)
    if a != 0 && (a < 1e-6 || a >= 1e21) {
      var s = GoFloat.format(d, verb: "e", precision: nil)
      if let r = s.firstRange(of: "e-0") { s.replaceSubrange(r, with: "e-") }
      return s
    }
    return GoFloat.format(d, verb: "f", precision: nil)
  }

  /// A JSON string literal as Go writes it.
  public static func quote(_ s: String, escapeHTML: Bool) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<", ">", "&":
        if escapeHTML {
          out += "\\u00" + GoQuote.hex(scalar.value, width: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      case "\u{2028}", "\u{2029}": out += "\\u" + GoQuote.hex(scalar.value, width: 4)
      default:
        if scalar.value < 0x20 {
          out += "\\u00" + GoQuote.hex(scalar.value, width: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
