/// A span of nanoseconds with Go's `time.Duration` text forms: `ParseDuration` and `String()`.
///
/// Docker's duration flags (`--update-delay 10s`, `--stop-grace-period 1m30s`) are parsed and
/// printed by Go, so the simulation uses the same rules and the same error texts.
public struct GoDuration: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public var nanoseconds: Int64

  public init(nanoseconds: Int64) {
    self.nanoseconds = nanoseconds
  }

  public static let nanosecond = GoDuration(nanoseconds: 1)
  public static let microsecond = GoDuration(nanoseconds: 1_000)
  public static let millisecond = GoDuration(nanoseconds: 1_000_000)
  public static let second = GoDuration(nanoseconds: 1_000_000_000)
  public static let minute = GoDuration(nanoseconds: 60_000_000_000)
  public static let hour = GoDuration(nanoseconds: 3_600_000_000_000)

  public static func < (lhs: GoDuration, rhs: GoDuration) -> Bool {
    lhs.nanoseconds < rhs.nanoseconds
  }

  /// Go's `Duration.String()`: `0s`, `1.5µs`, `300ms`, `1m30s`, `1h0m0s`, `-2.5s`.
  public var description: String {
    if nanoseconds == 0 { return "0s" }
    let sign = nanoseconds < 0 ? "-" : ""
    let magnitude = nanoseconds.magnitude
    if magnitude < 1_000 { return "\(sign)\(magnitude)ns" }
    if magnitude < 1_000_000 { return sign + Self.decimal(magnitude, fractionDigits: 3) + "µs" }
    if magnitude < 1_000_000_000 {
      return sign + Self.decimal(magnitude, fractionDigits: 6) + "ms"
    }
    let wholeSeconds = magnitude / 1_000_000_000
    let fraction = Self.decimal(magnitude % 1_000_000_000, fractionDigits: 9).dropFirst()
    let minutes = wholeSeconds / 60
    var text = sign
    if minutes >= 60 { text += "\(minutes / 60)h" }
    if minutes > 0 { text += "\(minutes % 60)m" }
    return text + "\(wholeSeconds % 60)\(fraction)s"
  }

  /// `value / 10^fractionDigits` written with its fraction's trailing zeros removed.
  private static func decimal(_ value: UInt64, fractionDigits: Int) -> String {
    var scale: UInt64 = 1
    for _ in 0..<fractionDigits { scale *= 10 }
    var fraction = String(value % scale)
    fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(value / scale)" + (fraction.isEmpty ? "" : "." + fraction)
  }
}

/// A duration text Go's `time.ParseDuration` rejects; `message` is Go's own error text.
public struct GoDurationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// For example `time: invalid duration "abc"` or `time: missing unit in duration "10"`.
  public var message: String

  public init(message: String) {
    self.message = message
  }

  public var description: String { message }

  static func invalid(_ text: String) -> GoDurationError {
    GoDurationError(message: "time: invalid duration " + quote(text))
  }

  static func missingUnit(_ text: String) -> GoDurationError {
    GoDurationError(message: "time: missing unit in duration " + quote(text))
  }

  static func unknownUnit(_ unit: String, in text: String) -> GoDurationError {
    GoDurationError(message: "time: unknown unit " + quote(unit) + " in duration " + quote(text))
  }

  /// Go's time-package quoting: `"` and `\` escaped, non-ASCII and control bytes as `\xNN`.
  static func quote(_ text: String) -> String {
    var quoted = "\""
    for byte in text.utf8 {
      if byte >= 0x80 || byte < 0x20 {
        let hex = String(byte, radix: 16)
        quoted += "\\x" + (hex.count == 1 ? "0" + hex : hex)
      } else {
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { quoted += "\\" }
        quoted.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return quoted + "\""
  }
}
