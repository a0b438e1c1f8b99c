import EngineAPI
import GoDurations

/// `--health-cmd`, `--health-interval`, `--health-timeout`, `--health-start-period`,
/// `--health-retries` and `--no-healthcheck`, as docker/cli 20.10's `updateHealthcheck`
/// applies them: only the flags given change the spec's check (on create there is none yet),
/// a command replaces a disabled check, and `--no-healthcheck` excludes the others.
extension ServiceSpecBuilder {
  static let healthFlags: Set<String> = [
    "health-cmd", "health-interval", "health-timeout", "health-start-period", "health-retries",
    "no-healthcheck",
  ]

  static func applyHealth(_ f: FlagValues, _ container: inout ContainerSpec) throws(Invalid) {
    let settings = healthFlags.subtracting(["no-healthcheck"]).filter { f.isSet($0) }
    guard !settings.isEmpty || f.isSet("no-healthcheck") else { return }
    if f.bool("no-healthcheck") {
      guard settings.isEmpty else {
        throw Invalid(message: "--no-healthcheck conflicts with --health-* options")
      }
      container.healthcheck = HealthConfig(test: ["NONE"])
      return
    }
    var check = container.healthcheck ?? HealthConfig(test: nil)
    if check.test?.first == "NONE" { check.test = nil }
    // Negative durations never get here: the grammar refuses them as docker's
    // `PositiveDurationOpt` does. Zero means "the image's value" and is left out.
    func duration(_ name: String) -> GoDuration?? {
      guard f.isSet(name) else { return .none }
      let nanos = f.durationNanos(name) ?? 0
      return .some(nanos == 0 ? nil : GoDuration(nanoseconds: nanos))
    }
    if let interval = duration("health-interval") { check.interval = interval }
    if let timeout = duration("health-timeout") { check.timeout = timeout }
    if let start = duration("health-start-period") { check.startPeriod = start }
    if f.isSet("health-retries") {
      let retries = f.int("health-retries") ?? 0
      check.retries = retries == 0 ? nil : retries
    }
    if f.isSet("health-cmd") {
      let command = f.string("health-cmd") ?? ""
      check.test = command.isEmpty ? nil : ["CMD-SHELL", command]
    }
    container.healthcheck = check
  }
}
