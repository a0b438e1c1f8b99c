/// The verdict of a check: whether it holds and, when not, the reasons to show the learner.
public struct CheckOutcome: Sendable, Equatable {
  public var passed: Bool
  /// Learner-facing reasons, most important first; empty when passed.
  public var reasons: [String]

  public static let pass = CheckOutcome(passed: true, reasons: [])
  public static func fail(_ reason: String) -> CheckOutcome {
    CheckOutcome(passed: false, reasons: [reason])
  }

  public init(passed: Bool, reasons: [String]) {
    self.passed = passed
    self.reasons = reasons
  }
}
