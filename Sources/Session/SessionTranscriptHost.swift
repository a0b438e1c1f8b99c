import SwarmCore
public import Transcript

/// Runs golden transcripts against a fresh simulated swarm: the header fixes the seed,
/// hostname and start time; each command's output is what a pipe would show.
public struct SessionTranscriptHost: TranscriptHost {
  public let session: Session

  public init(header: TranscriptHeader) {
    var config = SessionConfiguration()
    if let seed = header.seed { config.seed = seed }
    if let hostname = header.hostname { config.hostname = hostname }
    if let start = header.startTimeEpochSeconds { config.startTime = SimTime(seconds: start) }
    session = Session(config)
  }

  public mutating func run(_ commandLine: String) -> HostResult {
    let output = session.run(commandLine)
    return HostResult(output: output.text, exitCode: output.exitCode)
  }
}
