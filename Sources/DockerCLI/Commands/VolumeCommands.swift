import EngineAPI

/// `docker volume create|ls|inspect|rm|prune` (docker/cli's `command/volume`): requests to the
/// `/volumes` endpoints of the engine the CLI talks to.
enum VolumeCommands {
  static func create(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if !cmd.flags.strings("opt").isEmpty {
      return .failure(
        "swarmlab: 'docker volume create --opt' is not simulated in SwarmLab", code: 127)
    }
    let flagName = cmd.flags.string("name") ?? ""
    let argName = cmd.arguments.first ?? ""
    if !flagName.isEmpty, !argName.isEmpty, flagName != argName {
      return .failure(
        "conflicting options: either specify --name or provide positional arg, not both")
    }
    let body = VolumeCreateBody(
      driver: cmd.flags.string("driver") ?? "local",
      labels: DataObjectCommands.keyValues(cmd.flags.strings("label")),
      name: flagName.isEmpty ? argName : flagName)
    return CommandOutput(items: [.stdout(try client.volumeCreate(body).name)])
  }

  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let volumes = try client.volumeList(ListOptions(filters: cmd.flags.filters()))
    let format = ListFormat(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
    return CommandOutput(items: [.volumeList(volumes.volumes ?? [], format)])
  }

  static func inspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var objects: [InspectObject] = []
    var failures: [String] = []
    for name in cmd.arguments {
      do throws(EngineError) {
        objects.append(.volume(try client.volumeInspect(name)))
      } catch {
        failures.append(error.isNotFound ? "Error: No such volume: \(name)" : error.daemonMessage)
      }
    }
    let request = InspectRequest(
      objects: objects, format: cmd.flags.format, failures: failures, statusWrapped: false)
    return CommandOutput(items: [.inspect(request)], exitCode: failures.isEmpty ? 0 : 1)
  }

  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    for name in cmd.arguments {
      do throws(EngineError) {
        try client.volumeRemove(name, force: cmd.flags.bool("force"))
        out.out(name)
      } catch {
        errors.append(error.isNotFound ? "Error: No such volume: \(name)" : error.daemonMessage)
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  static func prune(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    guard cmd.flags.bool("force") else {
      // docker asks first; SwarmLab has no stdin to answer, which reads as "N".
      out.out(pruneWarning + "Total reclaimed space: 0B")
      return out
    }
    let report = try client.volumesPrune(ListOptions(filters: cmd.flags.filters()))
    if let deleted = report.volumesDeleted, !deleted.isEmpty {
      out.out("Deleted Volumes:\n" + deleted.map { $0 + "\n" }.joined())
    }
    out.out("Total reclaimed space: 0B")
    return out
  }

  /// The question `volume prune` asks before removing anything.
  static let pruneWarning =
    "WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] "
}
