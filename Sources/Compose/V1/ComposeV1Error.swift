/// A docker-compose 1.x failure: its message (printed after `ERROR: `), or an option SwarmLab
/// does not simulate (printed as SwarmLab's plain refusal).
public struct ComposeV1Error: Error, Equatable, Sendable {
  public var message: String
  /// True when the file uses something SwarmLab does not simulate (not a compose error).
  public var notSimulated: Bool

  init(_ message: String, notSimulated: Bool = false) {
    self.message = message
    self.notSimulated = notSimulated
  }
}
