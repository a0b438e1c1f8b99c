import GoDurations

/// Go's default (`%v`) printing of values and the scalar conversions `fmt` and `time` use.
extension TemplateValue {
  /// Go's type name for the value, used in `%!d(string=x)` and error messages.
  public var goTypeName: String {
    switch self {
    case .null: return "<nil>"
    case .bool: return "bool"
    case .int: return "int"
    case .uint: return "uint64"
    case .double: return "float64"
    case .string: return "string"
    case .time: return "time.Time"
    case .duration: return "time.Duration"
    case .array: return "[]interface {}"
    case .map: return "map[string]interface {}"
    case .object(let type, _): return type
    }
  }

  /// `fmt.Sprint(v)`: Go's `%v` form.
  public var goDescription: String { GoPrint.format(self, plus: false) }
}

/// Implements `%v`/`%+v` printing of composite values.
enum GoPrint {
  static func format(_ v: TemplateValue, plus: Bool) -> String {
    switch v {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .double(let d): return GoFloat.format(d, verb: "g", precision: nil)
    case .string(let s): return s
    case .time(let n): return GoTime.string(unixNanos: n)
    case .duration(let n): return GoTime.durationString(n)
    case .array(let items):
      return "[" + items.map { format($0, plus: plus) }.joined(separator: " ") + "]"
    case .map(let fields):
      return "map["
        + sortedFields(fields).map { "\($0.name):\(format($0.value, plus: plus))" }
        .joined(separator: " ") + "]"
    case .object(let type, let fields):
      let body = fields.map {
        plus ? "\($0.name):\(format($0.value, plus: plus))" : format($0.value, plus: plus)
      }
      .joined(separator: " ")
      return (type.hasPrefix("*") ? "&{" : "{") + body + "}"
    }
  }

  /// Map entries in Go's sorted key order (byte-wise on the UTF-8 keys).
  static func sortedFields(_ fields: [TemplateField]) -> [TemplateField] {
    fields.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
  }
}

/// Go's `time.Time.String`, RFC3339Nano, and `time.Duration.String` for UTC instants.
public enum GoTime {
  /// Splits Unix nanoseconds into civil UTC fields.
  static func civil(_ unixNanos: Int64) -> (
    year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64, nanos: Int64
  ) {
    var secs = unixNanos / 1_000_000_000
    var nanos = unixNanos % 1_000_000_000
    if nanos < 0 {
      nanos += 1_000_000_000
      secs -= 1
    }
    var days = secs / 86400
    var rem = secs % 86400
    if rem < 0 {
      rem += 86400
      days -= 1
    }
    // Howard Hinnant's civil_from_days.
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, nanos)
  }

  private static func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  private static func fraction(_ nanos: Int64) -> String {
    guard nanos != 0 else { return "" }
    var s = pad(nanos, 9)
    while s.hasSuffix("0") { s.removeLast() }
    return "." + s
  }

  /// `2020-11-20 21:14:30.123456789 +0000 UTC`.
  public static func string(unixNanos: Int64) -> String {
    let c = civil(unixNanos)
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2)) \(pad(c.hour, 2)):"
      + "\(pad(c.minute, 2)):\(pad(c.second, 2))\(fraction(c.nanos)) +0000 UTC"
  }

  /// RFC3339Nano in UTC, as `json.Marshal` writes times: `2020-11-20T21:14:30.123456789Z`.
  public static func rfc3339Nano(unixNanos: Int64) -> String {
    let c = civil(unixNanos)
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):"
      + "\(pad(c.minute, 2)):\(pad(c.second, 2))\(fraction(c.nanos))Z"
  }

  /// Go's `time.Duration.String`: `1h2m3.5s`, `150ms`, `0s`.
  public static func durationString(_ d: Int64) -> String {
    GoDuration(nanoseconds: d).description
  }

}
