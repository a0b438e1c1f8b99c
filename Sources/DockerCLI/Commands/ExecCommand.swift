public import DockerFormat
public import EngineAPI

/// `docker container exec [-i] [-t] CONTAINER COMMAND…`, up to the point where the command
/// starts: docker's argument and lookup errors, and the exec config to create (the daemon
/// refuses a stopped container when the exec is created).
public enum ExecCommand {
  /// A command ready to run inside a container.
  public struct Plan: Sendable, Equatable {
    public var containerID: String
    public var config: ExecConfig
  }

  /// The plan, or docker's failure output.
  public static func plan<C: EngineClient>(_ command: ParsedCommand, _ client: inout C)
    -> Result<Plan, CommandFailure>
  {
    guard command.arguments.count >= 2 else {
      return .failure(
        CommandFailure(
          output: .failure(
            "\"docker exec\" requires at least 2 arguments.\nSee 'docker exec --help'.\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nRun a command in a running container"
          )))
    }
    let ref = command.arguments[0]
    guard let container = try? client.containerInspect(ref) else {
      return .failure(CommandFailure(output: .failure("Error: No such container: \(ref)")))
    }
    let f = command.flags
    let env = f.strings("env")
    return .success(
      Plan(
        containerID: container.id,
        config: ExecConfig(
          cmd: Array(command.arguments.dropFirst()), attachStdin: f.bool("interactive"),
          tty: f.bool("tty"), env: env.isEmpty ? nil : env, workingDir: f.string("workdir"))))
  }
}

/// A command's failure as the output docker prints.
public struct CommandFailure: Error, Sendable {
  public var output: CommandOutput
}
