/// Go's `time.ParseDuration` and `Duration.String()`, for catalog data and docker flags.
public enum GoDurationParser {
  private static let units: [(String, Double)] = [
    ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9),
    ("h", 3600e9),
  ]

  /// Parses `1m30s`, `1.5h`, `300ms`, `-2s`, `0`; nil for anything Go would reject.
  public static func parse(_ text: String) -> SimDuration? {
    var s = Substring(text)
    var sign: Double = 1
    if s.first == "-" || s.first == "+" {
      if s.first == "-" { sign = -1 }
      s = s.dropFirst()
    }
    if s == "0" { return .zero }
    guard !s.isEmpty else { return nil }
    var total: Double = 0
    while !s.isEmpty {
      let number = s.prefix { $0.isNumber || $0 == "." }
      guard !number.isEmpty, let value = Double(number) else { return nil }
      s = s.dropFirst(number.count)
      let unitText = s.prefix { !$0.isNumber && $0 != "." }
      guard let unit = units.first(where: { $0.0 == unitText }) else { return nil }
      s = s.dropFirst(unitText.count)
      total += value * unit.1
    }
    return SimDuration(nanos: Int64((sign * total).rounded()))
  }

  /// Go's `Duration.String()`: `1m30s`, `5s`, `500ms`, `2h0m0s`, `0s`.
  public static func format(_ d: SimDuration) -> String {
    var n = d.nanos
    if n == 0 { return "0s" }
    let negative = n < 0
    if negative { n = -n }
    var out: String
    if n < 1_000_000_000 {
      let (unit, div): (String, Int64) =
        n < 1_000 ? ("ns", 1) : n < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
      out = fraction(n, div) + unit
    } else {
      let hours = n / 3_600_000_000_000
      let minutes = n / 60_000_000_000 % 60
      let seconds = n % 60_000_000_000
      out = fraction(seconds, 1_000_000_000) + "s"
      if hours > 0 || minutes > 0 { out = "\(minutes)m" + out }
      if hours > 0 { out = "\(hours)h" + out }
    }
    return negative ? "-" + out : out
  }

  private static func fraction(_ value: Int64, _ div: Int64) -> String {
    let whole = value / div
    var rest = value % div
    guard rest != 0 else { return String(whole) }
    var digits = ""
    var scale = div / 10
    while rest != 0 && scale > 0 {
      digits += String(rest / scale)
      rest %= scale
      scale /= 10
    }
    return "\(whole).\(digits)"
  }
}
