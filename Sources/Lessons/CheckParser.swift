import Yams

/// Turns one YAML check (`- service: {name: timecheck, replicas: 1}`) into a `Check`.
struct CheckParser {
  let block: YAMLBlock

  func check(_ node: Node) throws(LessonError) -> Check {
    guard let mapping = node.mapping else {
      throw block.error(
        node,
        "a check is a mapping such as 'swarm: active' (known checks: \(Check.vocabulary.joined(separator: ", ")))"
      )
    }
    var reason: String?
    var found: (name: String, key: Node, value: Node)?
    for (key, value) in mapping {
      guard let name = key.string else { throw block.error(key, "check names are plain words") }
      if name == "reason" {
        guard let text = value.scalar?.string else {
          throw block.error(value, "'reason' must be text")
        }
        reason = text
        continue
      }
      guard Check.vocabulary.contains(name) else {
        throw block.error(
          key, "unknown check '\(name)' (known checks: \(Check.vocabulary.joined(separator: ", ")))"
        )
      }
      if found != nil {
        throw block.error(
          key, "one check per list entry; use 'all:' to combine '\(found!.name)' and '\(name)'")
      }
      found = (name, key, value)
    }
    guard let (name, key, value) = found else {
      throw block.error(node, "this entry has a reason but no check")
    }
    return Check(try kind(name, value), reason: reason, line: block.line(of: key))
  }

  private func kind(_ name: String, _ value: Node) throws(LessonError) -> Check.Kind {
    switch name {
    case "swarm":
      switch value.scalar?.string {
      case "active", "true": return .swarm(active: true)
      case "inactive", "false": return .swarm(active: false)
      default: throw block.error(value, "'swarm' is 'active' or 'inactive'")
      }
    case "nodes":
      let map = try block.mapping(value, allowed: ["role", "availability", "count", "min"])
      let query = NodeQuery(
        role: try block.optionalString(map, "role"),
        availability: try block.optionalString(map, "availability"),
        count: try block.optionalInt(map, "count"), min: try block.optionalInt(map, "min"))
      if let role = query.role, !["manager", "worker"].contains(role) {
        throw block.error(map["role"], "role is manager or worker")
      }
      if let a = query.availability, !["active", "pause", "drain"].contains(a) {
        throw block.error(map["availability"], "availability is active, pause or drain")
      }
      if query.count == nil && query.min == nil {
        throw block.error(value, "'nodes' needs count or min")
      }
      return .nodes(query)
    case "service":
      if let scalar = value.scalar { return .service(ServiceQuery(name: scalar.string)) }
      let map = try block.mapping(
        value,
        allowed: [
          "name", "image", "replicas", "running", "published", "target", "networks", "converged",
        ])
      var query = ServiceQuery(name: try block.requiredString(map, "name", at: value))
      query.image = try block.optionalString(map, "image")
      query.replicas = try block.optionalInt(map, "replicas")
      query.running = try block.optionalInt(map, "running")
      query.published = try block.optionalInt(map, "published")
      query.target = try block.optionalInt(map, "target")
      query.networks = try block.optionalStrings(map, "networks") ?? []
      if let converged = try block.optionalString(map, "converged") {
        query.converged = converged == "true"
      }
      return .service(query)
    case "network":
      if let scalar = value.scalar { return .network(name: scalar.string, driver: nil) }
      let map = try block.mapping(value, allowed: ["name", "driver"])
      return .network(
        name: try block.requiredString(map, "name", at: value),
        driver: try block.optionalString(map, "driver"))
    case "no-service": return .noService(try word(value, name))
    case "replaced-task": return .replacedTask(service: try word(value, name))
    case "rolled-back": return .rolledBack(service: try word(value, name))
    case "logs": return .logs(service: try word(value, name))
    case "nslookup": return .nslookup(name: try word(value, name))
    case "ran": return .ran(CommandPattern(try word(value, name)))
    case "exec":
      let target = try word(value, name)
      return .exec(service: target == "any" ? nil : target)
    case "curl":
      guard let port = Int(try word(value, name)) else {
        throw block.error(value, "'curl' takes a port number")
      }
      return .curl(port: port)
    case "config", "secret", "volume", "no-stack":
      return .dataObject(DataObjectCheck.parse(name, try word(value, name))!)
    case "all", "any":
      guard let items = value.sequence, items.count > 0 else {
        throw block.error(value, "'\(name)' takes a list of checks")
      }
      let checks = try items.map { item throws(LessonError) in try check(item) }
      return name == "all" ? .all(checks) : .any(checks)
    default:  // "not"
      return .not(try check(value))
    }
  }

  private func word(_ value: Node, _ name: String) throws(LessonError) -> String {
    guard let text = value.scalar?.string, !text.isEmpty else {
      throw block.error(value, "'\(name)' takes a single value")
    }
    return text
  }
}
