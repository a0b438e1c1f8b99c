/// A container's health as the engine keeps it (`.State.Health`): `starting` until a probe
/// passes, `healthy`, or `unhealthy` after `retries` failures in a row; failures inside the
/// start period do not count while still `starting`. The log keeps the last five probes, as
/// docker does.
public struct ContainerHealth: Sendable, Equatable {
  public enum Status: String, Sendable { case starting, healthy, unhealthy }

  public static let maxLogEntries = 5

  public var status: Status = .starting
  public var failingStreak = 0
  public var log: [HealthProbe] = []
  /// The check in force for this container.
  public var check: EffectiveHealthCheck
  /// When the next probe runs: `interval` after the container started or after the last one.
  public var nextProbeAt: SimTime

  public init(check: EffectiveHealthCheck, startedAt: SimTime) {
    self.check = check
    self.nextProbeAt = startedAt + check.interval
  }

  /// Applies one probe's result (docker's `handleProbeResult`).
  mutating func record(_ probe: HealthProbe, startedAt: SimTime) {
    log.append(probe)
    if log.count > Self.maxLogEntries { log.removeFirst(log.count - Self.maxLogEntries) }
    nextProbeAt = probe.end + check.interval
    if probe.exitCode == 0 {
      failingStreak = 0
      status = .healthy
      return
    }
    if status == .starting && probe.start - startedAt < check.startPeriod { return }
    failingStreak += 1
    if failingStreak >= check.retries { status = .unhealthy }
  }
}

/// One run of a health check command.
public struct HealthProbe: Sendable, Equatable {
  public var start: SimTime
  public var end: SimTime
  public var exitCode: Int
  public var output: String

  public init(start: SimTime, end: SimTime, exitCode: Int, output: String) {
    self.start = start
    self.end = end
    self.exitCode = exitCode
    self.output = output
  }
}

/// The health check a container runs: the spec's settings over the image's `HEALTHCHECK`,
/// docker's defaults (30s, 30s, 3 retries, no start period) under both.
public struct EffectiveHealthCheck: Sendable, Equatable {
  public var test: [String]
  public var interval: SimDuration
  public var timeout: SimDuration
  public var startPeriod: SimDuration
  public var retries: Int

  /// Merges as the engine does when it creates the container; nil when there is no check
  /// or it is disabled (`NONE`).
  public static func resolve(spec: HealthCheck?, image: CatalogHealthCheck?)
    -> EffectiveHealthCheck?
  {
    func duration(_ text: String?) -> SimDuration {
      text.flatMap(GoDurationParser.parse) ?? .zero
    }
    var test = image?.test ?? []
    var interval = duration(image?.interval)
    var timeout = duration(image?.timeout)
    var startPeriod = duration(image?.startPeriod)
    var retries = image?.retries ?? 0
    if let spec {
      if !spec.test.isEmpty { test = spec.test }
      if spec.interval > .zero { interval = spec.interval }
      if spec.timeout > .zero { timeout = spec.timeout }
      if spec.startPeriod > .zero { startPeriod = spec.startPeriod }
      if spec.retries > 0 { retries = spec.retries }
    }
    guard let kind = test.first, kind != "NONE", test.count > 1 else { return nil }
    return EffectiveHealthCheck(
      test: test, interval: interval > .zero ? interval : .seconds(30),
      timeout: timeout > .zero ? timeout : .seconds(30), startPeriod: startPeriod,
      retries: retries > 0 ? retries : 3)
  }
}
