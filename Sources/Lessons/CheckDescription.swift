/// Short English descriptions of checks, for `not:` reasons and the prove table.
enum CheckDescription {
  static func describe(_ check: Check) -> String {
    switch check.kind {
    case .swarm(let active): return active ? "the swarm is active" : "no swarm is active"
    case .nodes(let q):
      let what = [q.availability, q.role].compactMap { $0 }.joined(separator: " ")
      let amount = q.count.map { "\($0)" } ?? q.min.map { "at least \($0)" } ?? "some"
      return "\(amount) \(what.isEmpty ? "" : what + " ")node(s)"
    case .service(let q):
      var parts = ["service \(q.name)"]
      if let image = q.image { parts.append("image \(image)") }
      if let replicas = q.replicas { parts.append("\(replicas) replica(s)") }
      if let running = q.running { parts.append("\(running) running") }
      if let published = q.published {
        parts.append("port \(published)" + (q.target.map { "->\($0)" } ?? ""))
      }
      if !q.networks.isEmpty { parts.append("on " + q.networks.joined(separator: ", ")) }
      if q.converged == true { parts.append("converged") }
      return parts.joined(separator: ", ")
    case .noService(let name): return "no service \(name)"
    case .replacedTask(let name): return "a failed replica of \(name) was replaced"
    case .rolledBack(let name): return "\(name) was rolled back"
    case .network(let name, let driver):
      return "network \(name)" + (driver.map { " (\($0))" } ?? "")
    case .ran(let pattern): return "ran `\(pattern.text)`"
    case .logs(let name): return "logs of \(name) printed"
    case .exec(let name): return "exec into " + (name ?? "a container")
    case .nslookup(let name): return "nslookup \(name)"
    case .curl(let port): return "curl port \(port)"
    case .dataObject(let check): return check.description
    case .all(let checks): return "all of (" + checks.map(describe).joined(separator: "; ") + ")"
    case .any(let checks): return "any of (" + checks.map(describe).joined(separator: "; ") + ")"
    case .not(let inner): return "not " + describe(inner)
    }
  }
}
