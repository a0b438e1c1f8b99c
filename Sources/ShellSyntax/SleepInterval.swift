public import GoDurations

/// The argument of the shell's `sleep`: GNU coreutils' `NUMBER[SUFFIX]` (`10`, `1.5`, `4m`).
public enum SleepInterval {
  /// Parses one `sleep` argument; suffixes are `s` (the default), `m`, `h` and `d`.
  ///
  /// Returns nil for anything else, including Go forms such as `1m30s` that sleep rejects.
  public static func parse(_ text: String) -> GoDuration? {
    var number = Substring(text)
    var unit: Int64 = 1_000_000_000
    switch number.last {
    case "s": number.removeLast()
    case "m": (unit, number) = (60 * unit, number.dropLast())
    case "h": (unit, number) = (3_600 * unit, number.dropLast())
    case "d": (unit, number) = (86_400 * unit, number.dropLast())
    default: break
    }
    let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
    guard !number.isEmpty, number != ".", parts.allSatisfy(isDigits) else { return nil }
    let whole = Int64(parts[0].isEmpty ? "0" : parts[0]) ?? Int64.max / unit
    guard whole <= Int64.max / unit / 2 else { return nil }
    var nanoseconds = whole * unit
    if parts.count == 2 {
      // Nanosecond precision is plenty: keep 9 digits of the fraction of the unit.
      let digits = String(parts[1].prefix(9))
      let padded = digits + String(repeating: "0", count: 9 - digits.count)
      nanoseconds += Int64(padded)! * (unit / 1_000_000_000)
    }
    return GoDuration(nanoseconds: nanoseconds)
  }
}
