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

  /// Whether `help` lists the command: every form of it is carried out.
  public var isListed: Bool {
    if case .frontEnd(let command) = self { return command.isComplete }
    return true
  }
}

/// The docker commands a front end (the SwarmLab session) carries out itself.
public enum FrontEndCommand: Sendable, Equatable {
  /// `docker container exec` / `docker exec`: runs in the session, which owns the terminal.
  case exec
  /// `docker stack deploy`: reads compose files from the learner's workspace.
  case stackDeploy
  /// `docker config …` and `docker secret …`: swarm objects the Engine API does not carry yet.
  case dataObject(DataObjectKind, DataObjectVerb)
  /// `docker volume …`: engine-local objects the Engine API does not carry yet.
  case volume(VolumeVerb)

  /// Which of the two immutable swarm objects a `config`/`secret` command acts on.
  public enum DataObjectKind: String, Sendable, Equatable {
    case config
    case secret
  }

  /// The `config`/`secret` subcommands.
  public enum DataObjectVerb: Sendable, Equatable {
    case create
    case list
    /// Only `--pretty` is simulated: the JSON form answers that it is not.
    case prettyInspect
    case remove
  }

  /// The `volume` subcommands.
  public enum VolumeVerb: Sendable, Equatable {
    case create
    case list
    case remove
  }

  /// false when some forms of the command answer that they are not simulated.
  var isComplete: Bool {
    self != .dataObject(.config, .prettyInspect) && self != .dataObject(.secret, .prettyInspect)
  }
}
