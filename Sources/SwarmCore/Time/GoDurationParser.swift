import GoDurations

/// Go durations on the simulated clock: catalog data (`every: 5s`) and docker flags are
/// written in Go's syntax; the rules live in one place, `GoDurations`.
public enum GoDurationParser {
  /// Parses `1m30s`, `1.5h`, `300ms`, `-2s`, `0`; nil for anything Go would reject.
  public static func parse(_ text: String) -> SimDuration? {
    (try? GoDuration.parse(text)).map { SimDuration(nanos: $0.nanoseconds) }
  }

  /// Go's `Duration.String()`: `1m30s`, `5s`, `500ms`, `2h0m0s`, `0s`.
  public static func format(_ d: SimDuration) -> String {
    GoDuration(nanoseconds: d.nanos).description
  }
}
