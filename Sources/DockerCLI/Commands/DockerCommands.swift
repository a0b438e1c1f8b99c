public import SwarmCore

/// Runs a parsed docker command against the simulated cluster and returns its output as data.
/// This is the engine and CLI logic of each command (lookups, validation, waiting for
/// convergence), never its text layout.
public enum DockerCommands {
  public static func run(_ command: ParsedCommand, _ cluster: inout Cluster) -> CommandOutput {
    let path = command.path
    guard let group = path.first else { return CommandOutput() }
    let sub = path.count > 1 ? path[1] : ""
    do {
      switch group {
      case "swarm": return try SwarmCommands.run(sub, command, &cluster)
      case "node": return try NodeCommands.run(sub, command, &cluster)
      case "service":
        switch sub {
        case "create", "update", "scale", "rollback", "rm":
          return try ServiceCommands.run(sub, command, &cluster)
        default: return try ServiceQueries.run(sub, command, &cluster)
        }
      case "container": return try ContainerCommands.run(sub, command, &cluster)
      case "network": return try NetworkCommands.run(sub, command, &cluster)
      case "inspect": return inspectAny(command, cluster)
      case "version": return CommandOutput(items: [.version(format: command.flags.format)])
      case "info": return CommandOutput(items: [.info(format: command.flags.format)])
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
  static func inspectAny(_ command: ParsedCommand, _ cluster: Cluster) -> CommandOutput {
    let state = cluster.state
    let manager = (try? ControlAPI.requireManager(cluster)) != nil
    var ids: [String] = []
    var failures: [String] = []
    for ref in command.arguments {
      if let c = state.resolveContainer(ref, on: cluster.currentMachine) {
        ids.append("container/\(c.id)")
      } else if let n = try? state.resolveNetwork(ref) {
        ids.append("network/\(n.id)")
      } else if manager, let n = try? state.resolveNode(ref, self: cluster.localNode?.id) {
        ids.append("node/\(n.id)")
      } else if manager, let s = try? state.resolveService(ref) {
        ids.append("service/\(s.id)")
      } else if manager, let t = try? state.resolveTask(ref) {
        ids.append("task/\(t.id)")
      } else {
        failures.append("Error: No such object: \(ref)")
      }
    }
    let request = InspectRequest(
      kind: .mixed, ids: ids, format: command.flags.format, failures: failures)
    return CommandOutput(items: [.inspect(request)], exitCode: failures.isEmpty ? 0 : 1)
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
  func filters() -> [(key: String, value: String)] {
    strings("filter").compactMap { text in
      guard let eq = text.firstIndex(of: "=") else { return nil }
      return (String(text[..<eq]).lowercased(), String(text[text.index(after: eq)...]))
    }
  }
}
