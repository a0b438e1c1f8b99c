public import EngineAPI
public import GoDurations
public import SwarmCore

/// The simulated dockerd: the Engine API (`EngineClient`) answered from an in-process,
/// deterministic `Cluster`. Name and ID-prefix resolution, filters, service status and the
/// daemon's error messages live here, once; the CLI only sends requests and renders replies.
public final class Engine: EngineClient {
  /// The swarm this daemon (and its peers) belong to. Front ends read it for lessons and
  /// visualisation; commands change it only through the API.
  public var cluster: Cluster {
    get { storage }
    _modify {
      yield &storage
      nextDeadline = nil
      generation &+= 1
    }
    set {
      storage = newValue
      nextDeadline = nil
      generation &+= 1
    }
  }
  /// Bumped whenever the swarm may have changed; answers cached at one generation stay
  /// true until the next (objects carry no "now", so the clock alone changes nothing).
  private(set) var generation = 0
  /// `GET /nodes` without filters, as polled every 200 ms by the progress display.
  var nodeListCache: (generation: Int, nodes: [EngineAPI.Node])?
  /// The swarm's root certificate (every node reports it; building it is not cheap).
  var certificateCache: (digest: String, certificate: SwarmCertificate)?

  /// The swarm's certificate, built once per CA.
  func certificate() -> SwarmCertificate? {
    guard let swarm = cluster.state.swarm else { return nil }
    if let cache = certificateCache, cache.digest == swarm.caDigest { return cache.certificate }
    let certificate = SwarmCertificate(swarm: swarm)
    certificateCache = (swarm.caDigest, certificate)
    return certificate
  }

  /// The last service inspected and the last progress answer, for the same reason.
  var serviceCache: (generation: Int, ref: String, defaults: Bool, service: EngineAPI.Service)?
  var progressCache: (generation: Int, id: String, tasks: [ProgressTask])?
  private var storage: Cluster
  /// The earliest instant some component has work, known since the last settle; nil when the
  /// state changed since (then `wait` settles first). Lets idle polls only move the clock.
  private var nextDeadline: SimTime??
  /// Exec instances by ID (created, started, a shell waiting for input, or exited and kept so
  /// the CLI can inspect the exit code). Bounded: see `pruneExecs`.
  var execs: [String: ExecInstance] = [:]
  /// Exec IDs in creation order, for pruning the oldest first.
  var execOrder: [String] = []
  /// How many execs were ever created: exec IDs count on from it, so pruning never reuses one.
  var execSerial = 0
  /// How many exec instances are kept at least; dockerd likewise forgets exited execs.
  public static let execLimit = 1_000
  /// The most recent commands run inside containers (at least `execRecordLimit`), in order:
  /// lessons check what a learner ran there. A ring, as the session's records are, so a long
  /// session inside containers does not grow without bound.
  public internal(set) var execRecords: [ExecRecord] = []
  /// How many commands have run inside containers since the engine started, kept or not.
  public internal(set) var execRecordCount = 0
  public static let execRecordLimit = 10_000

  public init(cluster: Cluster) { self.storage = cluster }

  // MARK: Time

  public var now: Timestamp { Timestamp(cluster.now) }

  /// docker's progress display polls every 200 ms, and a 10,000-task swarm must not be
  /// re-examined on every idle poll: nothing changes between deadlines, so when none falls
  /// in the wait the clock just moves.
  public func wait(_ duration: GoDuration) {
    let target = storage.now + SimDuration(nanos: duration.nanoseconds)
    let due: SimTime?
    if let known = nextDeadline {
      due = known
    } else {
      storage.settle()
      generation &+= 1
      due = storage.nextDeadline()
    }
    if let due, due <= target {
      nextDeadline = .some(storage.advance(to: target, settled: true))
      generation &+= 1
    } else {
      storage.skipIdle(to: target)
      nextDeadline = .some(due)
    }
  }

  /// Throws the daemon's refusal for endpoints that need a swarm manager.
  func requireManager() throws(EngineError) {
    do throws(ControlError) { try ControlAPI.requireManager(cluster) } catch {
      throw EngineError(error)
    }
  }

  /// Runs a control-API call, turning its error into the daemon's response.
  func control<T>(_ body: () throws(ControlError) -> T) throws(EngineError) -> T {
    do throws(ControlError) { return try body() } catch { throw EngineError(error) }
  }

  func mutate<T>(_ body: (inout Cluster) throws(ControlError) -> T) throws(EngineError)
    -> T
  {
    do throws(ControlError) { return try body(&cluster) } catch { throw EngineError(error) }
  }
}

extension Timestamp {
  init(_ time: SimTime) { self.init(unixNanos: time.nanos) }
}

extension SimTime {
  init(_ time: Timestamp) { self.init(nanos: time.unixNanos) }
}

extension GoDuration {
  init(_ duration: SimDuration) { self.init(nanoseconds: duration.nanos) }
}

extension SimDuration {
  init(_ duration: GoDuration) { self.init(nanos: duration.nanoseconds) }
}

extension EngineAPI.TaskState {
  init(_ state: SwarmCore.TaskState) {
    self =
      switch state {
      case .new: .new
      case .pending: .pending
      case .assigned: .assigned
      case .accepted: .accepted
      case .preparing: .preparing
      case .ready: .ready
      case .starting: .starting
      case .running: .running
      case .complete: .complete
      case .shutdown: .shutdown
      case .failed: .failed
      case .rejected: .rejected
      case .remove: .remove
      case .orphaned: .orphaned
      }
  }
}
