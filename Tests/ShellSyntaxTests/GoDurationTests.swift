import GoDurations
import ShellSyntax
import Testing

/// Go's `time.ParseDuration` and `Duration.String()`, checked against Go's documented cases.
@Suite struct GoDurationTests {
  static let second: Int64 = 1_000_000_000
  static let minute: Int64 = 60 * second
  static let hour: Int64 = 60 * minute

  /// Go's formatting table (time_test.go `durationTests`) and docs examples.
  static let formatCases: [(nanoseconds: Int64, text: String)] = [
    (0, "0s"),
    (1, "1ns"),
    (1_100, "1.1µs"),
    (2_200_000, "2.2ms"),
    (3_300 * 1_000_000, "3.3s"),
    (4 * minute + 5 * second, "4m5s"),
    (4 * minute + 5_001 * 1_000_000, "4m5.001s"),
    (5 * hour + 6 * minute + 7_001 * 1_000_000, "5h6m7.001s"),
    (8 * minute + 1, "8m0.000000001s"),
    (Int64.max, "2562047h47m16.854775807s"),
    (Int64.min, "-2562047h47m16.854775808s"),
    (hour + 2 * minute + 300_000_000, "1h2m0.3s"),
    (300_000_000, "300ms"),
    (100_000_000, "100ms"),
    (90 * second, "1m30s"),
    (1_500_000_000, "1.5s"),
    (hour, "1h0m0s"),
    (10 * hour, "10h0m0s"),
    (-2_500_000_000, "-2.5s"),
    (-999, "-999ns"),
    (1_000, "1µs"),
    // Seen in docker 20.10's `service inspect --pretty` for `--update-delay 1h2m3s4ms5us6ns`.
    (hour + 2 * minute + 3 * second + 4_005_006, "1h2m3.004005006s"),
  ]

  @Test(arguments: formatCases)
  func formats(nanoseconds: Int64, text: String) {
    #expect(GoDuration(nanoseconds: nanoseconds).description == text)
  }

  /// Go's parsing table (time_test.go `parseDurationTests`) and docs examples.
  static let parseCases: [(text: String, nanoseconds: Int64)] = [
    ("0", 0), ("5s", 5 * second), ("30s", 30 * second), ("1478s", 1478 * second),
    ("-5s", -5 * second), ("+5s", 5 * second), ("-0", 0), ("+0", 0),
    ("5.0s", 5 * second), ("5.6s", 5 * second + 600_000_000), ("5.s", 5 * second),
    (".5s", 500_000_000), ("1.0s", second), ("1.00s", second), ("1.004s", 1_004_000_000),
    ("1.0040s", 1_004_000_000), ("100.00100s", 100 * second + 1_000_000),
    ("10ns", 10), ("11us", 11_000), ("12µs", 12_000), ("12μs", 12_000), ("13ms", 13_000_000),
    ("14s", 14 * second), ("15m", 15 * minute), ("16h", 16 * hour),
    ("3h30m", 3 * hour + 30 * minute), ("10.5s4m", 4 * minute + 10 * second + 500_000_000),
    ("-2m3.4s", -(2 * minute + 3 * second + 400_000_000)),
    ("1h2m3s4ms5us6ns", hour + 2 * minute + 3 * second + 4_000_000 + 5_000 + 6),
    ("39h9m14.425s", 39 * hour + 9 * minute + 14 * second + 425_000_000),
    ("52763797000ns", 52_763_797_000), ("0.3333333333333333333h", 20 * minute),
    ("9007199254740993ns", 9_007_199_254_740_993), ("9223372036854775807ns", Int64.max),
    ("9223372036854775.807us", Int64.max), ("9223372036s854ms775us807ns", Int64.max),
    ("-9223372036854775808ns", Int64.min), ("-9223372036854775.808us", Int64.min),
    ("0.100000000000000000000h", 6 * minute),
    ("0.830103483285477580700h", 49 * minute + 48 * second + 372_539_827),
    ("10s", 10 * second), ("1m30s", 90 * second), ("1.5h", 90 * minute), ("300ms", 300_000_000),
    ("-1s", -second), ("1h10m10s", hour + 10 * minute + 10 * second),
  ]

  @Test(arguments: parseCases)
  func parses(text: String, nanoseconds: Int64) throws {
    #expect(try GoDuration.parse(text).nanoseconds == nanoseconds)
  }

  /// Rejected inputs with Go's messages (the first five, the quoting cases and the first overflow
  /// checked against docker 20.10's `--update-delay` flag).
  static let errorCases: [(text: String, message: String)] = [
    ("abc", "time: invalid duration \"abc\""),
    ("10", "time: missing unit in duration \"10\""),
    ("1d", "time: unknown unit \"d\" in duration \"1d\""),
    ("", "time: invalid duration \"\""),
    (".s", "time: invalid duration \".s\""),
    ("3", "time: missing unit in duration \"3\""),
    ("-", "time: invalid duration \"-\""),
    ("s", "time: invalid duration \"s\""),
    (".", "time: invalid duration \".\""),
    ("-.", "time: invalid duration \"-.\""),
    ("+.s", "time: invalid duration \"+.s\""),
    ("1s ", "time: unknown unit \"s \" in duration \"1s \""),
    ("1µx", "time: unknown unit \"\\xc2\\xb5x\" in duration \"1\\xc2\\xb5x\""),
    ("1\"s", "time: unknown unit \"\\\"s\" in duration \"1\\\"s\""),
    ("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\""),
    ("9223372036854775810ns", "time: invalid duration \"9223372036854775810ns\""),
    ("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\""),
    ("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\""),
    ("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\""),
    ("3000000h", "time: invalid duration \"3000000h\""),
  ]

  @Test(arguments: errorCases)
  func rejects(text: String, message: String) {
    #expect(throws: GoDurationError(message: message)) { try GoDuration.parse(text) }
  }

  @Test func roundTripsThroughText() throws {
    for (nanoseconds, _) in Self.formatCases {
      let duration = GoDuration(nanoseconds: nanoseconds)
      #expect(try GoDuration.parse(duration.description) == duration)
    }
  }

  static let sleepCases: [(text: String, nanoseconds: Int64?)] = [
    ("10", 10 * second), ("10s", 10 * second), ("4m", 4 * minute), ("1h", hour),
    ("1d", 24 * hour), ("1.5", 1_500_000_000), (".5m", 30 * second), ("0", 0),
    ("abc", nil), ("", nil), ("s", nil), (".", nil), ("1m30s", nil), ("-1", nil), ("1x", nil),
    ("1.2.3", nil), ("99999999999999999999", nil),
  ]

  @Test(arguments: sleepCases)
  func sleepIntervals(text: String, nanoseconds: Int64?) {
    #expect(SleepInterval.parse(text)?.nanoseconds == nanoseconds)
  }
}
