import ArgumentParser
import Foundation
import RealEngine
import Session
import ShellTools
import SwarmCore

/// The flags that fix a simulated run, shared by every subcommand.
struct SessionOptions: ParsableArguments {
  // Optional underneath, so a subcommand that cannot use them knows they were given.
  @Option(
    name: .customLong("seed"),
    help: ArgumentHelp(
      "Seed for IDs and tokens; the same seed and commands give the same output (default: 1).",
      valueName: "seed"))
  var givenSeed: UInt64?
  var seed: UInt64 { givenSeed ?? 1 }

  @Option(
    name: .customLong("hostname"),
    help: ArgumentHelp(
      "Hostname of the simulated machine (default: docker-desktop).", valueName: "hostname"))
  var givenHostname: String?
  var hostname: String { givenHostname ?? "docker-desktop" }

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

  /// `--seed`, `--hostname`, `--start-time` as given.
  var givenSimulationFlags: [String] {
    (givenSeed != nil ? ["--seed"] : []) + (givenHostname != nil ? ["--hostname"] : [])
      + (startTime != nil ? ["--start-time"] : [])
  }

  /// `--yes` only loosens what a real engine allows; the simulation's flags have nothing to
  /// fix on a real engine (its IDs, hostname and clock are its own).
  func validate() throws {
    if yes && engine == nil { throw ValidationError("--yes applies only with --engine") }
    if engine != nil, let flag = givenSimulationFlags.first {
      throw ValidationError(
        "\(flag) applies only to the simulation; a real engine has its own IDs, hostname and clock")
    }
  }

  /// Refuses `--seed`, `--hostname` and `--start-time`, saying why they cannot apply.
  func refuseSimulationFlags(_ why: String) throws {
    guard let flag = givenSimulationFlags.first else { return }
    throw ValidationError("\(flag): \(why)")
  }

  /// Refuses `--engine` (and `--yes`), saying why.
  func refuseEngine(_ why: String) throws {
    guard engine != nil else { return }
    throw ValidationError("--engine: \(why)")
  }

  /// The options as command-line arguments, to hand them on to another command.
  var arguments: [String] {
    (givenSeed.map { ["--seed", String($0)] } ?? [])
      + (givenHostname.map { ["--hostname", $0] } ?? [])
      + (startTime.map { ["--start-time", $0] } ?? [])
      + (engine.map { ["--engine", $0] } ?? []) + (yes ? ["--yes"] : [])
  }

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
