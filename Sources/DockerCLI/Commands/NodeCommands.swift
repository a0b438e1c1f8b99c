import SwarmCore

/// `docker node ls|inspect|ps|update|promote|demote|rm`.
enum NodeCommands {
  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    try ControlAPI.requireManager(cluster)
    let selfID = cluster.localNode?.id
    switch sub {
    case "ls":
      var nodes = Array(cluster.state.nodes.values)
      for (key, value) in cmd.flags.filters() {
        switch key {
        case "id": nodes = nodes.filter { $0.id.hasPrefix(value) }
        case "name": nodes = nodes.filter { $0.hostname.contains(value) }
        case "role": nodes = nodes.filter { $0.role.rawValue == value }
        case "membership": nodes = nodes.filter { _ in value == "accepted" }
        case "label", "node.label":
          nodes = nodes.filter { node in LabelFilter.matches(node.labels, value) }
        default: return .failure("Error response from daemon: Invalid filter '\(key)'")
        }
      }
      let options = ListOptions(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
      return CommandOutput(items: [.nodeList(ids: nodes.map(\.id), options)])
    case "inspect":
      var ids: [String] = []
      var errors: [String] = []
      for ref in cmd.arguments {
        do throws(ControlError) {
          ids.append(try cluster.state.resolveNode(ref, self: selfID).id)
        } catch {
          errors.append("No such node: \(ref)")
        }
      }
      var out = CommandOutput()
      if cmd.flags.bool("pretty") {
        for id in ids { out.items.append(.nodePretty(id: id)) }
      } else {
        out.items.append(
          .inspect(
            InspectRequest(
              kind: .node, ids: ids, format: cmd.flags.format,
              failures: errors.map { "Error: " + $0 })))
      }
      if !errors.isEmpty { out.exitCode = 1 }
      return out
    case "ps":
      let refs = cmd.arguments.isEmpty ? ["self"] : cmd.arguments
      var nodeIDs: [String] = []
      for ref in refs { nodeIDs.append(try cluster.state.resolveNode(ref, self: selfID).id) }
      let tasks = cluster.state.tasks.values.filter { nodeIDs.contains($0.nodeID ?? "") }
      let filtered = try TaskFilter.apply(cmd.flags.filters(), to: tasks, cluster)
      return CommandOutput(items: [.taskList(ids: filtered.map(\.id), TaskListOptions(cmd))])
    case "update":
      let node = try cluster.state.resolveNode(cmd.arguments.first ?? "", self: selfID)
      var updated = node
      if let availability = cmd.flags.string("availability") {
        guard let a = Node.Availability(rawValue: availability.lowercased()) else {
          return .failure("Error response from daemon: invalid Availability: \"\(availability)\"")
        }
        updated.availability = a
      }
      if let role = cmd.flags.string("role") {
        guard let r = Node.Role(rawValue: role.lowercased()) else {
          return .failure("Error response from daemon: invalid Role: \"\(role)\"")
        }
        updated.role = r
      }
      for pair in cmd.flags.strings("label-add") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
          String.init)
        Label.set(parts[0], parts.count > 1 ? parts[1] : "", in: &updated.labels)
      }
      for key in cmd.flags.strings("label-rm") {
        guard updated.labels.contains(where: { $0.key == key }) else {
          return .failure("key \(key) doesn't exist in node's labels")
        }
        updated.labels.removeAll { $0.key == key }
      }
      try ControlAPI.updateNode(node.id, &cluster) { $0 = updated }
      return CommandOutput(items: [.stdout(cmd.arguments[0])])
    case "promote", "demote":
      var out = CommandOutput()
      for ref in cmd.arguments {
        let node = try cluster.state.resolveNode(ref, self: selfID)
        if sub == "promote" {
          if node.role == .manager {
            out.out("Node \(node.id) is already a manager.")
          } else {
            try ControlAPI.updateNode(node.id, &cluster) { $0.role = .manager }
            out.out("Node \(ref) promoted to a manager in the swarm.")
          }
        } else {
          if node.role == .worker {
            out.out("Node \(node.id) is already a worker.")
          } else {
            try ControlAPI.updateNode(node.id, &cluster) { $0.role = .worker }
            out.out("Manager \(ref) demoted in the swarm.")
          }
        }
      }
      return out
    case "rm":
      var out = CommandOutput()
      for ref in cmd.arguments {
        let node = try cluster.state.resolveNode(ref, self: selfID)
        do throws(ControlError) {
          try ControlAPI.removeNode(node.id, force: cmd.flags.bool("force"), &cluster)
          out.out(ref)
        } catch {
          out.fail(error.daemonMessage)
        }
      }
      return out
    default:
      return .failure("swarmlab: 'docker node \(sub)' is not simulated in SwarmLab", code: 127)
    }
  }
}

extension TaskListOptions {
  init(_ cmd: ParsedCommand) {
    self.init(
      list: ListOptions(
        format: cmd.flags.format, quiet: cmd.flags.bool("quiet"),
        noTrunc: cmd.flags.bool("no-trunc")),
      noResolve: cmd.flags.bool("no-resolve"))
  }
}

/// `label=key` / `label=key=value` filter matching.
enum LabelFilter {
  static func matches(_ labels: [Label], _ filter: String) -> Bool {
    let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
    guard let label = labels.first(where: { $0.key == parts[0] }) else { return false }
    return parts.count == 1 || label.value == parts[1]
  }
}
