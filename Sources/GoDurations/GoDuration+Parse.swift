extension GoDuration {
  /// Parses Go's duration syntax, `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, as `time.ParseDuration`.
  ///
  /// Units are `ns`, `us` (or `µs`, `μs`), `ms`, `s`, `m`, `h`; a bare `0` needs none. The
  /// result must fit in an Int64 of nanoseconds.
  public static func parse(_ text: String) throws(GoDurationError) -> GoDuration {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    if bytes.elementsEqual("0".utf8) { return GoDuration(nanoseconds: 0) }
    if bytes.isEmpty { throw .invalid(text) }
    let limit: UInt64 = 1 << 63
    var total: UInt64 = 0
    while let first = bytes.first {
      guard first == UInt8(ascii: ".") || isDigit(first) else { throw .invalid(text) }
      let lengthBefore = bytes.count
      guard let whole = leadingInteger(&bytes) else { throw .invalid(text) }
      let hasWhole = bytes.count != lengthBefore
      var fraction: (value: UInt64, scale: Double) = (0, 1)
      var hasFraction = false
      if bytes.first == UInt8(ascii: ".") {
        bytes = bytes.dropFirst()
        let lengthAfterPoint = bytes.count
        fraction = leadingFraction(&bytes)
        hasFraction = bytes.count != lengthAfterPoint
      }
      guard hasWhole || hasFraction else { throw .invalid(text) }
      let unitBytes = bytes.prefix { $0 != UInt8(ascii: ".") && !isDigit($0) }
      bytes = bytes.dropFirst(unitBytes.count)
      guard !unitBytes.isEmpty else { throw .missingUnit(text) }
      let unitName = String(decoding: unitBytes, as: UTF8.self)
      guard let unit = unitNanoseconds(unitName) else { throw .unknownUnit(unitName, in: text) }
      guard whole <= limit / unit else { throw .invalid(text) }
      var value = whole * unit
      if fraction.value > 0 {
        // Go computes the fraction in floating point, which keeps hours nanosecond-exact.
        value += UInt64(Double(fraction.value) * (Double(unit) / fraction.scale))
        guard value <= limit else { throw .invalid(text) }
      }
      let (sum, overflow) = total.addingReportingOverflow(value)
      guard !overflow, sum <= limit else { throw .invalid(text) }
      total = sum
    }
    if negative { return GoDuration(nanoseconds: Int64(truncatingIfNeeded: 0 &- total)) }
    guard total < limit else { throw .invalid(text) }
    return GoDuration(nanoseconds: Int64(total))
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Consumes leading digits; nil when their value exceeds 2^63.
  private static func leadingInteger(_ bytes: inout Substring.UTF8View.SubSequence) -> UInt64? {
    var value: UInt64 = 0
    while let byte = bytes.first, isDigit(byte) {
      guard value <= (1 << 63) / 10 else { return nil }
      value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
      guard value <= 1 << 63 else { return nil }
      bytes = bytes.dropFirst()
    }
    return value
  }

  /// Consumes fraction digits, keeping only as many as fit; returns them and 10^kept.
  private static func leadingFraction(
    _ bytes: inout Substring.UTF8View.SubSequence
  ) -> (value: UInt64, scale: Double) {
    var value: UInt64 = 0
    var scale: Double = 1
    var overflowed = false
    while let byte = bytes.first, isDigit(byte) {
      bytes = bytes.dropFirst()
      if overflowed { continue }
      guard value <= UInt64(Int64.max) / 10 else {
        overflowed = true
        continue
      }
      let next = value * 10 + UInt64(byte - UInt8(ascii: "0"))
      guard next <= 1 << 63 else {
        overflowed = true
        continue
      }
      value = next
      scale *= 10
    }
    return (value, scale)
  }

  private static func unitNanoseconds(_ unit: String) -> UInt64? {
    switch unit {
    case "ns": return 1
    case "us", "\u{00B5}s", "\u{03BC}s": return 1_000
    case "ms": return 1_000_000
    case "s": return 1_000_000_000
    case "m": return 60_000_000_000
    case "h": return 3_600_000_000_000
    default: return nil
    }
  }
}
