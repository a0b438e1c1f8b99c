import SwarmCore
public import Transcript

/// Runs golden transcripts against a fresh simulated swarm: the header fixes the seed,
/// hostname and start time; each command's output is what a pipe would show.
public struct SessionTranscriptHost: TranscriptHost {
  public let session: Session

  /// Why a header's session cannot be built (a start time outside what is simulated).
  public struct SetupError: Error, CustomStringConvertible {
    public var description: String
  }

  public init(header: TranscriptHeader) throws(SetupError) {
    var config = SessionConfiguration()
    if let seed = header.seed { config.seed = seed }
    if let hostname = header.hostname { config.hostname = hostname }
    if let start = header.startTimeEpochSeconds {
      config.startTime = SimTime(seconds: start)
      if let problem = SimTime.checkedStart(config.startTime) {
        throw SetupError(description: "start-time \(header.startTime ?? ""): \(problem)")
      }
    }
    session = Session(config)
  }

  public mutating func run(_ commandLine: String) -> HostResult {
    let output = session.run(commandLine)
    return HostResult(output: output.text, exitCode: output.exitCode)
  }
}
