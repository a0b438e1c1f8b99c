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

  /// Values of one key are alternatives and keys all apply, as in moby and swarmkit, except
  /// labels: every label given must match (`MatchKVList`).
  static func services(_ services: [SwarmCore.Service], _ filters: FilterArgs)
    throws(EngineError) -> [SwarmCore.Service]
  {
    var result = services
    for (key, values) in filters.fields {
      let test: (SwarmCore.Service, String) -> Bool
      switch key {
      case "id": test = { s, v in s.id.hasPrefix(v) }
      case "name": test = { s, v in s.spec.name.hasPrefix(v) }
      case "label": test = { s, v in matches(s.spec.labels, v) }
      case "mode":
        // An unknown mode matches nothing (a real 20.10 engine lists no service for it).
        test = { s, v in v == (s.spec.replicas != nil ? "replicated" : "global") }
      default: throw .invalidParameter("Invalid filter '\(key)'")
      }
      result = keep(result, key, values, test)
    }
    return result
  }

  /// The items that pass one key's values: any of them, or all of them for `label`.
  static func keep<T>(_ items: [T], _ key: String, _ values: [String], _ test: (T, String) -> Bool)
    -> [T]
  {
    key == "label" || key == "node.label"
      ? items.filter { item in values.allSatisfy { test(item, $0) } }
      : items.filter { item in values.contains { test(item, $0) } }
  }

  /// Whether a task passes every filter (one of each key's values). Made once, so a listing
  /// tests each task in one pass without copying the swarm's tasks into a list first.
  static func tasks(_ filters: FilterArgs, _ state: ClusterState)
    throws(EngineError) -> (SwarmTask) -> Bool
  {
    var tests: [[(SwarmTask) -> Bool]] = []
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
      tests.append(keeps)
    }
    return { task in tests.allSatisfy { keeps in keeps.contains { $0(task) } } }
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
      let test: (SwarmCore.Node, String) -> Bool
      switch key {
      case "id": test = { n, v in n.id.hasPrefix(v) }
      case "name": test = { n, v in n.hostname.contains(v) }
      case "role":
        // moby refuses a role or membership swarmkit does not have.
        if let bad = values.first(where: { !["manager", "worker"].contains($0.lowercased()) }) {
          throw .invalidParameter("Invalid role filter: '\(bad)'")
        }
        test = { n, v in n.role.rawValue == v.lowercased() }
      case "membership":
        if let bad = values.first(where: { !["accepted", "pending"].contains($0.lowercased()) }) {
          throw .invalidParameter("Invalid membership filter: '\(bad)'")
        }
        test = { _, v in v.lowercased() == "accepted" }
      case "label", "node.label": test = { n, v in matches(n.labels, v) }
      default: throw .invalidParameter("Invalid filter '\(key)'")
      }
      result = keep(result, key, values, test)
    }
    return result
  }

  /// Values of one key are alternatives (any may match; every label must), keys all apply, as
  /// in moby. A name is a regular expression (read here as a substring with optional `^`/`$` anchors) for
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
      result = keep(result, key, values, test)
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

  /// moby's container filters; `networks` gives a container's networks (name, ID).
  static func containers(
    _ containers: [Container], _ filters: FilterArgs,
    networks: @escaping (Container) -> [(name: String, id: String)] = { _ in [] }
  ) throws(EngineError) -> [Container] {
    let states = ["created", "restarting", "running", "removing", "paused", "exited", "dead"]
    if let bad = filters.values("status").first(where: { !states.contains($0) }) {
      throw .invalidParameter("Invalid filter 'status=\(bad)'")
    }
    let healths = ["starting", "healthy", "unhealthy", "none"]
    if let bad = filters.values("health").first(where: { !healths.contains($0) }) {
      throw .invalidParameter("Unrecognised filter value for health: \(bad)")
    }
    var result = containers
    for (key, values) in filters.fields {
      let test: (Container, String) -> Bool
      switch key {
      case "id": test = { c, v in c.id.hasPrefix(v) }
      case "name": test = { c, v in c.name.contains(v) }
      case "label": test = { c, v in matches(c.labels, v) }
      case "ancestor":
        test = { c, v in ImageReference(c.image).repository == ImageReference(v).repository }
      case "status":
        test = { c, v in
          switch v {
          case "running": c.isRunning
          case "exited": c.state == .exited
          case "created": c.state == .created
          default: false
          }
        }
      case "health": test = { c, v in (c.health?.status.rawValue ?? "none") == v }
      case "network":
        test = { c, v in networks(c).contains { $0.name == v || $0.id.hasPrefix(v) } }
      case "is-task":
        // moby looks for `true`, then `false`; anything else alone is refused.
        let wanted: Bool
        if values.contains("true") {
          wanted = true
        } else if values.contains("false") {
          wanted = false
        } else {
          throw .invalidParameter(
            "Invalid filter 'is-task=[\(values.joined(separator: " "))]'")
        }
        result = result.filter { ($0.taskID != nil) == wanted }
        continue
      default: throw .invalidParameter("Invalid filter '\(key)'")
      }
      result = keep(result, key, values, test)
    }
    return result
  }
}
