public import DockerFormat
public import EngineAPI

/// Runs a parsed docker command as docker/cli does: turns its flags into Engine API requests,
/// sends them through an `EngineClient`, and returns the typed results as data. Lookups,
/// filters and daemon errors are the Engine's; this layer only words the CLI's own messages.
public enum DockerCommands {
  /// Runs the command through the handler its declaration in the command tree names; a
  /// command without one is docker's but not SwarmLab's, and says so.
  public static func run(_ command: ParsedCommand, _ client: inout any EngineClient)
    -> CommandOutput
  {
    let name = "docker \(command.path.joined(separator: " "))"
    switch command.handler {
    case .client(let run)?:
      do throws(EngineError) {
        return try run(command, &client)
      } catch {
        return .failure(error.daemonMessage)
      }
    case .frontEnd(let frontEnd)?:
      if frontEnd == .exec, case .failure(let failure) = ExecCommand.plan(command, &client) {
        return failure.output
      }
      if frontEnd == .run {
        let result = ContainerRunCommand.run(command, &client)
        guard result.shellContainer == nil else {
          return .failure("swarmlab: '\(name) -it' runs only in a SwarmLab session", code: 127)
        }
        var output = CommandOutput(exitCode: result.exitCode)
        for chunk in result.chunks {
          switch chunk {
          case .stdout(let text): output.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
          case .stderr(let text): output.err(text.hasSuffix("\n") ? String(text.dropLast()) : text)
          }
        }
        return output
      }
      return .failure("swarmlab: '\(name)' runs only in a SwarmLab session", code: 127)
    case nil:
      // `docker -v` alone: the root command with global flags only prints nothing here.
      if command.path.isEmpty { return CommandOutput() }
      return .failure("swarmlab: '\(name)' is not simulated in SwarmLab", code: 127)
    }
  }
}

extension DockerCommands {
  /// `docker version`.
  static func version(_ command: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    CommandOutput(items: [.version(client.version(), format: command.flags.format)])
  }

  /// `docker info`.
  static func info(_ command: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    CommandOutput(items: [.info(client.info(), format: command.flags.format)])
  }

  /// `docker inspect NAME|ID…`: any object, looked for as the 20.10 CLI does (containers
  /// first, then networks, nodes, services and tasks; swarm objects only on a manager).
  static func inspectAny(_ command: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let kinds = ["container", "network", "node", "service", "task"]
    let type = command.flags.string("type") ?? ""
    if !type.isEmpty && !kinds.contains(type) {
      let known = ["config", "image", "plugin", "secret", "volume"]
      return known.contains(type)
        ? .failure(
          "swarmlab: 'docker inspect --type \(type)' is not simulated in SwarmLab", code: 127)
        : .failure("\"\(type)\" is not a valid value for --type")
    }
    if command.flags.bool("size") {
      return .failure("swarmlab: 'docker inspect --size' is not simulated in SwarmLab", code: 127)
    }
    var objects: [InspectObject] = []
    var failures: [String] = []
    for ref in command.arguments {
      func wanted(_ kind: String) -> Bool { type.isEmpty || type == kind }
      if wanted("container"), let c = try? client.containerInspect(ref) {
        objects.append(.container(c))
      } else if wanted("network"), let n = try? client.networkInspect(ref) {
        objects.append(.network(n))
      } else if wanted("node"), let n = try? client.nodeInspect(ref) {
        objects.append(.node(n))
      } else if wanted("service"),
        let s = try? client.serviceInspect(ref, options: ServiceInspectOptions())
      {
        objects.append(.service(s))
      } else if wanted("task"), let t = try? client.taskInspect(ref) {
        objects.append(.task(t))
      } else {
        failures.append("Error: No such \(type.isEmpty ? "object" : type): \(ref)")
      }
    }
    let request = InspectRequest(
      objects: objects, format: command.flags.format, failures: failures, statusWrapped: false)
    return CommandOutput(items: [.inspect(request)], exitCode: failures.isEmpty ? 0 : 1)
  }
}

extension EngineError {
  /// The daemon refused because this engine cannot serve swarm requests (not in a swarm, a
  /// worker, no leader): docker prints that once, not per object.
  var isSwarmUnavailable: Bool {
    statusCode == 503 || message.contains("The swarm does not have a leader")
  }
}

/// Shared helpers for reading flags the way docker's option types do.
extension FlagValues {
  /// `--format`/`-f` when given and non-empty.
  var format: String? {
    guard let f = string("format"), !f.isEmpty else { return nil }
    return f
  }

  /// `--filter` values split at the first `=`, in the order given.
  func filters() -> FilterArgs {
    FilterArgs(
      strings("filter").compactMap { text in
        guard let eq = text.firstIndex(of: "=") else { return nil }
        return (String(text[..<eq]).lowercased(), String(text[text.index(after: eq)...]))
      })
  }
}
