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
