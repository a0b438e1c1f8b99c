public import EngineAPI
public import GoDurations
import SwarmCore

/// What lessons read of a session without reaching into the simulation: the engine its docker
/// commands go to (checks read the swarm through the Engine API, so they run on a real engine
/// too) and simulated time as Go durations (progress files store it).
extension Session {
  /// The engine docker commands go to: the simulated dockerd, or a real one (`--engine`).
  /// Both are reference types, so reads through this value reach the session's own engine.
  public var engineClient: any EngineClient { remoteEngine ?? engine }

  /// Simulated time since the session started.
  public var elapsed: GoDuration {
    GoDuration(nanoseconds: (now - configuration.startTime).nanos)
  }

  /// Moves the simulated clock forward (lesson replay's typing pause, a resumed lesson's
  /// saved instants); a real engine's clock is its own and is not moved.
  public func advanceClock(by duration: GoDuration) {
    guard duration.nanoseconds > 0 else { return }
    advanceClock(by: SimDuration(nanos: duration.nanoseconds))
  }
}
