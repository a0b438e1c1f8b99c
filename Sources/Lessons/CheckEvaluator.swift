public import EngineAPI
public import Session

/// Evaluates checks against what an engine answers through the Engine API (services, tasks,
/// nodes, networks, the swarm) and the commands run since the step began. The same checks run
/// on the simulation and on a real engine (`swarmlab lesson --engine`).
///
/// Every kind is dispatched in `evaluateKind`; a new kind adds a case there and its reading in
/// a file of its own (an extension of this type reading `view`).
public struct CheckEvaluator {
  /// The engine's answers, each read once per evaluation.
  public let view: EngineView
  /// Only the step's own commands, so a `ran:` check needs doing in its step.
  public var commands: StepCommands

  public init(engine: any EngineClient, commands: StepCommands) {
    self.view = EngineView(engine)
    self.commands = commands
  }

  public init(engine: any EngineClient, records: [CommandRecord]) {
    self.init(engine: engine, commands: StepCommands(records))
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
      if view.swarmIsActive == active { return .pass }
      return .fail(
        active ? "This engine is not part of a swarm yet." : "This engine is still part of a swarm."
      )
    case .nodes(let query): return nodes(query)
    case .service(let query): return service(query)
    case .noService(let name):
      return view.service(named: name) == nil ? .pass : .fail("The service \(name) still exists.")
    case .replacedTask(let name): return replacedTask(name)
    case .rolledBack(let name): return rolledBack(name)
    case .network(let name, let driver): return network(name, driver: driver)
    case .ran(let pattern):
      return commands.contain(check.kind) { Self.matches($0, pattern) }
        ? .pass : .fail("You have not run `\(pattern.text)` in this step yet.")
    case .logs(let name): return logs(name, check.kind)
    case .exec(let name): return exec(name, check.kind)
    case .nslookup(let name):
      let done = commands.contain(check.kind) { record in
        guard record.exitCode == 0, let inside = record.commandInContainer else { return false }
        return inside.argv.first == "nslookup" && inside.argv.dropFirst().contains(name)
      }
      return done
        ? .pass : .fail("You have not looked up \(name) with nslookup from inside a container yet.")
    case .curl(let port):
      let done = commands.contain(check.kind) { record in
        let argv = record.commandInContainer?.argv ?? record.argv
        return record.exitCode == 0 && argv.first == "curl"
          && argv.dropFirst().contains { $0.contains(":\(port)") }
      }
      return done
        ? .pass
        : .fail("You have not requested the app on port \(port) yet (try curl localhost:\(port)).")
    case .dataObject(let check): return check.evaluate(view)
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
    let matching = view.nodes.filter { node in
      (query.role.map { node.spec.role == $0 } ?? true)
        && (query.availability.map { node.spec.availability == $0 } ?? true)
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

  private func network(_ name: String, driver: String?) -> CheckOutcome {
    guard let network = view.networks.first(where: { $0.name == name }) else {
      return .fail("There is no network named \(name).")
    }
    if let driver, network.driver != driver {
      return .fail("The network \(name) uses the \(network.driver) driver, not \(driver).")
    }
    return .pass
  }

  private func replacedTask(_ name: String) -> CheckOutcome {
    guard let service = view.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    let tasks = view.tasks(of: service)
    let replaced = tasks.contains { failed in
      failed.status.state == "failed"
        && tasks.contains {
          $0.slot == failed.slot && $0.createdAt > failed.createdAt && $0.status.state == "running"
        }
    }
    return replaced ? .pass : .fail("No replica of \(name) has failed and been replaced yet.")
  }

  private func rolledBack(_ name: String) -> CheckOutcome {
    guard let service = view.service(named: name) else {
      return .fail("There is no service named \(name).")
    }
    switch service.updateStatus?.state {
    case "rollback_completed": return .pass
    case "rollback_started", "rollback_paused":
      return .fail("The rollback of \(name) has not finished yet.")
    default: return .fail("The service \(name) has not been rolled back.")
    }
  }
}
