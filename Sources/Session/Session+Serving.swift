public import Engine

/// What `serve` inside the interactive shell puts behind the Engine API: the session's own
/// simulated dockerd, so the learner's docker CLI and the SwarmLab prompt share one swarm.
extension Session {
  /// The simulated dockerd docker commands go to; nil when they go to a real engine
  /// (`--engine`), which there is nothing to serve of.
  public var simulatedEngine: Engine? { remoteEngine == nil ? engine : nil }
}
