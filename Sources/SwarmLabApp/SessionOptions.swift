import ArgumentParser
import Foundation
import RealEngine
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

  @Option(
    help: ArgumentHelp(
      "Send docker commands to a real engine: unix:///PATH, tcp://HOST:PORT, or docker/env for DOCKER_HOST (test: run the '#! engine: any' transcripts there).",
      valueName: "address"))
  var engine: String?

  @Flag(
    help:
      "With --engine: allow swarm leave --force and removing objects this session did not create.")
  var yes = false

  /// The plain values, for code that runs without ArgumentParser (see `QuickStart`).
  var settings: SessionSettings {
    SessionSettings(seed: seed, hostname: hostname, startTime: startTime, engine: engine, yes: yes)
  }

  /// The options as command-line arguments, to hand them on to another command.
  var arguments: [String] { settings.arguments }

  func session(_ config: SessionConfiguration, prompt: String = "PS> ") throws -> Session {
    try settings.session(config, prompt: prompt)
  }

  func configuration() throws -> SessionConfiguration { try settings.configuration() }
}

/// What `SessionOptions` holds, as a plain value: its defaults are the flags' defaults (a test
/// holds them equal), so a start without flags needs no argument parsing.
struct SessionSettings: Equatable {
  var seed: UInt64 = 1
  var hostname = "docker-desktop"
  var startTime: String?
  var engine: String?
  var yes = false

  /// The settings as command-line arguments, to hand them on to another command.
  var arguments: [String] {
    ["--seed", String(seed), "--hostname", hostname]
      + (startTime.map { ["--start-time", $0] } ?? [])
      + (engine.map { ["--engine", $0] } ?? []) + (yes ? ["--yes"] : [])
  }

  /// A session on the simulation, or on the real engine `--engine` names (connecting now, so
  /// an unreachable engine is reported before the first command).
  func session(_ config: SessionConfiguration, prompt: String = "PS> ") throws -> Session {
    guard let engine else { return Session(config, prompt: prompt) }
    let client = try RealEngineConnection.connect(engine)
    return Session(config, prompt: prompt, realEngine: client, assumeYes: yes)
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
