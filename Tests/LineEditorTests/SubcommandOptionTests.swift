import ArgumentParser
import Foundation
import Testing

@testable import SwarmLabApp

/// Every option `swarmlab` accepts with a subcommand is honoured or refused plainly. The root
/// command claims its own options anywhere on the line (`swarmlab --quiet run F`, `swarmlab
/// test --record F`), and `lesson` used to take `--seed`/`--hostname` and drop them.
@Suite struct SubcommandOptionTests {
  /// What `swarmlab ARGS` stops with before doing anything, or nil when it ran.
  func refusal(_ arguments: [String]) -> String? {
    do {
      var command = try SwarmLabCommand.parseAsRoot(arguments)
      try command.run()
      return nil
    } catch {
      return SwarmLabCommand.message(for: error)
    }
  }

  static let lessonFixes =
    "a lesson fixes its seed, hostname and start in its own file, so saved progress replays the same"

  @Test(arguments: [
    (["--seed", "5", "lesson", "ch12"], "--seed: \(lessonFixes)"),
    (["lesson", "ch12", "--hostname", "node1"], "--hostname: \(lessonFixes)"),
    (["lesson", "ch12", "--start-time", "2020-11-20T21:14:30Z"], "--start-time: \(lessonFixes)"),
    (["lesson", "--prove", "--seed", "3"], "--seed: \(lessonFixes)"),
    (
      ["--ports", "lesson", "ch12"],
      "--ports is for the shell and swarmlab serve; 'swarmlab lesson' publishes no ports"
    ),
    (
      ["lesson", "ch12", "--check", "t.txt", "--prove"],
      "--check grades a transcript and --prove proves the lesson; give one"
    ),
    (
      ["lesson", "ch12", "--check", "t.txt", "--engine", "unix:///nowhere.sock"],
      "--engine: --check grades the transcript on the simulation"
    ),
    (
      ["--quiet", "run", "f.txt"],
      "--quiet is an option of the swarmlab shell; 'swarmlab run' does not use it"
    ),
    (
      ["run", "-c", "docker node ls", "f.txt"],
      "-c is an option of the swarmlab shell; 'swarmlab run' does not use it"
    ),
    (
      ["test", "--record", "out.txt"],
      "--record is an option of the swarmlab shell; 'swarmlab test' does not use it"
    ),
    (
      ["--prompt", "X> ", "test"],
      "--prompt is an option of the swarmlab shell; 'swarmlab test' does not use it"
    ),
    (
      ["test", "--seed", "1"],
      "--seed: a transcript fixes its seed, hostname and start time in its own header (#! seed: …)"
    ),
    (
      ["--ports", "run", "f.txt"],
      "--ports is for the shell and swarmlab serve; 'swarmlab run' publishes no ports"
    ),
    (
      ["serve", "--engine", "docker/env"],
      "--engine: serve serves a simulated swarm; point your docker CLI at the real engine itself"
    ),
    (
      ["serve", "--quiet"],
      "--quiet is an option of the swarmlab shell; 'swarmlab serve' does not use it"
    ),
    (["--seed", "4", "progress"], "--seed: progress reads saved progress; it runs no swarm"),
    (
      ["progress", "--record", "x"],
      "--record is an option of the swarmlab shell; 'swarmlab progress' does not use it"
    ),
    (["run", "--yes", "f.txt"], "--yes applies only with --engine"),
    (
      ["--engine", "unix:///nowhere.sock", "--seed", "3"],
      "--seed applies only to the simulation; a real engine has its own IDs, hostname and clock"
    ),
    (
      ["record", "--engine", "docker", "--hostname", "h", "out.txt"],
      "--hostname applies only to the simulation; a real engine has its own IDs, hostname and clock"
    ),
    (
      ["-c", "docker node ls", "record", "out.txt"],
      "-c is an option of the swarmlab shell; 'swarmlab record' does not use it"
    ),
  ])
  func refused(_ arguments: [String], _ message: String) {
    #expect(refusal(arguments) == message, "swarmlab \(arguments.joined(separator: " "))")
  }

  /// Where a subcommand can use the shell's option, it gets the value given before its name.
  @Test func honouredWhereTheyApply() throws {
    let run = try #require(
      try SwarmLabCommand.parseAsRoot(["--prompt", "X> ", "run", "--echo", "f.txt"])
        as? RunCommand)
    #expect(run.shell.prompt == "X> ")
    let seeded = try #require(
      try SwarmLabCommand.parseAsRoot(["--seed", "7", "run", "f.txt"]) as? RunCommand)
    #expect(seeded.options.seed == 7)
    // record hands --quiet and --prompt on to the recording shell.
    let record = try #require(
      try SwarmLabCommand.parseAsRoot(["--quiet", "--prompt", "X> ", "record", "r.txt"])
        as? RecordCommand)
    #expect(record.shell.quiet && record.shell.prompt == "X> ")
  }
}
