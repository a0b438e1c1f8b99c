import DockerCLI
import EngineAPI
public import GoDurations
import ShellSyntax

/// A session whose docker commands go to a real engine (`swarmlab --engine …`): the same CLI
/// and renderer, another `EngineClient`. What only the simulation can do is refused plainly,
/// and what could harm a swarm SwarmLab did not build is guarded.
extension Session {
  /// Whether docker commands go to a real engine.
  public var isRealEngine: Bool { remoteEngine != nil }

  /// Built-ins that act on the simulated machines and swarm only (refused on a real engine).
  static let simulationBuiltins: Set<String> = ["machine", "visualize", "curl"]

  /// Docker commands the session runs itself on the simulation's swarm, until the Engine API
  /// carries them (refused on a real engine; `exec` goes through the API).
  static func dockerNeedsSimulation(_ parsed: ParsedCommand) -> Bool {
    // `stack deploy` is the one front-end command still tied to the simulated engine.
    if case .frontEnd(let command) = parsed.handler { return command == .stackDeploy }
    return false
  }

  /// The longest `sleep` a line may ask of a real engine before it counts as needing the
  /// simulation's fast-forward (a real engine really waits).
  public static let longestRealSleep = GoDuration(nanoseconds: 60 * GoDuration.second.nanoseconds)

  /// Why a line cannot run as written on a real engine (`curl localhost:8010`, `machine
  /// create`, `sleep 4m`), in words for the learner; nil when it can. Commands inside `$(…)`
  /// are not looked at: lessons substitute listings there.
  public static func simulationNeed(of line: String) -> String? {
    guard case .complete(let list) = ShellParser.parse(line) else { return nil }
    for item in list.items {
      for command in item.pipeline.commands {
        let words = command.words.drop { $0.assignment != nil }.map { $0.literalValue ?? $0.source }
        guard let name = words.first else { continue }
        if simulationBuiltins.contains(name) {
          return name == "curl"
            ? "curl reaches the simulation's published ports only"
            : "'\(name)' acts on the simulated machines only"
        }
        if name == "sleep" {
          var total: Int64 = 0
          for arg in words.dropFirst() {
            let d = SleepInterval.parse(arg) ?? (try? GoDuration.parse(arg))
            total = total &+ (d?.nanoseconds ?? 0)
          }
          if total > longestRealSleep.nanoseconds {
            return
              "'\(command.source)' is fast-forwarded by the simulation; a real engine would really wait"
          }
        }
        if name == "docker",
          case .command(let parsed) = DockerGrammar.parse(Array(words.dropFirst())),
          dockerNeedsSimulation(parsed)
        {
          return "'docker \(parsed.path.joined(separator: " "))' works on the simulation only"
        }
      }
    }
    return nil
  }

  /// The line a built-in prints when it needs the simulation.
  func simulationOnly(_ what: String) -> SessionOutput {
    failure(
      "swarmlab: \(what) works on SwarmLab's simulation only; this session talks to a real engine (--engine)",
      code: 127)
  }

  /// Runs a parsed docker command on the real engine, after the safety checks.
  func runOnRealEngine(_ parsed: ParsedCommand, _ client: inout any EngineClient)
    -> CommandOutput?
  {
    if let refusal = safetyRefusal(parsed, &client) {
      return CommandOutput(items: [.stderr(refusal)], exitCode: 1)
    }
    let output = DockerCommands.run(parsed, &client)
    noteCreated(parsed, output)
    return output
  }

  /// Remembers the names of the services and networks this session created, so removing
  /// them needs no confirmation.
  private func noteCreated(_ parsed: ParsedCommand, _ output: CommandOutput) {
    guard output.exitCode == 0 else { return }
    switch parsed.path {
    case ["service", "create"], ["network", "create"], ["volume", "create"]:
      if let name = parsed.flags.string("name") ?? parsed.arguments.first {
        createdNames.insert(parsed.path[0] + "/" + name)
      }
    default: break
    }
  }

  /// A reason to refuse, or nil. Without `--yes`: leaving a swarm by force, removing services,
  /// networks or nodes this session did not create. Always: touching containers that are not
  /// swarm tasks (the learner's own containers on that engine).
  private func safetyRefusal(_ parsed: ParsedCommand, _ client: inout any EngineClient)
    -> String?
  {
    let path = parsed.path
    if path.first == "container", ["rm", "stop", "kill", "start", "restart"].contains(path.last) {
      for ref in parsed.arguments {
        guard let container = try? client.containerInspect(ref) else { continue }
        if container.config.labels["com.docker.swarm.task.id"] == nil {
          return
            "swarmlab: \(ref) is not a swarm task's container; SwarmLab leaves other containers on a real engine alone"
        }
      }
      return nil
    }
    guard !assumeYes else { return nil }
    if path == ["swarm", "leave"] && parsed.flags.bool("force") {
      return
        "swarmlab: 'docker swarm leave --force' on a real engine drops its services and networks; run swarmlab with --yes to allow it"
    }
    if path == ["volume", "prune"] {
      return
        "swarmlab: 'docker volume prune' on a real engine removes volumes SwarmLab did not create; run swarmlab with --yes to allow it"
    }
    let kinds = [
      ["service", "rm"]: "service", ["network", "rm"]: "network", ["node", "rm"]: "node",
      ["config", "rm"]: "config", ["secret", "rm"]: "secret", ["volume", "rm"]: "volume",
    ]
    if let kind = kinds[path] {
      for ref in parsed.arguments where !createdNames.contains(kind + "/" + ref) {
        return
          "swarmlab: \(kind) \(ref) was not created in this SwarmLab session; run swarmlab with --yes to remove it on a real engine"
      }
    }
    return nil
  }
}
