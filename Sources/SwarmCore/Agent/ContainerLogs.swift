/// The lines a container has written up to `now`, generated from its lifetime and its image's
/// log schedule rather than stored, so a long-running service costs no memory and
/// `--since 10s` is exact.
public enum ContainerLogs {
  /// With `tail`, only the last `tail` lines are returned, and only those are generated: a
  /// container that ran for a year costs `tail` lines, not a year of them.
  public static func lines(
    of container: Container, catalog: ImageCatalog, since: SimTime? = nil, tail: Int? = nil,
    now: SimTime
  ) -> [LogLine] {
    var lines: [LogLine] = []
    if container.runsImageApp, let started = container.startedAt, !container.startupCheckFailed,
      let schedule = catalog.lookup(container.resolvedImage)?.logs
    {
      let end = min(container.finishedAt ?? now, now)
      for text in schedule.startup ?? [] where started <= end {
        lines.append(LogLine(time: started, text: render(text, at: started)))
      }
      if let every = schedule.every.flatMap(GoDurationParser.parse), every.nanos > 0,
        let line = schedule.line
      {
        // Skip straight to the window asked for: a week-old container must not cost a week of lines.
        var k: Int64 = 0
        if let since, since > started { k = (since - started).nanos / every.nanos }
        if let tail, end >= started {
          // Any line of the last `tail` is among the last `tail` periodic ones or the others.
          let last = (end - started).nanos / every.nanos
          k = max(k, last - Int64(max(tail, 0)) + 1)
        }
        while started + every * k <= end {
          let at = started + every * k
          lines.append(LogLine(time: at, text: render(line, at: at)))
          k += 1
        }
      }
    }
    lines += container.extraLogs.filter { $0.time <= now }
    lines.sort { $0.time < $1.time }
    if let since { lines.removeAll { $0.time < since } }
    if let tail { return Array(lines.suffix(max(tail, 0))) }
    return lines
  }

  /// Fills `{HH}`, `{mm}`, `{ss}` (and `{YYYY}`, `{MO}`, `{DD}`, `{ms}`) with the line's UTC
  /// wall-clock time.
  static func render(_ pattern: String, at time: SimTime) -> String {
    guard pattern.contains("{") else { return pattern }
    let c = time.civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let ms = c.nanosecond / 1_000_000
    return
      pattern
      .replacing("{YYYY}", with: String(c.year))
      .replacing("{MO}", with: two(c.month))
      .replacing("{DD}", with: two(c.day))
      .replacing("{ms}", with: ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)")
      .replacing("{HH}", with: two(c.hour))
      .replacing("{mm}", with: two(c.minute))
      .replacing("{ss}", with: two(c.second))
  }
}
