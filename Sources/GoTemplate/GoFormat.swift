/// Go's `fmt.Sprintf` over template values, including the `%!verb(type=value)` error forms.
enum GoFormat {
  struct Spec {
    var minus = false, plus = false, sharp = false, space = false, zero = false
    var width: Int? = nil
    var precision: Int? = nil
    var verb: Character = "v"
  }

  static func sprintf(_ format: String, _ args: [TemplateValue]) -> String {
    var out = ""
    let chars = Array(format)
    var i = 0
    var argIndex = 0
    while i < chars.count {
      let c = chars[i]
      i += 1
      guard c == "%" else {
        out.append(c)
        continue
      }
      var spec = Spec()
      flags: while i < chars.count {
        switch chars[i] {
        case "-": spec.minus = true; spec.zero = false
        case "+": spec.plus = true
        case "#": spec.sharp = true
        case " ": spec.space = true
        case "0": spec.zero = !spec.minus
        default: break flags
        }
        i += 1
      }
      // Go's fmt refuses widths and precisions beyond a million (`tooLarge`): from `*` that
      // is BADWIDTH/BADPREC; a literal that long swallows the rest of the format (parsenum).
      func tooLarge(_ n: Int) -> Bool { n > 1_000_000 || n < -1_000_000 }
      func number(_ allowStar: Bool) -> (Int?, bad: Bool) {
        if i < chars.count, chars[i] == "*" {
          i += 1
          guard argIndex < args.count, case .int(let n) = args[argIndex],
            !tooLarge(Int(clamping: n))
          else {
            argIndex += 1
            return (nil, true)
          }
          argIndex += 1
          return (Int(n), false)
        }
        var n: Int? = nil
        while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
          if let current = n, tooLarge(current) {
            i = chars.count
            return (nil, false)
          }
          n = (n ?? 0) * 10 + d
          i += 1
        }
        return (n, false)
      }
      let (w, badWidth) = number(true)
      if badWidth { out += "%!(BADWIDTH)" }
      spec.width = w
      if let width = w, width < 0 {
        spec.minus = true
        spec.width = -width
      }
      if i < chars.count, chars[i] == "." {
        i += 1
        let (p, badPrec) = number(true)
        if badPrec { out += "%!(BADPREC)" }
        // A bad or negative `*` precision counts as none; a bare `.` as zero.
        spec.precision = badPrec || (p ?? 0) < 0 ? nil : p ?? 0
      }
      guard i < chars.count else {
        out += "%!(NOVERB)"
        break
      }
      spec.verb = chars[i]
      i += 1
      if spec.verb == "%" {
        out += "%"
        continue
      }
      guard argIndex < args.count else {
        out += "%!\(spec.verb)(MISSING)"
        continue
      }
      out += formatArg(args[argIndex], spec)
      argIndex += 1
    }
    if argIndex < args.count {
      out +=
        "%!(EXTRA "
        + args[argIndex...].map { "\($0.goTypeName)=\(GoPrint.format($0, plus: false))" }
        .joined(separator: ", ") + ")"
    }
    return out
  }

  static func badVerb(_ v: TemplateValue, _ verb: Character) -> String {
    if case .null = v { return "%!\(verb)(<nil>)" }
    return "%!\(verb)(\(v.goTypeName)=\(GoPrint.format(v, plus: false)))"
  }

  /// Pads to the width, counting runes as Go does.
  static func pad(_ s: String, _ spec: Spec, numeric: Bool = false) -> String {
    guard let width = spec.width else { return s }
    let count = s.unicodeScalars.count
    guard count < width else { return s }
    let fill = width - count
    if spec.minus { return s + String(repeating: " ", count: fill) }
    if spec.zero {
      if numeric, let first = s.first, first == "-" || first == "+" || first == " " {
        return String(first) + String(repeating: "0", count: fill) + s.dropFirst()
      }
      return String(repeating: "0", count: fill) + s
    }
    return String(repeating: " ", count: fill) + s
  }

  static func formatArg(_ v: TemplateValue, _ spec: Spec) -> String {
    let verb = spec.verb
    switch v {
    case .null:
      return verb == "v" ? pad("<nil>", spec) : badVerb(v, verb)
    case .bool(let b):
      return verb == "v" || verb == "t" ? pad(b ? "true" : "false", spec) : badVerb(v, verb)
    case .int(let n):
      return formatInteger(negative: n < 0, magnitude: n.magnitude, v, spec)
    case .uint(let n):
      return formatInteger(negative: false, magnitude: n, v, spec)
    case .double(let d):
      return formatFloat(d, v, spec)
    case .string(let s):
      return formatString(s, v, spec)
    case .time(let n):
      guard "vsqxX".contains(verb) else { return badVerb(v, verb) }
      return formatString(GoTime.string(unixNanos: n), v, spec)
    case .duration(let n):
      if "vsqxX".contains(verb) { return formatString(GoTime.durationString(n), v, spec) }
      return formatInteger(negative: n < 0, magnitude: n.magnitude, v, spec)
    case .array(let items):
      return "[" + items.map { formatArg($0, spec) }.joined(separator: " ") + "]"
    case .map(let fields):
      return "map["
        + GoPrint.sortedFields(fields).map {
          formatArg(.string($0.name), spec) + ":" + formatArg($0.value, spec)
        }.joined(separator: " ") + "]"
    case .object(let type, let fields):
      let body = fields.map {
        (spec.plus && verb == "v" ? "\($0.name):" : "") + formatArg($0.value, spec)
      }
      return (type.hasPrefix("*") ? "&{" : "{") + body.joined(separator: " ") + "}"
    }
  }

  static func formatString(_ s: String, _ v: TemplateValue, _ spec: Spec) -> String {
    var text = s
    if let p = spec.precision, "vsq".contains(spec.verb) {
      text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p)))
    }
    switch spec.verb {
    case "v", "s": return pad(text, spec)
    case "q":
      if spec.sharp, !text.contains("`"), !text.contains(where: { $0.isNewline }) {
        return pad("`" + text + "`", spec)
      }
      return pad(GoQuote.quote(text, ascii: spec.plus), spec)
    case "x", "X":
      var parts = text.utf8.map { GoQuote.hex(UInt32($0), width: 2) }
      if spec.sharp { parts = parts.map { "0x" + $0 } }
      var hex = parts.joined(separator: spec.space ? " " : "")
      if spec.verb == "X" { hex = hex.uppercased() }
      return pad(hex, spec)
    default: return badVerb(v, spec.verb)
    }
  }

  static func formatInteger(
    negative: Bool, magnitude: UInt64, _ v: TemplateValue, _ spec: Spec
  ) -> String {
    var digits: String
    var prefix = ""
    switch spec.verb {
    case "v", "d": digits = String(magnitude)
    case "b": digits = String(magnitude, radix: 2)
    case "o", "O":
      digits = String(magnitude, radix: 8)
      if spec.verb == "O" { prefix = "0o" } else if spec.sharp { prefix = "0" }
    case "x":
      digits = String(magnitude, radix: 16)
      if spec.sharp { prefix = "0x" }
    case "X":
      digits = String(magnitude, radix: 16).uppercased()
      if spec.sharp { prefix = "0X" }
    case "c":
      guard !negative, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: magnitude)) else {
        return pad("\u{FFFD}", spec)
      }
      return pad(String(Character(scalar)), spec)
    case "q":
      let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: magnitude)) ?? "\u{FFFD}"
      let quoted = GoQuote.quote(String(Character(scalar)))
      let inner = String(quoted.dropFirst().dropLast()).replacing("\\\"", with: "\"")
      return pad("'" + inner.replacing("'", with: "\\'") + "'", spec)
    case "U":
      var s = "U+" + GoQuote.hex(UInt32(truncatingIfNeeded: magnitude), width: 4).uppercased()
      if spec.sharp, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: magnitude)) {
        s += " '\(Character(scalar))'"
      }
      return pad(s, spec)
    case "e", "E", "f", "F", "g", "G":
      if case .duration = v { return badVerb(v, spec.verb) }
      return badVerb(v, spec.verb)
    default: return badVerb(v, spec.verb)
    }
    if let p = spec.precision {
      if p == 0 && magnitude == 0 { digits = "" }
      if digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
    }
    let sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : ""
    var zeroSpec = spec
    if spec.precision != nil { zeroSpec.zero = false }
    if zeroSpec.zero, !spec.minus, let width = spec.width {
      let body = prefix + digits
      let fill = width - sign.count - body.count
      if fill > 0 { return sign + prefix + String(repeating: "0", count: fill) + digits }
      return sign + body
    }
    return pad(sign + prefix + digits, zeroSpec, numeric: true)
  }

  static func formatFloat(_ d: Double, _ v: TemplateValue, _ spec: Spec) -> String {
    let text: String
    switch spec.verb {
    case "v": text = GoFloat.format(d, verb: "g", precision: spec.precision)
    case "g", "G": text = GoFloat.format(d, verb: spec.verb, precision: spec.precision)
    case "e", "E", "f", "F":
      text = GoFloat.format(d, verb: spec.verb, precision: spec.precision ?? 6)
    default: return badVerb(v, spec.verb)
    }
    var signed = text
    if !text.hasPrefix("-") {
      if spec.plus { signed = "+" + text } else if spec.space { signed = " " + text }
    }
    if d.isInfinite || d.isNaN {
      var s = spec
      s.zero = false
      return pad(signed, s)
    }
    return pad(signed, spec, numeric: true)
  }
}
