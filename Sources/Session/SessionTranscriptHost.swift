public import EngineAPI
import SwarmCore
public import Transcript

/// Runs golden transcripts against a fresh simulated swarm: the header fixes the seed,
/// hostname and start time; each command's output is what a pipe would show.
public struct SessionTranscriptHost: TranscriptHost {
  public let session: Session

  public init(header: TranscriptHeader) {
    session = Session(Self.configuration(header))
  }

  /// A host whose docker commands go to a real engine (`swarmlab test --engine`): the header's
  /// seed and clock do not bind it, which is why only `#! engine: any` goldens run there.
  public init(header: TranscriptHeader, realEngine: any EngineClient, assumeYes: Bool) {
    session = Session(Self.configuration(header), realEngine: realEngine, assumeYes: assumeYes)
  }

  static func configuration(_ header: TranscriptHeader) -> SessionConfiguration {
    var config = SessionConfiguration()
    if let seed = header.seed { config.seed = seed }
    if let hostname = header.hostname { config.hostname = hostname }
    if let start = header.startTimeEpochSeconds { config.startTime = SimTime(seconds: start) }
    return config
  }

  public mutating func run(_ commandLine: String) -> HostResult {
    let output = session.run(commandLine)
    return HostResult(output: output.text, exitCode: output.exitCode)
  }
}
