import DockerCLI
import Foundation
import Testing

@testable import Session

/// `help` lists exactly what works: every docker command it names is carried out, every one it
/// leaves out answers that it is not simulated, and every shell name it lists is a command.
@Suite struct CommandRegistryTests {
  /// Whether SwarmLab carries out `docker PATH` (tried with 0, 1 and 2 arguments, since the
  /// grammar checks argument counts before the command is reached).
  func carriesOut(_ path: [String]) -> Bool {
    let session = Session()
    _ = session.run("docker swarm init")
    for arguments in [[], ["x"], ["x", "y"]] {
      let output = session.dispatch(["docker"] + path + arguments)
      if output.text.contains("is not simulated in SwarmLab") { return false }
    }
    return true
  }

  /// Every leaf of docker's command tree with its path: the registry the tests walk.
  static func leaves(_ spec: CommandSpec = CommandTree.root, path: [String] = [])
    -> [(path: [String], spec: CommandSpec)]
  {
    if spec.subcommands.isEmpty { return path.isEmpty ? [] : [(path, spec)] }
    return spec.subcommands.flatMap { leaves($0, path: path + [$0.name]) }
  }

  @Test func dockerEntriesAreExactlyTheCommandsCarriedOut() {
    let help = Session().run("help").text
    for (path, spec) in Self.leaves() where spec.simulated {
      let listed = spec.handler?.isListed == true
      #expect(listed == carriesOut(path), "docker \(path.joined(separator: " "))")
      let group = path.count == 1 ? "docker " : "docker \(path[0])"
      let line = help.split(separator: "\n").first { $0.hasPrefix("  \(group) ") } ?? ""
      let names = line.dropFirst(2 + group.count).split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      #expect(names.contains(path.last!) == listed, "help lists docker \(path)")
    }
  }

  /// The registry walked: every command with a handler dispatches (covered above), answers
  /// `--help` with its own usage, and completes; every command without one, and every command
  /// docker has that SwarmLab does not, answers the not-simulated line with exit 127.
  @Test func everyRegisteredCommandHasHelpAndCompletes() {
    let session = Session()
    _ = session.run("docker swarm init")
    for (path, spec) in Self.leaves() {
      let line = "docker " + path.joined(separator: " ")
      guard spec.simulated, spec.handler != nil else {
        // The grammar checks argument counts first, so one of these reaches the command.
        let outputs = [[], ["x"], ["x", "y"]].map { session.dispatch(["docker"] + path + $0) }
        #expect(
          outputs.contains {
            $0.exitCode == 127 && $0.text.hasPrefix("swarmlab: 'docker ")
              && $0.text.contains("is not simulated in SwarmLab")
          }, "\(line)")
        continue
      }
      let help = session.run(line + " --help")
      #expect(help.exitCode == 0, "\(line) --help")
      #expect(help.text.contains("Usage:  \(line)"), "\(line) --help")
      let parent = (["docker"] + path.dropLast()).joined(separator: " ")
      let word = path.last!
      #expect(
        session.completions(parent + " " + word.prefix(2)).contains(word), "\(line) completes")
    }
  }

  @Test func unregisteredCommandsAnswerNotSimulated() {
    let session = Session()
    for line in ["docker build .", "docker image prune", "docker image ls", "docker swarm ca"] {
      let output = session.run(line)
      #expect(output.exitCode == 127, "\(line)")
      #expect(output.text.hasPrefix("swarmlab: 'docker "), "\(line)")
      #expect(output.text.contains("is not simulated in SwarmLab"), "\(line)")
    }
  }

  @Test func helpNamesWhatTheIssueFoundMissing() {
    let help = Session().run("help").text
    #expect(help.contains("docker container  exec"))
    #expect(help.contains("docker swarm      init, join, join-token"))
    #expect(help.contains("curl URL"))
    for tool in ["grep", "wc", "awk", "xargs", "mkdir", "cat"] { #expect(help.contains(tool)) }
  }

  @Test func everyShellNameInTheRegistryIsACommand() {
    let session = Session()
    for name in CommandRegistry.standard.commandNames where name != "exit" {
      let output = session.dispatch([name])
      #expect(!output.text.contains("command not simulated"), "\(name)")
    }
  }

  @Test func frontEndsAddTheirGroups() {
    let session = Session()
    session.registry.groups.append(
      CommandRegistry.Group("Lessons", [.init("lesson stop", "leave the lesson")]))
    #expect(session.run("help").text.contains("Lessons:\n  lesson stop"))
    #expect(session.completions("les") == ["lesson"])
  }
}
