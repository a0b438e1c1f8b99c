public import EngineAPI
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
    session = Session(try Self.configuration(header))
  }

  /// A host whose docker commands go to a real engine (`swarmlab test --engine`): the header's
  /// seed and clock do not bind it, which is why only `#! engine: any` goldens run there.
  public init(header: TranscriptHeader, realEngine: any EngineClient, assumeYes: Bool)
    throws(SetupError)
  {
    session = Session(
      try Self.configuration(header), realEngine: realEngine, assumeYes: assumeYes)
  }

  static func configuration(_ header: TranscriptHeader) throws(SetupError)
    -> SessionConfiguration
  {
    var config = SessionConfiguration()
    if let seed = header.seed { config.seed = seed }
    if let hostname = header.hostname { config.hostname = hostname }
    // `#! workspace: exercises`: start in /diamol with the book's files, as the shell does, so
    // a golden can `cd ch14/exercises` as the book does.
    if header.fields.contains(where: { $0.key == "workspace" && $0.value == "exercises" }) {
      config.workspace = Session.exercisesWorkspace
    }
    if let start = header.startTimeEpochSeconds {
      config.startTime = SimTime(seconds: start)
      if let problem = SimTime.checkedStart(config.startTime) {
        throw SetupError(description: "start-time \(header.startTime ?? ""): \(problem)")
      }
    }
    return config
  }

  public mutating func run(_ commandLine: String) -> HostResult {
    let output = session.run(commandLine)
    return HostResult(output: output.text, exitCode: output.exitCode)
  }
}
