public import SwarmCore

/// `docker container exec [-i] [-t] CONTAINER COMMAND…`, up to the point where the command
/// would start: the container lookup and docker's errors. Running the command (a busybox
/// applet or a nested shell) is the session's business.
public enum ExecCommand {
  /// A command ready to run inside a container.
  public struct Plan: Sendable, Equatable {
    public var containerID: String
    public var command: [String]
    public var interactive: Bool
    public var tty: Bool
    public var env: [String]
    public var workdir: String?
  }

  /// Whether a parsed command is an exec (`docker exec` or `docker container exec`).
  public static func matches(_ command: ParsedCommand) -> Bool {
    command.path == ["container", "exec"] || command.path == ["exec"]
  }

  /// The plan, or docker's failure output.
  public static func plan(_ command: ParsedCommand, _ cluster: Cluster) -> Result<
    Plan, CommandFailure
  > {
    guard command.arguments.count >= 2 else {
      return .failure(
        CommandFailure(
          output: .failure(
            "\"docker exec\" requires at least 2 arguments.\nSee 'docker exec --help'.\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nRun a command in a running container"
          )))
    }
    let ref = command.arguments[0]
    guard let container = cluster.state.resolveContainer(ref, on: cluster.currentMachine) else {
      return .failure(CommandFailure(output: .failure("Error: No such container: \(ref)")))
    }
    guard container.isRunning else {
      return .failure(
        CommandFailure(
          output: .failure("Error response from daemon: Container \(container.id) is not running")))
    }
    let f = command.flags
    return .success(
      Plan(
        containerID: container.id, command: Array(command.arguments.dropFirst()),
        interactive: f.bool("interactive"), tty: f.bool("tty"), env: f.strings("env"),
        workdir: f.string("workdir")))
  }

  /// docker's answer when the command is not an executable in the image.
  public static func notFound(_ executable: String) -> String {
    "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(executable)\": executable file not found in $PATH: unknown"
  }
}

/// A command's failure as the output docker prints.
public struct CommandFailure: Error, Sendable {
  public var output: CommandOutput
}
