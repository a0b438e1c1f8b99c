public import EngineAPI

/// What carries out a docker command once its flags and arguments are parsed: docker/cli's
/// `RunE`. It is declared with the command's grammar in the command tree, so dispatch, help,
/// completion and the "not simulated" answer all read the same registry.
public enum CommandHandler: Sendable {
  /// The signature of a client command: parsed flags in, Engine API requests out, typed
  /// results (for DockerFormat) back.
  public typealias Run =
    @Sendable (ParsedCommand, inout any EngineClient) throws(EngineError) -> CommandOutput

  /// A client of the Engine API, as every docker/cli command is.
  case client(Run)
  /// A command the front end carries out because it needs more than the Engine API offers
  /// today (a terminal for `exec`, the workspace's compose files, objects the API lacks).
  case frontEnd(FrontEndCommand)

  /// Whether `help` lists the command: every form of it is carried out (true of every
  /// handler since configs, secrets and volumes went through the Engine API).
  public var isListed: Bool { true }
}

/// The docker commands a front end (the SwarmLab session) carries out itself.
public enum FrontEndCommand: Sendable, Equatable {
  /// `docker container exec` / `docker exec`: runs in the session, which owns the terminal.
  case exec
  /// `docker container run` / `docker run`: an interactive shell opens in the session.
  case run
  /// `docker stack deploy`: reads compose files from the learner's workspace.
  case stackDeploy
  /// `docker config|secret create NAME FILE`: the session reads the file from the learner's
  /// workspace, then sends it through the Engine API (`DataObjectCommands.create`).
  case dataObjectCreate(DataObjectKind)

  /// Which of the two immutable swarm objects a `config`/`secret` command acts on.
  public enum DataObjectKind: String, Sendable, Equatable {
    case config
    case secret
  }
}
