import DockerCLI
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

  @Test func dockerEntriesAreExactlyTheCommandsCarriedOut() {
    for command in CommandTree.root.subcommands where command.simulated {
      if command.subcommands.isEmpty {
        let listed = CommandRegistry.implementedDocker[""]?.contains(command.name) == true
        #expect(listed == carriesOut([command.name]), "docker \(command.name)")
      }
      for sub in command.subcommands where sub.simulated {
        let listed = CommandRegistry.implementedDocker[command.name]?.contains(sub.name) == true
        #expect(
          listed == carriesOut([command.name, sub.name]), "docker \(command.name) \(sub.name)")
      }
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
