/// The engines a transcript is meant to pass on (`#! engine: …`).
public enum TranscriptEngineScope: String, Equatable, Sendable {
  /// Only SwarmLab's simulation: the golden relies on what a real engine cannot give
  /// (fast-forwarded time, `machine` commands, seeded IDs).
  case simulation
  /// The simulation and a real Docker engine alike.
  case any
}
