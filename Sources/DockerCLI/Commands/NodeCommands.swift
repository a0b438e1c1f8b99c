import DockerFormat
import EngineAPI

/// `docker node ls|inspect|ps|update|promote|demote|rm`.
enum NodeCommands {
  /// `docker node ls`.
  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let nodes = try client.nodeList(ListOptions(filters: cmd.flags.filters()))
    let format = ListFormat(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
    return CommandOutput(items: [.nodeList(nodes, selfID: client.info().swarm.nodeID, format)])
  }

  /// `docker node inspect [--pretty] NODE…`.
  static func inspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var nodes: [Node] = []
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        nodes.append(try client.nodeInspect(client.nodeReference(ref)))
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append("No such node: \(ref)")
      }
    }
    var out = CommandOutput()
    if cmd.flags.bool("pretty") {
      for node in nodes { out.items.append(.nodePretty(node)) }
      // `--pretty` prints the lookup error itself, not as an inspect status.
      if !errors.isEmpty { out.err(errors.map { "Error: " + $0 }.joined(separator: "\n")) }
    } else {
      out.items.append(
        .inspect(
          InspectRequest(
            objects: nodes.map(InspectObject.node), format: cmd.flags.format,
            failures: errors.map { "Error: " + $0 })))
    }
    if !errors.isEmpty { out.exitCode = 1 }
    return out
  }

  /// `docker node ps [NODE…]`.
  static func tasks(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let refs = cmd.arguments.isEmpty ? ["self"] : cmd.arguments
    var nodeIDs: [String] = []
    var errors: [String] = []
    for ref in refs {
      do throws(EngineError) {
        nodeIDs.append(try client.lookupNode(client.nodeReference(ref)).id)
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append(error.isNotFound ? "Error: No such node: \(ref)" : error.daemonMessage)
      }
    }
    var out = CommandOutput()
    if !nodeIDs.isEmpty {
      // One request per node with the node added to the learner's filters, as docker does.
      var tasks: [Task] = []
      for id in nodeIDs {
        var filters = cmd.flags.filters()
        filters.add("node", id)
        tasks += try client.taskList(ListOptions(filters: filters))
      }
      out.items.append(
        .taskList(tasks, TaskListFormat(cmd), try Names.lookup(&client), now: client.now))
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  /// `docker node update NODE`.
  static func update(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let node = try client.lookupNode(cmd.arguments.first ?? "")
    var spec = node.spec
    if let availability = cmd.flags.string("availability") {
      spec.availability = availability.lowercased()
    }
    if let role = cmd.flags.string("role") { spec.role = role.lowercased() }
    for pair in cmd.flags.strings("label-add") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      spec.labels[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    for key in cmd.flags.strings("label-rm") {
      guard spec.labels[key] != nil else {
        return .failure("key \(key) doesn't exist in node's labels")
      }
      spec.labels[key] = nil
    }
    try client.nodeUpdate(node.id, version: node.version, spec: spec)
    return CommandOutput(items: [.stdout(cmd.arguments[0])])
  }

  /// `docker node promote NODE…`.
  static func promote(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    try changeRole(to: "manager", cmd, &client)
  }

  /// `docker node demote NODE…`.
  static func demote(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    try changeRole(to: "worker", cmd, &client)
  }

  private static func changeRole(
    to wanted: String, _ cmd: ParsedCommand, _ client: inout any EngineClient
  ) throws(EngineError) -> CommandOutput {
    var out = CommandOutput()
    for ref in cmd.arguments {
      let node = try client.lookupNode(ref)
      if node.spec.role == wanted {
        out.out("Node \(node.id) is already a \(wanted).")
        continue
      }
      var spec = node.spec
      spec.role = wanted
      try client.nodeUpdate(node.id, version: node.version, spec: spec)
      out.out(
        wanted == "manager"
          ? "Node \(ref) promoted to a manager in the swarm."
          : "Manager \(ref) demoted in the swarm.")
    }
    return out
  }

  /// `docker node rm NODE…`.
  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        try client.nodeRemove(ref, force: cmd.flags.bool("force"))
        out.out(ref)
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append(error.isNotFound ? "Error: No such node: \(ref)" : error.daemonMessage)
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }
}

extension TaskListFormat {
  init(_ cmd: ParsedCommand) {
    self.init(
      list: ListFormat(
        format: cmd.flags.format, quiet: cmd.flags.bool("quiet"),
        noTrunc: cmd.flags.bool("no-trunc")),
      noResolve: cmd.flags.bool("no-resolve"))
  }
}

/// docker's `idresolver`: the names behind the IDs a task row or log prefix shows.
enum Names {
  static func lookup<C: EngineClient>(_ client: inout C) throws(EngineError) -> ObjectNames {
    var names = ObjectNames()
    for service in try client.serviceList(ServiceListOptions()) {
      names.services[service.id] = service.spec.name ?? ""
    }
    for node in try client.nodeList(ListOptions()) {
      names.nodes[node.id] = node.description.hostname ?? node.id
    }
    return names
  }
}
