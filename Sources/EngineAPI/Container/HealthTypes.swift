/// `types.Health`: a container's health as `.State.Health` shows it.
public struct Health: GoStruct, Equatable {
  public static let goTypeName = "types.Health"
  public var status: String
  public var failingStreak: Int
  public var log: [HealthcheckResult]

  public init(status: String, failingStreak: Int, log: [HealthcheckResult]) {
    self.status = status
    self.failingStreak = failingStreak
    self.log = log
  }

  enum CodingKeys: String, CodingKey {
    case status = "Status", failingStreak = "FailingStreak", log = "Log"
  }
}

/// `types.HealthcheckResult`: one probe.
public struct HealthcheckResult: GoStruct, Equatable {
  public static let goTypeName = "types.HealthcheckResult"
  public var start: Timestamp
  public var end: Timestamp
  public var exitCode: Int
  public var output: String

  public init(start: Timestamp, end: Timestamp, exitCode: Int, output: String) {
    self.start = start
    self.end = end
    self.exitCode = exitCode
    self.output = output
  }

  enum CodingKeys: String, CodingKey {
    case start = "Start", end = "End", exitCode = "ExitCode", output = "Output"
  }
}
