import DockerFormat
import EngineAPI

/// `docker container ls|rm|stop|kill|start|restart|logs|inspect` on the current machine's
/// engine.
enum ContainerCommands {
  static func run<C: EngineClient>(_ sub: String, _ cmd: ParsedCommand, _ client: inout C)
    throws(EngineError) -> CommandOutput
  {
    switch sub {
    case "ls":
      let f = cmd.flags
      var limit = f.int("last").flatMap { $0 >= 0 ? $0 : nil }
      if f.bool("latest") { limit = 1 }
      let containers = try client.containerList(
        ContainerListOptions(all: f.bool("all"), limit: limit, filters: f.filters()))
      let format = ListFormat(format: f.format, quiet: f.bool("quiet"), noTrunc: f.bool("no-trunc"))
      return CommandOutput(items: [.containerList(containers, format, now: client.now)])
    case "rm", "stop", "kill", "start", "restart":
      var out = CommandOutput()
      var errors: [String] = []
      var failed: [String] = []
      for ref in cmd.arguments {
        do throws(EngineError) {
          switch sub {
          case "rm": try client.containerRemove(ref, force: cmd.flags.bool("force"))
          case "stop": try client.containerStop(ref)
          case "kill": try client.containerKill(ref)
          case "restart":
            try client.containerStop(ref)
            try client.containerStart(ref)
          default: try client.containerStart(ref)
          }
          out.out(ref)
        } catch {
          if sub == "rm" && error.isNotFound && cmd.flags.bool("force") {
            // `rm -f` reports a missing container but does not fail for it.
            out.err("Error: \(error.message)")
            continue
          }
          errors.append(
            sub == "rm" && error.isNotFound ? "Error: \(error.message)" : error.daemonMessage)
          failed.append(ref)
        }
      }
      if sub == "start" && !failed.isEmpty {
        errors.append("Error: failed to start containers: \(failed.joined(separator: ", "))")
      }
      if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
      return out
    case "logs":
      let ref = cmd.arguments[0]
      let container: ContainerJSON
      do throws(EngineError) {
        container = try client.containerInspect(ref)
      } catch {
        return .failure("Error: No such container: \(ref)")
      }
      var format = LogFormat()
      format.prefixed = false
      return try LogOptions.output(
        LogFollow(target: .container(container.id), format: format), cmd, &client)
    case "inspect":
      var objects: [InspectObject] = []
      var missing: [String] = []
      for ref in cmd.arguments {
        if let c = try? client.containerInspect(ref) {
          objects.append(.container(c))
        } else {
          missing.append(ref)
        }
      }
      let failures = missing.map { "Error: No such container: \($0)" }
      let request = InspectRequest(
        objects: objects, format: cmd.flags.format, failures: failures, statusWrapped: false)
      return CommandOutput(items: [.inspect(request)], exitCode: missing.isEmpty ? 0 : 1)
    case "exec":
      // Running inside a container needs a session (Session routes exec before this).
      if case .failure(let failure) = ExecCommand.plan(cmd, &client) { return failure.output }
      return .failure(
        "swarmlab: 'docker container exec' runs only in a SwarmLab session", code: 127)
    default:
      return .failure("swarmlab: 'docker container \(sub)' is not simulated in SwarmLab", code: 127)
    }
  }
}
