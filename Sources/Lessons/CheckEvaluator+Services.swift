import EngineAPI
import Session

/// The checks on one service (`service:`) and on commands that name a service's replicas
/// (`logs:`, `exec:`), read from the engine's service, task and network answers.
extension CheckEvaluator {
  func service(_ query: ServiceQuery) -> CheckOutcome {
    let name = query.name
    guard let service = view.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    var reasons: [String] = []
    // A pinned image (`name:tag@sha256:…`) is shown as the learner typed it.
    let image =
      (service.spec.taskTemplate.containerSpec?.image ?? "")
      .split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
    if let wanted = query.image, !ImageName.matches(image, wanted: wanted) {
      reasons.append("The service \(name) runs \(image), not \(wanted).")
      if service.updateStatus?.state == "rollback_completed" {
        // The trap: a rollback returns to the definition before the *last* update, so after
        // changing the image by hand it goes back to the image before that change.
        reasons.append(
          "A rollback returns \(name) to its definition before the last update; here that update was made by hand, so the rollback went to \(image). Update to the image before that one and roll back again, or type 'reset' to start this step afresh."
        )
      }
    }
    let replicas = service.spec.mode.replicated?.replicas.map(Int.init)
    if let wanted = query.replicas, replicas != wanted {
      let has = replicas.map(String.init) ?? "global"
      reasons.append("The service \(name) asks for \(has) replica(s); this step wants \(wanted).")
    }
    let running = view.runningTasks(of: service)
    if let wanted = query.running, running.count != wanted {
      reasons.append(
        "The service \(name) has \(running.count) running replica(s); this step wants \(wanted).")
    }
    if let published = query.published {
      let port = (service.endpoint.ports ?? []).first { $0.publishedPort == UInt32(published) }
      if let port {
        if let target = query.target, port.targetPort != UInt32(target) {
          reasons.append(
            "The service \(name) sends port \(published) to \(port.targetPort ?? 0), not \(target)."
          )
        }
      } else {
        reasons.append("The service \(name) does not publish port \(published).")
      }
    }
    let attached = (service.spec.taskTemplate.networks ?? []).compactMap(\.target)
      .map(view.networkName)
    for network in query.networks where !attached.contains(network) {
      reasons.append("The service \(name) is not attached to the network \(network).")
    }
    if query.converged == true {
      let current = view.upToDateTasks(of: service).filter {
        $0.state == .running && $0.desiredState == .running
      }
      let updating = ["updating", "rollback_started"].contains(service.updateStatus?.state)
      let settled =
        !updating && current.count == running.count
        && (replicas.map { running.count == $0 } ?? true)
      if !settled {
        reasons.append("The service \(name) has not finished rolling out its current spec.")
      }
    }
    return CheckOutcome(passed: reasons.isEmpty, reasons: reasons)
  }

  /// `service logs NAME|ID-prefix`, or `container logs` of one of its replicas.
  func logs(_ name: String, _ kind: Check.Kind) -> CheckOutcome {
    let done = commands.contain(kind) { record in
      guard record.exitCode == 0, let docker = record.dockerCommand else { return false }
      let args = docker.rest.filter { !$0.hasPrefix("-") }
      if docker.path == ["service", "logs"] {
        return args.contains { arg in
          arg == name
            || (arg.count >= 3 && view.service(named: name).map { $0.id.hasPrefix(arg) } == true)
        }
      }
      if docker.path == ["container", "logs"] {
        return args.contains { belongs(container: $0, to: name) }
      }
      return false
    }
    return done ? .pass : .fail("You have not printed the logs of \(name) in this step yet.")
  }

  /// A command run inside a container (of the service, when named): a one-shot `docker exec`,
  /// a line in an exec shell, or the shell itself.
  func exec(_ name: String?, _ kind: Check.Kind) -> CheckOutcome {
    let done = commands.contain(kind) { record in
      guard record.exitCode == 0,
        let target = record.commandInContainer?.container
          ?? record.dockerCommand?.execTarget?.container
      else { return false }
      return name.map { belongs(container: target, to: $0) } ?? true
    }
    return done
      ? .pass
      : .fail(
        "You have not run a command inside a container\(name.map { " of \($0)" } ?? "") yet (docker exec)."
      )
  }

  /// Whether a container reference (name, ID or ID prefix) is one of the service's replicas:
  /// replica containers are named `SERVICE.SLOT.TASK`, and each task knows its container.
  func belongs(container reference: String, to name: String) -> Bool {
    if reference.hasPrefix(name + ".") { return true }
    guard reference.count >= 3, let service = view.service(named: name) else { return false }
    return view.tasks(of: service).contains { task in
      task.status.containerStatus.map { $0.containerID.hasPrefix(reference) } == true
    }
  }

  static func matches(_ record: CommandRecord, _ pattern: CommandPattern) -> Bool {
    guard record.exitCode == 0 else { return false }
    if pattern.program == "docker" {
      // `docker node ls --help` succeeds but only prints the usage: it did not list nodes.
      guard !record.argv.contains(where: { $0 == "--help" || $0 == "-h" }) else { return false }
      guard let docker = record.dockerCommand, docker.path == pattern.dockerPath else {
        return false
      }
      return pattern.words.allSatisfy(docker.rest.contains)
    }
    let argv = record.commandInContainer?.argv ?? record.argv
    return argv.first == pattern.program && pattern.words.allSatisfy(argv.dropFirst().contains)
  }
}
