/// An instant on the simulated wall clock, in nanoseconds since the Unix epoch.
///
/// The simulation never reads the real clock: the session decides where time starts (the
/// `--start-time` flag, or the real time when a learner opens the shell) and every component
/// receives `now` as an argument.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var nanos: Int64

  public init(nanos: Int64) { self.nanos = nanos }

  /// Saturates at the ends of the Int64 range (years 1677 and 2262).
  public init(seconds: Int64) { self.nanos = Int64.saturating(seconds, times: 1_000_000_000) }

  /// The latest start a session accepts (`--start-time`, a transcript's `start-time`), so that
  /// a century of `sleep` fits before `end`.
  public static let latestStart = SimTime(seconds: 4_102_444_800)  // 2100-01-01T00:00:00Z
  /// Where the simulated clock stops: `sleep` past it is refused, and `Cluster.advance` never
  /// goes beyond it, so deadlines computed from `now` stay far from Int64's limit.
  public static let end = SimTime(seconds: 7_258_118_400)  // 2200-01-01T00:00:00Z
  /// The start times a session accepts, with the reason for any other.
  public static func checkedStart(_ start: SimTime) -> String? {
    guard start.nanos >= 0 else { return "it is before 1970-01-01T00:00:00Z" }
    guard start <= latestStart else {
      return "it is after \(latestStart) (the latest start SwarmLab simulates)"
    }
    return nil
  }

  public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.nanos < rhs.nanos }

  // Arithmetic saturates instead of trapping or wrapping: a far-off `--since` or a huge
  // duration gives the earliest or latest instant, never a crash or a clock that runs back.
  public static func + (lhs: SimTime, rhs: SimDuration) -> SimTime {
    SimTime(nanos: Int64.saturating(lhs.nanos, plus: rhs.nanos))
  }

  public static func - (lhs: SimTime, rhs: SimDuration) -> SimTime {
    SimTime(nanos: Int64.saturating(lhs.nanos, minus: rhs.nanos))
  }

  public static func - (lhs: SimTime, rhs: SimTime) -> SimDuration {
    SimDuration(nanos: Int64.saturating(lhs.nanos, minus: rhs.nanos))
  }

  /// The civil UTC date and time of this instant.
  public var civil: CivilTime { CivilTime(self) }

  public var description: String { civil.rfc3339Nano }
}

/// A span of simulated time in nanoseconds (Go's `time.Duration`).
public struct SimDuration: Hashable, Comparable, Sendable {
  public var nanos: Int64

  public init(nanos: Int64) { self.nanos = nanos }

  public static let zero = SimDuration(nanos: 0)
  public static let millisecond = SimDuration(nanos: 1_000_000)
  public static let second = SimDuration(nanos: 1_000_000_000)
  public static let minute = SimDuration(nanos: 60_000_000_000)

  public static func seconds(_ s: Int64) -> SimDuration {
    SimDuration(nanos: Int64.saturating(s, times: second.nanos))
  }
  public static func milliseconds(_ ms: Int64) -> SimDuration {
    SimDuration(nanos: Int64.saturating(ms, times: millisecond.nanos))
  }

  public var seconds: Int64 { nanos / SimDuration.second.nanos }

  public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool { lhs.nanos < rhs.nanos }
  public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(nanos: Int64.saturating(lhs.nanos, plus: rhs.nanos))
  }
  public static func * (lhs: SimDuration, rhs: Int64) -> SimDuration {
    SimDuration(nanos: Int64.saturating(lhs.nanos, times: rhs))
  }
}

extension Int64 {
  static func saturating(_ a: Int64, plus b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }

  static func saturating(_ a: Int64, minus b: Int64) -> Int64 {
    let (difference, overflow) = a.subtractingReportingOverflow(b)
    return overflow ? (b < 0 ? .max : .min) : difference
  }

  static func saturating(_ a: Int64, times b: Int64) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? ((a < 0) == (b < 0) ? .max : .min) : product
  }
}

/// Broken-down UTC calendar time, computed with integer arithmetic (no Foundation calendars).
public struct CivilTime: Sendable, Equatable {
  public var year: Int, month: Int, day: Int
  public var hour: Int, minute: Int, second: Int, nanosecond: Int

  public init(_ t: SimTime) {
    let perSecond: Int64 = 1_000_000_000
    var secs = t.nanos / perSecond
    var ns = t.nanos % perSecond
    if ns < 0 {
      ns += perSecond
      secs -= 1
    }
    var days = secs / 86_400
    var rem = secs % 86_400
    if rem < 0 {
      rem += 86_400
      days -= 1
    }
    hour = Int(rem / 3600)
    minute = Int(rem % 3600 / 60)
    second = Int(rem % 60)
    nanosecond = Int(ns)
    // Howard Hinnant's days-from-civil inverse.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = Int(doy - (153 * mp + 2) / 5 + 1)
    month = Int(mp < 10 ? mp + 3 : mp - 9)
    year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
  }

  /// Days since the Unix epoch for a civil date.
  public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `2006-01-02T15:04:05.999999999Z` with trailing zeros of the fraction dropped, as Go's
  /// RFC3339Nano (docker inspect's `CreatedAt`).
  public var rfc3339Nano: String {
    var s = "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))"
    if nanosecond != 0 {
      var frac = pad(nanosecond, 9)
      while frac.hasSuffix("0") { frac.removeLast() }
      s += "." + frac
    }
    return s + "Z"
  }

  private func pad(_ v: Int, _ width: Int = 2) -> String {
    let digits = String(v)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

extension SimTime {
  /// Parses `2020-11-20T21:14:30Z` (optionally with a fraction), the form of `--start-time`.
  /// Years are 0 to 9999 as in Go; instants past Int64's range (after 2262) saturate.
  public static func parseRFC3339(_ text: String) -> SimTime? {
    let parts = text.split(separator: "T", maxSplits: 1)
    guard parts.count == 2, text.hasSuffix("Z") else { return nil }
    let date = parts[0].split(separator: "-").compactMap { Int($0) }
    var clock = String(parts[1].dropLast())
    var fraction: Int64 = 0
    if let dot = clock.firstIndex(of: ".") {
      let digits = clock[clock.index(after: dot)...]
      guard !digits.isEmpty, digits.count <= 9, let v = Int64(digits) else { return nil }
      fraction = v * Int64(pow10(9 - digits.count))
      clock = String(clock[..<dot])
    }
    let hms = clock.split(separator: ":").compactMap { Int($0) }
    guard date.count == 3, hms.count == 3, (0...9999).contains(date[0]), (1...12).contains(date[1]),
      (1...31).contains(date[2]),
      (0...23).contains(hms[0]), (0...59).contains(hms[1]), (0...60).contains(hms[2])
    else { return nil }
    let days = CivilTime.daysFromCivil(year: date[0], month: date[1], day: date[2])
    let secs = days * 86_400 + Int64(hms[0] * 3600 + hms[1] * 60 + hms[2])
    return SimTime(
      nanos: Int64.saturating(Int64.saturating(secs, times: 1_000_000_000), plus: fraction))
  }

  private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }
}
