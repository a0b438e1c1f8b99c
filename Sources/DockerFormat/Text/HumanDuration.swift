public import EngineAPI
import GoDurations

/// go-units `HumanDuration`: the "4 minutes" in `Running 4 minutes ago`. Seconds and minutes
/// truncate; hours round.
public enum HumanDuration {
  public static func string(nanos: Int64) -> String {
    GoDuration(nanoseconds: nanos).humanText
  }

  /// The time from `t` to `now`.
  public static func since(_ t: Timestamp, _ now: Timestamp) -> String {
    string(nanos: now.unixNanos &- t.unixNanos)
  }

  /// `Running 4 minutes ago` (task CURRENT STATE: the duration lower-cased).
  public static func taskState(_ state: String, since: Timestamp, now: Timestamp) -> String {
    let pretty = state.prefix(1).uppercased() + state.dropFirst()
    return "\(pretty) \(HumanDuration.since(since, now).lowercased()) ago"
  }
}

/// go-units `BytesSize`/`HumanSize`: `%.4g` plus a binary or decimal unit.
public enum ByteSize {
  public static func binary(_ bytes: Double) -> String {
    format(bytes, 1024, ["B", "KiB", "MiB", "GiB", "TiB", "PiB"])
  }
  public static func decimal(_ bytes: Double) -> String {
    format(bytes, 1000, ["B", "kB", "MB", "GB", "TB", "PB"])
  }

  private static func format(_ value: Double, _ base: Double, _ units: [String]) -> String {
    var v = value
    var i = 0
    while v >= base && i < units.count - 1 {
      v /= base
      i += 1
    }
    return fourSignificant(v) + units[i]
  }

  /// Go's `%.4g` for the values sizes take (no exponent form needed below 10^4).
  static func fourSignificant(_ v: Double) -> String {
    let digitsBefore = v < 1 ? 1 : Int((v).rounded(.down)).description.count
    let decimals = max(0, 4 - digitsBefore)
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (v * scale).rounded() / scale
    var text = String(Int64(rounded))
    if decimals > 0 {
      let frac = Int64(((rounded - Double(Int64(rounded))) * scale).rounded())
      var fracText = String(frac)
      while fracText.count < decimals { fracText = "0" + fracText }
      while fracText.hasSuffix("0") { fracText.removeLast() }
      if !fracText.isEmpty { text += "." + fracText }
    }
    return text
  }
}
