/// An instant as the Engine API carries it: Go's `time.Time`, written in JSON as an RFC 3339
/// string with nanoseconds and trailing zeros trimmed (`2020-11-20T21:14:30.123Z`).
///
/// The daemon side stores simulated time; this is its wire form, so a socket server and a
/// real-engine client read and write the same text.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Nanoseconds since the Unix epoch (UTC).
  public var unixNanos: Int64

  public init(unixNanos: Int64) { self.unixNanos = unixNanos }

  /// Go's zero `time.Time` (`0001-01-01T00:00:00Z`), which the engine writes for unset times.
  public static let goZero = Timestamp(unixNanos: Int64.min)

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.unixNanos < rhs.unixNanos }

  public var description: String { rfc3339Nano }

  /// Go's `time.RFC3339Nano` layout in UTC.
  public var rfc3339Nano: String {
    if self == .goZero { return "0001-01-01T00:00:00Z" }
    let second: Int64 = 1_000_000_000
    var seconds = unixNanos / second
    var nanos = unixNanos % second
    if nanos < 0 {
      nanos += second
      seconds -= 1
    }
    var days = seconds / 86_400
    var secondOfDay = seconds % 86_400
    if secondOfDay < 0 {
      secondOfDay += 86_400
      days -= 1
    }
    let (y, m, d) = CivilCalendar.civil(fromDays: days)
    var text =
      "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    if nanos > 0 {
      var fraction = pad(nanos, 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      text += "." + fraction
    }
    return text + "Z"
  }

  /// Parses RFC 3339 (`Z` or `±hh:mm` offsets, optional fraction); nil for anything else or
  /// an instant outside what nanoseconds since 1970 can hold.
  public init?(rfc3339 text: String) {
    if text == "0001-01-01T00:00:00Z" {
      self = .goZero
      return
    }
    let chars = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int64? {
      guard from + count <= chars.count else { return nil }
      var value: Int64 = 0
      for c in chars[from..<(from + count)] {
        guard c >= 48 && c <= 57 else { return nil }
        value = value * 10 + Int64(c - 48)
      }
      return value
    }
    guard chars.count >= 20, chars[4] == 45, chars[7] == 45, chars[10] == 84 || chars[10] == 116,
      chars[13] == 58, chars[16] == 58,
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let sec = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, sec < 61
    else { return nil }
    var index = 19
    var nanos: Int64 = 0
    if index < chars.count && chars[index] == 46 {
      index += 1
      var digits = 0
      while index < chars.count, chars[index] >= 48 && chars[index] <= 57 {
        if digits < 9 { nanos = nanos * 10 + Int64(chars[index] - 48) }
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      if digits < 9 { for _ in digits..<9 { nanos *= 10 } }
    }
    guard index < chars.count else { return nil }
    var offset: Int64 = 0
    if chars[index] == 90 || chars[index] == 122 {
      guard index + 1 == chars.count else { return nil }
    } else {
      guard chars[index] == 43 || chars[index] == 45, index + 6 == chars.count,
        chars[index + 3] == 58, let oh = number(index + 1, 2), let om = number(index + 4, 2)
      else { return nil }
      offset = (oh * 3600 + om * 60) * (chars[index] == 45 ? -1 : 1)
    }
    let days = CivilCalendar.days(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + sec - offset
    let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    guard !overflow, case (let total, false) = scaled.addingReportingOverflow(nanos) else {
      return nil
    }
    unixNanos = total
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let parsed = Timestamp(rfc3339: text) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 time: \(text)"))
    }
    self = parsed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rfc3339Nano)
  }

  private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Days since 1970-01-01 to and from a proleptic Gregorian date (Howard Hinnant's algorithms).
enum CivilCalendar {
  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
  }
}
