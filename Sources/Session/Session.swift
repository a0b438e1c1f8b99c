import DockerCLI
import DockerFormat
import ShellSyntax
public import ShellTools
public import SwarmCore

/// The façade every front end uses: the interactive shell, `swarmlab run`, transcripts,
/// lessons and tests. A line of text goes in (shell syntax, docker commands, SwarmLab
/// built-ins); output chunks and an exit status come out. One session owns one simulated
/// swarm and is driven from one thread.
public final class Session {
  public internal(set) var cluster: Cluster
  public var environment: [String: String]
  public private(set) var lastStatus: Int32 = 0
  /// Everything run so far, for lessons ("did the learner run an nslookup?").
  public internal(set) var records: [CommandRecord] = []
  public let configuration: SessionConfiguration
  /// The container shell the learner is inside (`docker exec -it … sh`); while it is open,
  /// every line goes to it instead of the host (see ContainerShell/).
  var containerShell: ContainerShell?
  /// The learner's working folder (`pwd`, `ls`, `cat`, redirection targets), in memory.
  public internal(set) var workspace: Workspace
  /// What `help` lists and completion offers; front ends add their groups (lessons).
  public var registry = CommandRegistry.standard
  /// What the running command reads (the previous command's output in a pipeline).
  var standardInput = ""

  private let basePrompt: String

  public init(
    _ configuration: SessionConfiguration = SessionConfiguration(), prompt: String = "PS> "
  ) {
    self.configuration = configuration
    self.basePrompt = prompt
    self.cluster = Cluster(config: configuration.simulation, catalog: configuration.catalog)
    self.environment = configuration.environment
    self.workspace = configuration.workspace
  }

  /// The prompt the learner sees: inside a container its shell's; with several machines,
  /// prefixed by the one docker commands go to (`node1 PS> `).
  public var prompt: String {
    if let shell = containerShell { return shell.prompt }
    return cluster.state.machines.count > 1 ? "\(cluster.currentMachine) \(basePrompt)" : basePrompt
  }

  /// Whether lines currently run inside a container (`exec -it … sh` until `exit`).
  public var isInsideContainer: Bool { containerShell != nil }

  /// Names the open container shell (`container#n`, n counting the shells opened), so a front
  /// end can keep each one's history apart; nil at the host prompt.
  public var containerShellName: String? {
    containerShell.map { "\($0.containerID)#\($0.serial)" }
  }
  /// How many container shells were opened, for ``containerShellName``.
  var containerShellsOpened = 0

  /// Lets built-ins (`machine …`) change the simulation.
  func withCluster<E: Error>(_ body: (inout Cluster) throws(E) -> Void) throws(E) {
    try body(&cluster)
  }

  /// Runs one line (possibly several commands joined by `;`, `&&`, `||`).
  public func run(_ line: String) -> SessionOutput {
    if let shell = containerShell { return runInContainer(line, shell) }
    switch ShellParser.parse(line) {
    case .incomplete(let reason):
      return failure("swarmlab: unexpected end of line: \(Self.describe(reason))", code: 2)
    case .failure(let error):
      return failure(error.message, code: 2)
    case .complete(let list):
      var output = SessionOutput()
      let status = list.run(startingStatus: lastStatus) { pipeline in
        let result = runPipeline(pipeline)
        output.chunks += result.chunks
        output.exitRequested = output.exitRequested || result.exitRequested
        lastStatus = result.exitCode
        return result.exitCode
      }
      output.exitCode = list.isEmpty ? lastStatus : status
      return output
    }
  }

  /// Whether a typed line is unfinished (open quote or `$(`), so a shell asks for more.
  public static func needsContinuation(_ text: String) -> Bool {
    if case .incomplete = ShellParser.parse(text) { return true }
    return false
  }

  /// Moves the simulated clock forward (real time passing in the interactive shell, `sleep`).
  public func advanceClock(by duration: SimDuration) {
    cluster.advance(by: duration)
  }

  func dispatch(_ argv: [String]) -> SessionOutput {
    guard let name = argv.first else { return SessionOutput() }
    if name == "docker" { return docker(Array(argv.dropFirst())) }
    if let builtin = Builtins.lookup(name) ?? WorkspaceCommands.lookup(name)
      ?? ToolCommands.lookup(name)
    {
      return builtin(self, Array(argv.dropFirst()))
    }
    return failure(
      "swarmlab: \(name): command not simulated (SwarmLab runs docker commands and a few shell built-ins; type 'help')",
      code: 127)
  }

  /// `docker …`: grammar, command, rendering.
  func docker(_ args: [String]) -> SessionOutput {
    switch DockerGrammar.parse(args) {
    case .command(let parsed):
      guard cluster.localMachine.isRunning else {
        return failure(
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
          code: 1)
      }
      if ExecCommand.matches(parsed) { return exec(parsed) }
      let output = DockerCommands.run(parsed, &cluster)
      let rendered = DockerRenderer.render(output, cluster)
      var result = SessionOutput(
        exitCode: rendered.failed && output.exitCode == 0 ? 1 : output.exitCode)
      for item in rendered.items {
        switch item {
        case .stdout(let text): result.chunks.append(.out(text))
        case .stderr(let text): result.chunks.append(.err(text))
        case .animation(let frames):
          result.chunks.append(OutputChunk(.stdout, .animation(frames: frames)))
        case .follow(let request):
          result.chunks.append(OutputChunk(.stdout, .follow(FollowRequest(logs: request))))
        }
      }
      return result
    case .help(let text, let stream, let code):
      let chunk: OutputChunk = stream == .stdout ? .out(text) : .err(text)
      return SessionOutput(chunks: [chunk], exitCode: code)
    case .error(let error):
      return failure(error.message, code: error.exitCode)
    case .notSimulated(let path):
      return failure(
        "swarmlab: 'docker \(path.joined(separator: " "))' is not simulated in SwarmLab (it simulates swarm, node, service, container and network commands)",
        code: 127)
    }
  }

  /// Adds a command to `records` (commands run inside containers record their container).
  func record(_ argv: [String], exitCode: Int32, container: String? = nil) {
    records.append(
      CommandRecord(argv: argv, exitCode: exitCode, time: cluster.now, container: container))
  }

  /// New log lines of a follow written after `since` up to now.
  public func followLines(_ request: FollowRequest, after since: SimTime) -> [(
    isStderr: Bool, text: String
  )] {
    var logs = request.logs
    logs.since = since
    logs.tail = nil
    return LogText.lines(logs, cluster)
  }

  func failure(_ message: String, code: Int32) -> SessionOutput {
    SessionOutput(
      chunks: [.err(message.hasSuffix("\n") ? message : message + "\n")], exitCode: code)
  }

  private static func describe(_ reason: IncompleteReason) -> String {
    switch reason {
    case .singleQuote: "a single quote (') is not closed"
    case .doubleQuote: "a double quote (\") is not closed"
    case .commandSubstitution: "a command substitution $( is not closed"
    case .backtick: "a backtick (`) is not closed"
    case .parameterExpansion: "a ${ is not closed"
    case .lineContinuation: "the line ends with a backslash"
    case .pendingOperator(let op): "nothing follows '\(op)'"
    }
  }
}
