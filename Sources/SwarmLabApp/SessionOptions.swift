import ArgumentParser
import Session
import ShellTools
import SwarmCore

/// The flags that fix a simulated run, shared by every subcommand.
struct SessionOptions: ParsableArguments {
  @Option(help: "Seed for IDs and tokens; the same seed and commands give the same output.")
  var seed: UInt64 = 1

  @Option(help: "Hostname of the simulated machine.")
  var hostname: String = "docker-desktop"

  @Option(
    name: .customLong("start-time"),
    help: "Simulated wall-clock start, e.g. 2020-11-20T21:14:30Z (default: that date).")
  var startTime: String?

  /// The options as command-line arguments, to hand them on to another command.
  var arguments: [String] {
    ["--seed", String(seed), "--hostname", hostname]
      + (startTime.map { ["--start-time", $0] } ?? [])
  }

  func configuration() throws -> SessionConfiguration {
    var config = SessionConfiguration()
    // The working folder holds the book's exercise files (compiled in); the real machine's
    // files show through, read-only (transcripts replay without them, so their output never
    // depends on the host).
    config.workspace = Workspace(
      home: Session.exercisesMount, mounts: [Session.exercisesWorkspaceMount],
      host: LocalHostFiles())
    config.seed = seed
    config.hostname = hostname
    if let startTime {
      guard let t = SimTime.parseRFC3339(startTime) else {
        throw ValidationError(
          "--start-time must look like 2020-11-20T21:14:30Z, got '\(startTime)'")
      }
      if let problem = SimTime.checkedStart(t) {
        throw ValidationError("--start-time \(startTime) cannot be simulated: \(problem)")
      }
      config.startTime = t
    }
    return config
  }
}
