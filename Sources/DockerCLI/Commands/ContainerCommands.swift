import SwarmCore

/// `docker container ls|rm|stop|kill|start|logs|inspect` on the current machine's engine.
enum ContainerCommands {
  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    let machine = cluster.currentMachine
    switch sub {
    case "ls": return list(cmd, cluster)
    case "rm", "stop", "kill", "start", "restart":
      var out = CommandOutput()
      var errors: [String] = []
      for ref in cmd.arguments {
        guard let container = cluster.state.resolveContainer(ref, on: machine) else {
          errors.append(
            sub == "rm"
              ? "Error: No such container: \(ref)"
              : "Error response from daemon: No such container: \(ref)")
          continue
        }
        do throws(ControlError) {
          switch sub {
          case "rm":
            try ControlAPI.removeContainer(container.id, force: cmd.flags.bool("force"), &cluster)
          case "stop": try ControlAPI.stopContainer(container.id, &cluster)
          case "kill": try ControlAPI.killContainer(container.id, &cluster)
          case "restart":
            try ControlAPI.stopContainer(container.id, &cluster)
            try ControlAPI.startContainer(container.id, &cluster)
          default: try ControlAPI.startContainer(container.id, &cluster)
          }
          out.out(ref)
        } catch {
          errors.append(error.daemonMessage)
        }
      }
      if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
      return out
    case "logs":
      let ref = cmd.arguments[0]
      guard let container = cluster.state.resolveContainer(ref, on: machine) else {
        return .failure("Error: No such container: \(ref)")
      }
      var request = LogRequest(sources: [LogSource(containerID: container.id, taskID: nil)])
      request.prefixed = false
      return LogOptions.output(request, cmd, now: cluster.now)
    case "inspect":
      var ids: [String] = []
      var missing: [String] = []
      for ref in cmd.arguments {
        if let c = cluster.state.resolveContainer(ref, on: machine) {
          ids.append(c.id)
        } else {
          missing.append(ref)
        }
      }
      let failures = missing.map { "Error: No such container: \($0)" }
      let request = InspectRequest(
        kind: .container, ids: ids, format: cmd.flags.format, failures: failures)
      return CommandOutput(items: [.inspect(request)], exitCode: missing.isEmpty ? 0 : 1)
    case "exec":
      // Running inside a container needs a session (Session routes exec before this).
      if case .failure(let failure) = ExecCommand.plan(cmd, cluster) { return failure.output }
      return .failure(
        "swarmlab: 'docker container exec' runs only in a SwarmLab session", code: 127)
    default:
      return .failure("swarmlab: 'docker container \(sub)' is not simulated in SwarmLab", code: 127)
    }
  }

  private static func list(_ cmd: ParsedCommand, _ cluster: Cluster) -> CommandOutput {
    let f = cmd.flags
    var containers = cluster.state.containers.values.filter { $0.nodeID == cluster.currentMachine }
    // Newest first, as the daemon returns them.
    containers.sort { $0.createdAt > $1.createdAt }
    var last = f.int("last") ?? -1
    if f.bool("latest") { last = 1 }
    if !f.bool("all") && last < 0 { containers = containers.filter(\.isRunning) }
    if last >= 0 { containers = Array(containers.prefix(last)) }
    for (key, value) in f.filters() {
      switch key {
      case "id": containers = containers.filter { $0.id.hasPrefix(value) }
      case "name": containers = containers.filter { $0.name.contains(value) }
      case "label": containers = containers.filter { LabelFilter.matches($0.labels, value) }
      case "ancestor":
        containers = containers.filter {
          ImageReference($0.image).repository == ImageReference(value).repository
        }
      case "status":
        containers = containers.filter { c in
          switch value {
          case "running": c.isRunning
          case "exited": c.state == .exited
          case "created": c.state == .created
          default: false
          }
        }
      default:
        return .failure("Error response from daemon: Invalid filter '\(key)'")
      }
    }
    let options = ListOptions(format: f.format, quiet: f.bool("quiet"), noTrunc: f.bool("no-trunc"))
    return CommandOutput(items: [.containerList(ids: containers.map(\.id), options)])
  }
}
