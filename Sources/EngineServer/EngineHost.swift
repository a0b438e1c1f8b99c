import DockerCLI
public import Engine
public import EngineAPI
import GoDurations
public import SwarmCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The simulated dockerd behind `swarmlab serve`, as the server's requests reach it: every
/// request is routed here one at a time, on the server's one event loop and through the
/// `EngineGate` (hence `@unchecked Sendable`), which the interactive shell also passes through
/// when it serves its own cluster.
///
/// It also keeps the simulated clock in step with the world: in `realTime` mode the clock
/// follows the host's monotonic clock between requests (as the interactive shell does); in
/// `manual` mode (a test aid) it moves only when told to through `/_swarmlab/clock`, and in
/// 200 ms steps while a CLI polls a converging service, as SwarmLab's own CLI does.
public final class EngineHost: @unchecked Sendable {
  public enum ClockMode: String, Sendable { case realTime = "real", manual }

  /// Read and changed only inside `gate.exclusive`.
  public private(set) var engine: Engine
  public let clockMode: ClockMode
  /// The door every use of `engine` goes through, and the real-time clock.
  public let gate: EngineGate
  /// Called after any request that may have changed the swarm (the published-port listeners
  /// follow the services).
  public var onChange: (() -> Void)?
  var publishedPorts: PublishedPorts?
  /// Writes each request line and status to stderr (`swarmlab serve --log-requests`).
  public var logRequests = false
  /// Exit codes of finished execs, for `GET /exec/{id}/json`.
  var execExitCodes: [String: Int] = [:]
  var execContainers: [String: String] = [:]
  var execConfigs: [String: ExecConfig] = [:]
  /// The exec and `$?` of the last line typed into a hijacked shell, for the test aid
  /// `GET /_swarmlab/exec-status` (the docker CLI has no way to show it).
  var lastExecLine: (id: String, status: Int)?
  /// The service a CLI is waiting on (`service create` without `--detach`), in manual mode.
  var progressWatch: (serviceID: String, convergedAt: Int64?)?

  public init(engine: Engine, clockMode: ClockMode, gate: EngineGate = EngineGate()) {
    self.engine = engine
    self.clockMode = clockMode
    self.gate = gate
  }

  /// Serves another engine from now on: a lesson's `reset` rebuilds the shell's cluster.
  /// Call inside `gate.exclusive`.
  public func rebind(_ engine: Engine) {
    guard engine !== self.engine else { return }
    self.engine = engine
    progressWatch = nil
  }

  // MARK: Clock

  /// Gives the simulated clock the real time that passed since it last caught up (on a
  /// request here or a command in the shell). Call inside `gate.exclusive`.
  func syncClock() {
    let elapsed = gate.takeElapsed()
    guard clockMode == .realTime, elapsed > 0 else { return }
    engine.wait(GoDuration(nanoseconds: elapsed))
  }

  /// How far the host's wall clock is ahead of the simulated one. The docker CLI renders "2
  /// minutes ago" and computes `--since 10s` against its own clock, so timestamps cross the
  /// wire shifted by this much.
  public var wireOffset: Int64 { Self.wallNanos() &- engine.now.unixNanos }

  /// A time the client sent (Unix seconds) moved onto the simulated clock. How long ago it
  /// was is cut to whole seconds: the CLI computes `--since 10s` from its clock before the
  /// requests that precede the logs call, and that latency must not move the boundary.
  func simulatedTime(_ text: String?) -> String? {
    guard let text, !text.isEmpty,
      let client = Self.unixNanos(text)
    else { return text }
    let wall = Self.wallNanos()
    let ago = (wall &- client) / 1_000_000_000 * 1_000_000_000
    let sim = engine.now.unixNanos &- ago
    let seconds = sim >= 0 ? sim / 1_000_000_000 : (sim - 999_999_999) / 1_000_000_000
    let nanos = sim - seconds * 1_000_000_000
    let fraction = String(nanos)
    return "\(seconds)." + String(repeating: "0", count: 9 - fraction.count) + fraction
  }

  /// `/_swarmlab/clock?advance=4m`: moves the simulated clock (the test aid behind a golden's
  /// `sleep`).
  func advanceClock(by duration: GoDuration) {
    finishProgressWatch()
    engine.wait(duration)
  }

  /// Paces a CLI's progress poll (`GET /tasks?filters={"_up-to-date":…,"service":…}`) the way
  /// SwarmLab's own CLI advances its clock: 200 ms per poll, until the service has been
  /// converged for the monitor period.
  func progressPolled(serviceID: String) {
    guard clockMode == .manual else { return }
    if progressWatch?.serviceID != serviceID { progressWatch = (serviceID, nil) }
    var client = engine
    guard let state = ConvergenceWatcher.convergence(serviceID: serviceID, &client) else {
      progressWatch = nil
      return
    }
    let now = engine.now.unixNanos
    if state.converged {
      let since = progressWatch?.convergedAt ?? now
      if progressWatch?.convergedAt == nil { progressWatch?.convergedAt = now }
      if now - since >= state.monitorNanos { return }
    } else {
      progressWatch?.convergedAt = nil
    }
    engine.wait(GoDuration(nanoseconds: 200_000_000))
  }

  /// A request outside the progress loop ends it. A CLI that stopped polling a little before
  /// the simulated monitor period ended (its 5 s are real seconds) gets the rest, so the clock
  /// lands where SwarmLab's own CLI leaves it.
  func finishProgressWatch() {
    guard let watch = progressWatch else { return }
    progressWatch = nil
    var client = engine
    guard let convergedAt = watch.convergedAt,
      let state = ConvergenceWatcher.convergence(serviceID: watch.serviceID, &client),
      state.converged
    else { return }
    let end = convergedAt + state.monitorNanos
    let now = engine.now.unixNanos
    if now < end { engine.wait(GoDuration(nanoseconds: end - now)) }
  }

  /// `1605906870.5` as nanoseconds; nil for anything else (the engine then reports it).
  static func unixNanos(_ text: String) -> Int64? {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let seconds = Int64(parts[0]), abs(seconds) < 9_000_000_000 else { return nil }
    var nanos: Int64 = 0
    if parts.count == 2 {
      guard parts[1].count <= 9, parts[1].allSatisfy(\.isNumber) else { return nil }
      nanos = Int64(parts[1] + String(repeating: "0", count: 9 - parts[1].count)) ?? 0
    }
    return seconds * 1_000_000_000 + (seconds < 0 ? -nanos : nanos)
  }

  public static func wallNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}
