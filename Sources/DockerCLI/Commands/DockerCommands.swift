public import DockerFormat
public import EngineAPI

/// Runs a parsed docker command as docker/cli does: turns its flags into Engine API requests,
/// sends them through an `EngineClient`, and returns the typed results as data. Lookups,
/// filters and daemon errors are the Engine's; this layer only words the CLI's own messages.
public enum DockerCommands {
  public static func run<C: EngineClient>(_ command: ParsedCommand, _ client: inout C)
    -> CommandOutput
  {
    let path = command.path
    guard let group = path.first else { return CommandOutput() }
    let sub = path.count > 1 ? path[1] : ""
    do throws(EngineError) {
      switch group {
      case "swarm": return try SwarmCommands.run(sub, command, &client)
      case "node": return try NodeCommands.run(sub, command, &client)
      case "service":
        switch sub {
        case "create", "update", "scale", "rollback", "rm":
          return try ServiceCommands.run(sub, command, &client)
        default: return try ServiceQueries.run(sub, command, &client)
        }
      case "container": return try ContainerCommands.run(sub, command, &client)
      case "network": return try NetworkCommands.run(sub, command, &client)
      case "config": return try DataObjectCommands.run(.config, sub, command, &client)
      case "secret": return try DataObjectCommands.run(.secret, sub, command, &client)
      case "volume": return try VolumeCommands.run(sub, command, &client)
      case "stack" where sub != "deploy": return try StackCommands.run(sub, command, &client)
      case "inspect": return inspectAny(command, &client)
      case "version":
        return CommandOutput(items: [.version(client.version(), format: command.flags.format)])
      case "info":
        return CommandOutput(items: [.info(client.info(), format: command.flags.format)])
      default:
        return .failure(
          "swarmlab: 'docker \(path.joined(separator: " "))' is not simulated in SwarmLab",
          code: 127)
      }
    } catch {
      return .failure(error.daemonMessage)
    }
  }
}

extension DockerCommands {
  /// `docker inspect NAME|ID…`: any object, looked for as the 20.10 CLI does (containers
  /// first, then networks, nodes, services and tasks; swarm objects only on a manager).
  static func inspectAny<C: EngineClient>(_ command: ParsedCommand, _ client: inout C)
    -> CommandOutput
  {
    var objects: [InspectObject] = []
    var failures: [String] = []
    for ref in command.arguments {
      if let c = try? client.containerInspect(ref) {
        objects.append(.container(c))
      } else if let n = try? client.networkInspect(ref) {
        objects.append(.network(n))
      } else if let n = try? client.nodeInspect(ref) {
        objects.append(.node(n))
      } else if let s = try? client.serviceInspect(ref, options: ServiceInspectOptions()) {
        objects.append(.service(s))
      } else if let t = try? client.taskInspect(ref) {
        objects.append(.task(t))
      } else {
        failures.append("Error: No such object: \(ref)")
      }
    }
    let request = InspectRequest(
      objects: objects, format: command.flags.format, failures: failures)
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
