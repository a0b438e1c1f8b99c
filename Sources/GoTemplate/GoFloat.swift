import Foundation

/// Go's `strconv.FormatFloat` for the verbs `fmt` and `json` use.
enum GoFloat {
  /// Shortest decimal digits of `d` (no sign) and the decimal point position, as strconv's
  /// `decimalSlice` (`0.0123` → ("123", -1)).
  static func shortestDigits(_ d: Double) -> (digits: String, dp: Int) {
    let text = abs(d).description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = String(parts[0])
    let fracPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = intPart + fracPart
    var dp = intPart.count + exponent
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      dp -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    if digits == "0" { dp = 1 }
    return (digits, dp)
  }

  /// Formats with verb `e`, `E`, `f`, `F`, `g` or `G`; nil precision means shortest (-1).
  static func format(_ d: Double, verb: Character, precision: Int?) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
    let sign = d.sign == .minus ? "-" : ""
    guard precision == nil else {
      let spec = "%.\(precision!)\(verb == "F" ? "f" : verb)"
      return String(format: spec, d)
    }
    let (digits, dp) = shortestDigits(d)
    let chars = Array(digits)
    func fmtE(_ upper: Bool) -> String {
      var s = String(chars[0])
      if chars.count > 1 { s += "." + String(chars[1...]) }
      let exp = digits == "0" ? 0 : dp - 1
      let expText = String(abs(exp))
      return sign + s + (upper ? "E" : "e") + (exp < 0 ? "-" : "+")
        + (expText.count < 2 ? "0" + expText : expText)
    }
    func fmtF() -> String {
      if dp <= 0 { return sign + "0." + String(repeating: "0", count: -dp) + digits }
      if dp >= chars.count {
        return sign + digits + String(repeating: "0", count: dp - chars.count)
      }
      return sign + String(chars[..<dp]) + "." + String(chars[dp...])
    }
    switch verb {
    case "e", "E": return fmtE(verb == "E")
    case "f", "F": return fmtF()
    default:
      let exp = dp - 1
      if digits != "0" && (exp < -4 || exp >= 6) {
        return fmtE(verb == "G")
      }
      return fmtF()
    }
  }
}
