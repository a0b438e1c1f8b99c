import DockerFormat
public import EngineAPI

/// `docker stack ls|services|ps|rm` (docker/cli `cli/command/stack/swarm`): views of the
/// services, tasks and networks labelled `com.docker.stack.namespace`, and their removal.
/// `stack deploy` needs the compose files from the learner's workspace and lives with the
/// session (see the Stack module's `StackDeployer`).
enum StackCommands {
  static let namespaceLabel = "com.docker.stack.namespace"

  /// Every stack command refuses another orchestrator first (SwarmLab has no Kubernetes).
  private static func orchestratorRefusal(_ cmd: ParsedCommand) -> CommandOutput? {
    guard cmd.flags.string("orchestrator").map({ $0 != "swarm" }) ?? false else { return nil }
    return .failure(
      "swarmlab: 'docker stack --orchestrator' other than swarm is not simulated in SwarmLab",
      code: 127)
  }

  private static func filter(_ stack: String, _ cmd: ParsedCommand) -> FilterArgs {
    var filters = cmd.flags.filters()
    filters.add("label", "\(namespaceLabel)=\(stack)")
    return filters
  }

  /// `docker stack ls`: `NAME SERVICES ORCHESTRATOR`, one row per namespace, sorted by name
  /// (20.10 keeps the ORCHESTRATOR column).
  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = orchestratorRefusal(cmd) { return refusal }
    if cmd.flags.format != nil {
      return .failure(
        "swarmlab: 'docker stack ls --format' is not simulated in SwarmLab", code: 127)
    }
    var counts: [String: Int] = [:]
    for service in try client.serviceList(ServiceListOptions()) {
      if let stack = service.spec.labels[namespaceLabel] { counts[stack, default: 0] += 1 }
    }
    let rows =
      [["NAME", "SERVICES", "ORCHESTRATOR"]]
      + counts.keys.sorted().map { [$0, String(counts[$0]!), "Swarm"] }
    return CommandOutput(items: [.stdout(table(rows))])
  }

  /// Go's tabwriter as docker's table printer sets it up (`NewWriter(out, 10, 1, 3, ' ', 0)`):
  /// cells padded by 3 to at least 10 characters, the last column unpadded.
  static func table(_ rows: [[String]]) -> String {
    let widths = (0..<(rows.first?.count ?? 0)).map { column in
      rows.map { $0[column].count }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell + String(repeating: " ", count: max(10, widths[column] + 3) - cell.count)
      }
      .joined()
    }
    .joined(separator: "\n")
  }

  /// `docker stack services STACK`.
  static func services(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = orchestratorRefusal(cmd) { return refusal }
    let stack = cmd.arguments.first ?? ""
    let services = try client.serviceList(
      ServiceListOptions(filters: filter(stack, cmd), status: true))
    if services.isEmpty {
      return CommandOutput(items: [.stderr("Nothing found in stack: \(stack)")])
    }
    let format = ListFormat(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
    return CommandOutput(items: [.serviceList(services, format)])
  }

  /// `docker stack ps STACK`.
  static func tasks(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = orchestratorRefusal(cmd) { return refusal }
    let stack = cmd.arguments.first ?? ""
    let tasks = try client.taskList(ListOptions(filters: filter(stack, cmd)))
    if tasks.isEmpty { return .failure("nothing found in stack: \(stack)") }
    return CommandOutput(
      items: [.taskList(tasks, TaskListFormat(cmd), try Names.lookup(&client), now: client.now)])
  }

  /// `docker stack rm STACK…`: services (by name, byte order), secrets, configs, then networks,
  /// as 20.10 removes them; `Nothing found in stack` when there is none of them.
  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = orchestratorRefusal(cmd) { return refusal }
    var out = CommandOutput()
    var failed: [String] = []
    for stack in cmd.arguments {
      let labels = FilterArgs([(key: "label", value: "\(namespaceLabel)=\(stack)")])
      let services = try client.serviceList(ServiceListOptions(filters: labels))
        .sorted { ($0.spec.name ?? "") < ($1.spec.name ?? "") }
      let networks = try client.networkList(ListOptions(filters: labels))
      let secrets = try client.secretList(ListOptions(filters: labels))
        .sorted { $0.spec.name < $1.spec.name }
      let configs = try client.configList(ListOptions(filters: labels))
        .sorted { $0.spec.name < $1.spec.name }
      if services.isEmpty && networks.isEmpty && secrets.isEmpty && configs.isEmpty {
        out.items.append(.stderr("Nothing found in stack: \(stack)"))
        continue
      }
      var errors = false
      for service in services {
        out.items.append(.stdout("Removing service \(service.spec.name ?? "")"))
        do throws(EngineError) {
          try client.serviceRemove(service.id)
        } catch {
          out.items.append(
            .stderr("Failed to remove service \(service.id): \(error.daemonMessage)"))
          errors = true
        }
      }
      for secret in secrets {
        out.items.append(.stdout("Removing secret \(secret.spec.name)"))
        do throws(EngineError) {
          try client.secretRemove(secret.id)
        } catch {
          out.items.append(.stderr("Failed to remove secret \(secret.id): \(error.daemonMessage)"))
          errors = true
        }
      }
      for config in configs {
        out.items.append(.stdout("Removing config \(config.spec.name)"))
        do throws(EngineError) {
          try client.configRemove(config.id)
        } catch {
          out.items.append(.stderr("Failed to remove config \(config.id): \(error.daemonMessage)"))
          errors = true
        }
      }
      for network in networks {
        out.items.append(.stdout("Removing network \(network.name)"))
        do throws(EngineError) {
          try client.networkRemove(network.id)
        } catch {
          out.items.append(
            .stderr("Failed to remove network \(network.id): \(error.daemonMessage)"))
          errors = true
        }
      }
      if errors { failed.append(stack) }
    }
    if !failed.isEmpty {
      out.fail("failed to remove some resources from stack: \(failed.joined(separator: ", "))")
    }
    return out
  }
}
