import DockerCLI
import DockerFormat
import Engine
public import EngineAPI
import ShellSyntax
public import ShellTools
public import SwarmCore

/// The façade every front end uses: the interactive shell, `swarmlab run`, transcripts,
/// lessons and tests. A line of text goes in (shell syntax, docker commands, SwarmLab
/// built-ins); output chunks and an exit status come out. One session owns one simulated
/// swarm and is driven from one thread.
public final class Session {
  /// The simulated dockerd every docker command goes to through the Engine API.
  var engine: Engine
  /// The swarm behind the engine, for the session's own built-ins (machines, curl, sleep).
  var cluster: Cluster {
    get { engine.cluster }
    _modify { yield &engine.cluster }
  }
  public var environment: [String: String]
  public private(set) var lastStatus: Int32 = 0
  /// The most recent commands run (at least `recordLimit` of them), for lessons ("did the
  /// learner run an nslookup?"). Older ones are dropped so a long session stays bounded.
  public private(set) var records: [CommandRecord] = []
  /// How many commands were ever recorded; `records.last` is number `recordCount - 1`.
  public private(set) var recordCount = 0
  /// How many recent records are always kept.
  public static let recordLimit = 10_000
  public let configuration: SessionConfiguration
  /// The exec the learner is inside (`docker exec -it … sh`) and its prompt; while it is
  /// open, every line goes to it instead of the host.
  var openExec: (id: String, prompt: String, name: String, container: String)?
  /// How many of the engine's exec records are already in `records`.
  var execRecordsSeen = 0
  /// A real engine (`swarmlab --engine`): when set, docker commands go to it instead of the
  /// simulation.
  var remoteEngine: (any EngineClient)?
  /// `--yes`: destructive commands on a real engine run without asking.
  let assumeYes: Bool
  /// `service/NAME`, `network/NAME` this session created on a real engine.
  var createdNames: Set<String> = []
  /// The learner's working folder (`pwd`, `ls`, `cat`, redirection targets), in memory.
  public internal(set) var workspace: Workspace
  /// What `help` lists and completion offers; front ends add their groups (lessons).
  public var registry = CommandRegistry.standard
  /// What the running command reads (the previous command's output in a pipeline).
  var standardInput = ""

  private let basePrompt: String

  /// `realEngine`, when given, receives every docker command (see `Session+RealEngine`);
  /// `assumeYes` lets destructive commands on it run without refusal.
  public convenience init(
    _ configuration: SessionConfiguration = SessionConfiguration(), prompt: String = "PS> "
  ) {
    self.init(configuration, prompt: prompt, realEngine: nil)
  }

  public init(
    _ configuration: SessionConfiguration, prompt: String = "PS> ",
    realEngine: (any EngineClient)?, assumeYes: Bool = false
  ) {
    self.configuration = configuration
    self.basePrompt = prompt
    self.remoteEngine = realEngine
    self.assumeYes = assumeYes
    self.engine = Engine(
      cluster: Cluster(config: configuration.simulation, catalog: configuration.catalog))
    self.environment = configuration.environment
    self.workspace = configuration.workspace
  }

  /// The prompt the learner sees: inside a container its shell's; with several machines,
  /// prefixed by the one docker commands go to (`node1 PS> `).
  public var prompt: String {
    if let exec = openExec { return exec.prompt }
    return cluster.state.machines.count > 1 ? "\(cluster.currentMachine) \(basePrompt)" : basePrompt
  }

  /// Whether lines currently run inside a container (`exec -it … sh` until `exit`).
  public var isInsideContainer: Bool { openExec != nil }

  /// The simulated clock.
  public var now: SimTime { engine.cluster.now }

  /// The swarm's state, read-only: what lessons check and the visualizer draws.
  public var state: ClusterState { engine.cluster.state }

  /// Everything the simulation would carry into the next command (state, ID sequence, the
  /// machine docker talks to), so lesson replay can tell a line that changed nothing.
  public var simulationFingerprint: SimulationFingerprint {
    SimulationFingerprint(
      state: engine.cluster.state, ids: engine.cluster.ids, machine: engine.cluster.currentMachine)
  }

  /// The visualizer's picture of the swarm.
  public func visualization(color: Bool) -> String { Visualizer.render(cluster, color: color) }

  /// Names the open container shell (`container#n`, n counting the shells opened), so a front
  /// end can keep each one's history apart; nil at the host prompt.
  public var containerShellName: String? { openExec?.name }
  /// How many container shells were opened, for ``containerShellName``.
  var containerShellsOpened = 0

  /// Lets built-ins (`machine …`) change the simulation.
  func withCluster<E: Error>(_ body: (inout Cluster) throws(E) -> Void) throws(E) {
    try body(&cluster)
  }

  /// Runs one line (possibly several commands joined by `;`, `&&`, `||`).
  public func run(_ line: String) -> SessionOutput {
    if let exec = openExec {
      let output = runInContainer(line, exec.id)
      // The shell's exit status is the status of the `docker exec|run` that opened it.
      if openExec == nil { lastStatus = output.exitCode }
      return output
    }
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
    if name == "docker-compose" { return DockerComposeCommand.run(self, Array(argv.dropFirst())) }
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
      guard remoteEngine != nil || cluster.localMachine.isRunning else {
        return failure(
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
          code: 1)
      }
      if case .frontEnd(let command) = parsed.handler { return frontEnd(command, parsed) }
      let output: CommandOutput
      if var client = remoteEngine {
        output = runOnRealEngine(parsed, &client) ?? CommandOutput()
        remoteEngine = client
      } else {
        var client: any EngineClient = engine
        output = DockerCommands.run(parsed, &client)
      }
      return rendered(output)
    case .help(let text, let stream, let code):
      let chunk: OutputChunk = stream == .stdout ? .out(text) : .err(text)
      return SessionOutput(chunks: [chunk], exitCode: code)
    case .error(let error):
      return failure(error.message, code: error.exitCode)
    case .notSimulated(let path):
      return failure(
        "swarmlab: 'docker \(path.joined(separator: " "))' is not simulated in SwarmLab (it simulates swarm, node, service, container, network, stack, config, secret and volume commands)",
        code: 127)
    }
  }

  /// A docker command's output as the terminal shows it (docker's text, progress frames,
  /// followed logs).
  func rendered(_ output: CommandOutput) -> SessionOutput {
    let rendered = DockerRenderer.render(output)
    var result = SessionOutput(
      exitCode: rendered.failed && output.exitCode == 0 ? rendered.failureCode : output.exitCode)
    for item in rendered.items {
      switch item {
      case .stdout(let text): result.chunks.append(.out(text))
      case .stderr(let text): result.chunks.append(.err(text))
      case .animation(let frames, let piped):
        result.chunks.append(OutputChunk(.stdout, .animation(frames: frames, piped: piped)))
      case .follow(let request):
        result.chunks.append(OutputChunk(.stdout, .follow(FollowRequest(logs: request))))
      }
    }
    return result
  }

  /// The docker commands the command tree leaves to the session.
  private func frontEnd(_ command: FrontEndCommand, _ parsed: ParsedCommand) -> SessionOutput {
    switch command {
    case .exec: return exec(parsed)
    case .run: return containerRun(parsed)
    case .dataObjectCreate(let kind): return dataObjectCreate(kind, parsed)
    case _ where remoteEngine != nil && Self.dockerNeedsSimulation(parsed):
      // The deploy goes through the Engine API, but is written against the simulated engine
      // and not yet guarded on a real one as service and network removals are.
      return simulationOnly("docker \(parsed.path.joined(separator: " "))")
    case .stackDeploy: return stackDeploy(parsed)
    }
  }

  /// Adds a command to `records` (commands run inside containers record their container).
  func record(_ argv: [String], exitCode: Int32, container: String? = nil) {
    appendRecord(
      CommandRecord(argv: argv, exitCode: exitCode, time: cluster.now, container: container))
  }

  /// Keeps `records` between `recordLimit` and twice that: dropping a whole block at a time
  /// makes each append O(1) on average, as a ring would.
  func appendRecord(_ record: CommandRecord) {
    if records.count >= 2 * Self.recordLimit { records.removeFirst(Self.recordLimit) }
    records.append(record)
    recordCount += 1
  }

  /// The records from number `start` (counted as `recordCount` counts) on, as far as they
  /// are still kept.
  public func records(since start: Int) -> ArraySlice<CommandRecord> {
    let firstKept = recordCount - records.count
    let from = min(max(start - firstKept, 0), records.count)
    return records[from...]
  }

  /// New log lines of a follow written after `since` up to now.
  public func followLines(_ request: FollowRequest, after since: SimTime) -> [(
    isStderr: Bool, text: String
  )] {
    if var client = remoteEngine {
      defer { remoteEngine = client }
      return DockerCommands.followLines(
        request.logs, after: Timestamp(unixNanos: since.nanos), &client)
    }
    return DockerCommands.followLines(
      request.logs, after: Timestamp(unixNanos: since.nanos), &engine)
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

/// The parts of a simulation two moments are compared by (see `Session.simulationFingerprint`).
public struct SimulationFingerprint: Equatable {
  public var state: ClusterState
  public var ids: IDGenerator
  public var machine: String
}
