import DockerCLI
import SwarmCore

/// `docker volume create|ls|rm` on the current machine's engine, in 20.10's forms (checked on
/// the real engine): volumes are local to an engine, never swarm objects. They act on the
/// engine's state directly until the Engine API has volume endpoints.
extension Session {
  func volumeCommand(_ verb: FrontEndCommand.VolumeVerb, _ parsed: ParsedCommand) -> SessionOutput {
    switch verb {
    case .list:
      if parsed.flags.string("format") != nil || !parsed.flags.strings("filter").isEmpty {
        return failure(
          "swarmlab: 'docker volume ls' with --format or --filter is not simulated in SwarmLab",
          code: 127)
      }
      let volumes = ControlAPI.volumes(cluster).sorted { $0.name < $1.name }
      if parsed.flags.bool("quiet") {
        return SessionOutput(chunks: [.out(volumes.map { $0.name + "\n" }.joined())])
      }
      let rows = [["DRIVER", "VOLUME NAME"]] + volumes.map { [$0.driver, $0.name] }
      return SessionOutput(chunks: [.out(Self.tabwriter(rows) + "\n")])
    case .create:
      if !parsed.flags.strings("opt").isEmpty {
        return failure(
          "swarmlab: 'docker volume create --opt' is not simulated in SwarmLab", code: 127)
      }
      let labels = parsed.flags.strings("label").map { pair -> Label in
        let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return Label(kv[0], kv.count > 1 ? kv[1] : "")
      }
      let name = parsed.flags.string("name") ?? parsed.arguments.first
      do {
        let volume = try ControlAPI.createVolume(
          name: name, driver: parsed.flags.string("driver") ?? "local", labels: labels,
          &engine.cluster)
        return SessionOutput(chunks: [.out(volume.name + "\n")])
      } catch {
        return failure(error.daemonMessage, code: 1)
      }
    case .remove:
      var out = SessionOutput()
      for name in parsed.arguments {
        do {
          try ControlAPI.removeVolume(name, force: parsed.flags.bool("force"), &engine.cluster)
          out.chunks.append(.out(name + "\n"))
        } catch {
          let text =
            error.description.hasSuffix("no such volume")
            ? "Error: No such volume: \(name)" : error.daemonMessage
          out.chunks.append(.err(text + "\n"))
          out.exitCode = 1
        }
      }
      return out
    }
  }
}
