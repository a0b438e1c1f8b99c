public import SwarmCore

/// A command the learner ran, as lessons observe it: the expanded argv, its exit status and
/// when it ran. Lessons check cluster state, and use these only for "did they run X" checks.
public struct CommandRecord: Sendable, Equatable {
  public var argv: [String]
  public var exitCode: Int32
  public var time: SimTime
  /// The container a command ran inside (`docker exec` shells), if any.
  public var container: String?

  public init(argv: [String], exitCode: Int32, time: SimTime, container: String? = nil) {
    self.argv = argv
    self.exitCode = exitCode
    self.time = time
    self.container = container
  }
}
