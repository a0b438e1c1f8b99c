import DistributionReference
public import EngineAPI
import SwarmCore

/// The daemon's list filters, one table per object kind, with its error texts. Filters are
/// applied in the order given; an unknown key is refused before anything is listed.
enum Filters {
  /// `label=key` / `label=key=value`.
  static func matches(_ labels: [Label], _ filter: String) -> Bool {
    let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
    guard let key = parts.first, let label = labels.first(where: { $0.key == key }) else {
      return false
    }
    return parts.count == 1 || label.value == parts[1]
  }

  static func services(_ services: [SwarmCore.Service], _ filters: FilterArgs)
    throws(EngineError) -> [SwarmCore.Service]
  {
    var result = services
    for (key, values) in filters.fields {
      for value in values {
        switch key {
        case "id": result = result.filter { $0.id.hasPrefix(value) }
        case "name": result = result.filter { $0.spec.name.hasPrefix(value) }
        case "label": result = result.filter { matches($0.spec.labels, value) }
        case "mode":
          // An unknown mode matches nothing (a real 20.10 engine lists no service for it).
          result = result.filter { service in
            value == (service.spec.replicas != nil ? "replicated" : "global")
          }
        default: throw .invalidParameter("Invalid filter '\(key)'")
        }
      }
    }
    return result
  }

  static func tasks(_ tasks: [SwarmTask], _ filters: FilterArgs, _ state: ClusterState)
    throws(EngineError) -> [SwarmTask]
  {
    var result = tasks
    for (key, values) in filters.fields {
      // Several values of one key are alternatives (`--filter node=a --filter node=b`).
      var keeps: [(SwarmTask) -> Bool] = []
      for value in values {
        let keep: (SwarmTask) -> Bool
        switch key {
        case "desired-state":
          guard let wanted = TaskState(apiName: value) else {
            throw .invalidParameter("Invalid desired-state filter: '\(value)'")
          }
          keep = { $0.desiredState == wanted }
        case "id": keep = { $0.id.hasPrefix(value) }
        case "name":
          keep = { task in
            let name = state.services[task.serviceID]?.spec.name ?? ""
            return "\(name).\(task.slot)".hasPrefix(value) || name.hasPrefix(value)
          }
        case "node":
          // moby resolves a node or service filter to one object first (ID, name, unique ID
          // prefix) and refuses one it cannot find, then matches task IDs exactly.
          let id = try resolved { () throws(ControlError) in
            try state.resolveNode(value, self: nil).id
          }
          keep = { $0.nodeID == id }
        case "service":
          let id = try resolved { () throws(ControlError) in try state.resolveService(value).id }
          keep = { $0.serviceID == id }
        case "label": keep = { matches($0.template.containerLabels, value) }
        case "_up-to-date":
          // moby's internal filter for the CLI's progress display: made from the current spec.
          keep = { task in
            (state.services[task.serviceID].map { $0.spec.template == task.template } ?? false)
              == (value == "true")
          }
        default: throw .invalidParameter("Invalid filter '\(key)'")
        }
        keeps.append(keep)
      }
      result = result.filter { task in keeps.contains { $0(task) } }
    }
    return result
  }

  /// A lookup's swarmkit error as the daemon's.
  private static func resolved(_ lookup: () throws(ControlError) -> String) throws(EngineError)
    -> String
  {
    do { return try lookup() } catch { throw EngineError(error) }
  }

  static func nodes(_ nodes: [SwarmCore.Node], _ filters: FilterArgs) throws(EngineError)
    -> [SwarmCore.Node]
  {
    var result = nodes
    for (key, values) in filters.fields {
      for value in values {
        switch key {
        case "id": result = result.filter { $0.id.hasPrefix(value) }
        case "name": result = result.filter { $0.hostname.contains(value) }
        case "role":
          // moby refuses a role or membership swarmkit does not have.
          guard ["manager", "worker"].contains(value.lowercased()) else {
            throw .invalidParameter("Invalid role filter: '\(value)'")
          }
          result = result.filter { $0.role.rawValue == value.lowercased() }
        case "membership":
          guard ["accepted", "pending"].contains(value.lowercased()) else {
            throw .invalidParameter("Invalid membership filter: '\(value)'")
          }
          result = result.filter { _ in value.lowercased() == "accepted" }
        case "label", "node.label": result = result.filter { matches($0.labels, value) }
        default: throw .invalidParameter("Invalid filter '\(key)'")
        }
      }
    }
    return result
  }

  /// Values of one key are alternatives (any may match), keys all apply, as in moby. A name
  /// is a regular expression (read here as a substring with optional `^`/`$` anchors) for
  /// networks this engine has instantiated, but swarmkit matches a swarm network that has no
  /// task here by its exact name.
  static func networks(
    _ networks: [SwarmCore.Network], _ filters: FilterArgs,
    isLocal: @escaping (SwarmCore.Network) -> Bool
  ) throws(EngineError) -> [SwarmCore.Network] {
    var result = networks
    for (key, values) in filters.fields {
      let test: (SwarmCore.Network, String) -> Bool
      switch key {
      case "driver": test = { n, v in n.driver == v }
      case "id": test = { n, v in n.id.hasPrefix(v) }
      case "name":
        test = { n, v in isLocal(n) ? nameMatches(n.name, v) : n.name == v }
      case "scope": test = { n, v in n.scope == v }
      case "label": test = { n, v in matches(n.labels, v) }
      case "type":
        if let bad = values.first(where: { $0 != "builtin" && $0 != "custom" }) {
          throw .invalidParameter("invalid filter: 'type'='\(bad)'")
        }
        test = { n, v in
          let builtin = ["bridge", "host", "none", "ingress", "docker_gwbridge"].contains(n.name)
          return v == "builtin" ? builtin : !builtin
        }
      default: throw .invalidParameter("Invalid filter '\(key)'")
      }
      result = result.filter { n in values.contains { test(n, $0) } }
    }
    return result
  }

  /// A name filter as an unanchored regular expression, for the plain names and `^`/`$`
  /// anchors learners type.
  static func nameMatches(_ name: String, _ pattern: String) -> Bool {
    var body = Substring(pattern)
    let start = body.first == "^"
    if start { body = body.dropFirst() }
    let end = body.last == "$"
    if end { body = body.dropLast() }
    switch (start, end) {
    case (true, true): return name == body
    case (true, false): return name.hasPrefix(body)
    case (false, true): return name.hasSuffix(body)
    case (false, false): return body.isEmpty || name.contains(body)
    }
  }

  static func containers(_ containers: [Container], _ filters: FilterArgs) throws(EngineError)
    -> [Container]
  {
    var result = containers
    for (key, values) in filters.fields {
      for value in values {
        switch key {
        case "id": result = result.filter { $0.id.hasPrefix(value) }
        case "name": result = result.filter { $0.name.contains(value) }
        case "label": result = result.filter { matches($0.labels, value) }
        case "ancestor":
          result = result.filter {
            ImageReference($0.image).repository == ImageReference(value).repository
          }
        case "status":
          result = result.filter { c in
            switch value {
            case "running": c.isRunning
            case "exited": c.state == .exited
            case "created": c.state == .created
            default: false
            }
          }
        default: throw .invalidParameter("Invalid filter '\(key)'")
        }
      }
    }
    return result
  }
}
