extension GoDuration {
  /// go-units `HumanDuration`: the "4 minutes" in `Up 4 minutes` and `Running 4 minutes ago`.
  /// Seconds and minutes truncate; hours round.
  public var humanText: String {
    let seconds = nanoseconds / 1_000_000_000
    if seconds < 1 { return "Less than a second" }
    if seconds == 1 { return "1 second" }
    if seconds < 60 { return "\(seconds) seconds" }
    let minutes = seconds / 60
    if minutes == 1 { return "About a minute" }
    if minutes < 60 { return "\(minutes) minutes" }
    let hours = Int64((Double(nanoseconds) / 3_600_000_000_000 + 0.5).rounded(.down))
    if hours == 1 { return "About an hour" }
    if hours < 48 { return "\(hours) hours" }
    if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
    if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
    if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
    return "\(nanoseconds / 3_600_000_000_000 / 24 / 365) years"
  }
}
