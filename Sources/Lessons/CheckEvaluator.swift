public import Session
public import SwarmCore

/// Evaluates checks against the cluster's state and the commands run since the step began.
public struct CheckEvaluator {
  public var state: ClusterState
  /// Only the step's own commands, so a `ran:` check needs doing in its step.
  public var records: [CommandRecord]
  /// The engine the learner's docker talks to, for the checks that read through the API.
  public var client: EngineReader?

  public init(state: ClusterState, records: [CommandRecord], client: EngineReader? = nil) {
    self.state = state
    self.records = records
    self.client = client
  }

  /// Evaluates a step's checks, which must all hold.
  public func evaluate(_ checks: [Check]) -> CheckOutcome {
    combineAll(checks.map(evaluate))
  }

  public func evaluate(_ check: Check) -> CheckOutcome {
    let outcome = evaluateKind(check)
    if outcome.passed { return outcome }
    return check.reason.map { .fail($0) } ?? outcome
  }

  private func evaluateKind(_ check: Check) -> CheckOutcome {
    switch check.kind {
    case .swarm(let active):
      if state.isActive == active { return .pass }
      return .fail(
        active ? "This engine is not part of a swarm yet." : "This engine is still part of a swarm."
      )
    case .nodes(let query): return nodes(query)
    case .service(let query): return service(query)
    case .noService(let name):
      return state.service(named: name) == nil ? .pass : .fail("The service \(name) still exists.")
    case .replacedTask(let name): return replacedTask(name)
    case .rolledBack(let name): return rolledBack(name)
    case .network(let name, let driver):
      guard let network = state.network(named: name) else {
        return .fail("There is no network named \(name).")
      }
      if let driver, network.driver != driver {
        return .fail("The network \(name) uses the \(network.driver) driver, not \(driver).")
      }
      return .pass
    case .ran(let pattern):
      return records.contains { matches($0, pattern) }
        ? .pass : .fail("You have not run `\(pattern.text)` in this step yet.")
    case .logs(let name): return logs(name)
    case .exec(let name):
      let done = records.contains { record in
        guard record.exitCode == 0, let target = record.commandInContainer ?? execShell(record)
        else { return false }
        return name.map { belongs(container: target, to: $0) } ?? true
      }
      return done
        ? .pass
        : .fail(
          "You have not run a command inside a container\(name.map { " of \($0)" } ?? "") yet (docker exec)."
        )
    case .nslookup(let name):
      let done = records.contains { record in
        guard record.exitCode == 0, let inside = record.commandInContainer else { return false }
        return inside.argv.first == "nslookup" && inside.argv.dropFirst().contains(name)
      }
      return done
        ? .pass : .fail("You have not looked up \(name) with nslookup from inside a container yet.")
    case .curl(let port):
      let done = records.contains { record in
        let argv = record.commandInContainer?.argv ?? record.argv
        return record.exitCode == 0 && argv.first == "curl"
          && argv.dropFirst().contains { $0.contains(":\(port)") }
      }
      return done
        ? .pass
        : .fail("You have not requested the app on port \(port) yet (try curl localhost:\(port)).")
    case .dataObject(let check):
      guard var client = client?.client else {
        return .fail("SwarmLab cannot reach the engine to check this.")
      }
      return check.evaluate(&client)
    case .all(let checks): return combineAll(checks.map(evaluate))
    case .any(let checks):
      let outcomes = checks.map(evaluate)
      if outcomes.contains(where: \.passed) { return .pass }
      return .fail(outcomes.flatMap(\.reasons).joined(separator: " Or: "))
    case .not(let inner):
      if evaluate(inner).passed {
        return .fail("This should not be so: \(CheckDescription.describe(inner)).")
      }
      return .pass
    }
  }

  private func combineAll(_ outcomes: [CheckOutcome]) -> CheckOutcome {
    let reasons = outcomes.flatMap(\.reasons)
    return CheckOutcome(passed: outcomes.allSatisfy(\.passed), reasons: reasons)
  }

  private func nodes(_ query: NodeQuery) -> CheckOutcome {
    let matching = state.nodes.values.filter { node in
      (query.role.map { node.role.rawValue == $0 } ?? true)
        && (query.availability.map { node.availability.rawValue == $0 } ?? true)
    }
    let what = [query.availability, query.role].compactMap { $0 }.joined(separator: " ")
    let noun = what.isEmpty ? "node" : "\(what) node"
    if let count = query.count, matching.count != count {
      return .fail("The swarm has \(matching.count) \(noun)(s); this step wants \(count).")
    }
    if let min = query.min, matching.count < min {
      return .fail("The swarm has \(matching.count) \(noun)(s); this step wants at least \(min).")
    }
    return .pass
  }

  private func service(_ query: ServiceQuery) -> CheckOutcome {
    let name = query.name
    guard let service = state.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    var reasons: [String] = []
    if let image = query.image, !ImageName.matches(service.spec.template.image, wanted: image) {
      reasons.append("The service \(name) runs \(service.spec.template.image), not \(image).")
      if service.updateStatus?.state == .rollbackCompleted {
        // The trap: a rollback returns to the definition before the *last* update, so after
        // changing the image by hand it goes back to the image before that change.
        reasons.append(
          "A rollback returns \(name) to its definition before the last update; here that update was made by hand, so the rollback went to \(service.spec.template.image). Update to the image before that one and roll back again, or type 'reset' to start this step afresh."
        )
      }
    }
    if let replicas = query.replicas, service.spec.replicas != replicas {
      let has = service.spec.replicas.map(String.init) ?? "global"
      reasons.append("The service \(name) asks for \(has) replica(s); this step wants \(replicas).")
    }
    let running = runningTasks(service)
    if let wanted = query.running, running.count != wanted {
      reasons.append(
        "The service \(name) has \(running.count) running replica(s); this step wants \(wanted).")
    }
    if let published = query.published {
      let port = service.endpointPorts.first { $0.publishedPort == published }
      if port == nil {
        reasons.append("The service \(name) does not publish port \(published).")
      } else if let target = query.target, port?.targetPort != target {
        reasons.append(
          "The service \(name) sends port \(published) to \(port!.targetPort), not \(target).")
      }
    }
    let attached = service.spec.template.networks.map { state.networks[$0]?.name ?? $0 }
    for network in query.networks where !attached.contains(network) {
      reasons.append("The service \(name) is not attached to the network \(network).")
    }
    if query.converged == true {
      let current = running.filter { $0.template == service.spec.template }
      let settled =
        service.updateStatus?.isActive != true && current.count == running.count
        && (service.spec.replicas.map { running.count == $0 } ?? true)
      if !settled {
        reasons.append("The service \(name) has not finished rolling out its current spec.")
      }
    }
    return CheckOutcome(passed: reasons.isEmpty, reasons: reasons)
  }

  private func runningTasks(_ service: Service) -> [SwarmTask] {
    state.tasks(ofService: service.id).filter {
      $0.status.state == .running && $0.desiredState == .running
    }
  }

  private func replacedTask(_ name: String) -> CheckOutcome {
    guard let service = state.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    let tasks = state.tasks(ofService: service.id)
    let replaced = tasks.contains { failed in
      failed.status.state == .failed
        && tasks.contains {
          $0.slot == failed.slot && $0.createdAt > failed.createdAt && $0.status.state == .running
        }
    }
    return replaced ? .pass : .fail("No replica of \(name) has failed and been replaced yet.")
  }

  private func rolledBack(_ name: String) -> CheckOutcome {
    guard let service = state.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    switch service.updateStatus?.state {
    case .rollbackCompleted: return .pass
    case .rollbackStarted, .rollbackPaused:
      return .fail("The rollback of \(name) has not finished yet.")
    default: return .fail("The service \(name) has not been rolled back.")
    }
  }

  private func logs(_ name: String) -> CheckOutcome {
    let service = state.service(named: name)
    let done = records.contains { record in
      guard record.exitCode == 0, let docker = record.dockerCommand else { return false }
      let args = docker.rest.filter { !$0.hasPrefix("-") }
      if docker.path == ["service", "logs"] {
        return args.contains { arg in
          arg == name || (service.map { arg.count >= 3 && $0.id.hasPrefix(arg) } ?? false)
        }
      }
      if docker.path == ["container", "logs"] {
        return args.contains { belongs(container: ($0, []), to: name) }
      }
      return false
    }
    return done ? .pass : .fail("You have not printed the logs of \(name) in this step yet.")
  }

  /// `docker exec -it C sh` with no command after the shell: the container entered.
  private func execShell(_ record: CommandRecord) -> (container: String, argv: [String])? {
    record.dockerCommand?.execTarget.map { ($0.container, $0.command) }
  }

  /// Whether a container reference (ID, prefix or name) is a replica of the service.
  private func belongs(container target: (container: String, argv: [String]), to name: String)
    -> Bool
  {
    let ref = target.container
    if ref.hasPrefix(name + ".") { return true }
    let container = state.containers.values.first {
      $0.id == ref || $0.name == ref || (ref.count >= 3 && $0.id.hasPrefix(ref))
    }
    guard let serviceID = container?.serviceID else { return false }
    return state.services[serviceID]?.spec.name == name
  }

  private func matches(_ record: CommandRecord, _ pattern: CommandPattern) -> Bool {
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
