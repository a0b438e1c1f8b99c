import SwarmCore

/// `docker service ls|ps|inspect|logs`: read-only views of services and their tasks.
enum ServiceQueries {
  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    try ControlAPI.requireManager(cluster)
    switch sub {
    case "ls": return list(cmd, cluster)
    case "ps": return try tasks(cmd, cluster)
    case "inspect": return inspect(cmd, cluster)
    case "logs": return logs(cmd, cluster)
    default:
      return .failure("swarmlab: 'docker service \(sub)' is not simulated in SwarmLab", code: 127)
    }
  }

  private static func list(_ cmd: ParsedCommand, _ cluster: Cluster) -> CommandOutput {
    var services = Array(cluster.state.services.values)
    for (key, value) in cmd.flags.filters() {
      switch key {
      case "id": services = services.filter { $0.id.hasPrefix(value) }
      case "name": services = services.filter { $0.spec.name.hasPrefix(value) }
      case "label": services = services.filter { LabelFilter.matches($0.spec.labels, value) }
      case "mode":
        guard value == "replicated" || value == "global" else {
          return .failure("Error response from daemon: Invalid filter 'mode=\(value)'")
        }
        services = services.filter { ($0.spec.replicas != nil) == (value == "replicated") }
      default: return .failure("Error response from daemon: Invalid filter '\(key)'")
      }
    }
    let options = ListOptions(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
    return CommandOutput(items: [.serviceList(ids: services.map(\.id), options)])
  }

  private static func tasks(_ cmd: ParsedCommand, _ cluster: Cluster) throws(ControlError)
    -> CommandOutput
  {
    var serviceIDs: [String] = []
    var errors: [String] = []
    for ref in cmd.arguments {
      let byID = cluster.state.services[ref]
      let byName = cluster.state.service(named: ref)
      let byPrefix = cluster.state.services.values.filter { $0.id.hasPrefix(ref) }
      if let s = byID ?? byName {
        serviceIDs.append(s.id)
      } else if byPrefix.count == 1 {
        serviceIDs.append(byPrefix[0].id)
      } else if byPrefix.count > 1 {
        errors.append("multiple services found with provided prefix: \(ref)")
      } else {
        errors.append("no such service: \(ref)")
      }
    }
    var out = CommandOutput()
    if !serviceIDs.isEmpty {
      let all = cluster.state.tasks.values.filter { serviceIDs.contains($0.serviceID) }
      let filtered = try TaskFilter.apply(cmd.flags.filters(), to: all, cluster)
      out.items.append(.taskList(ids: filtered.map(\.id), TaskListOptions(cmd)))
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  private static func inspect(_ cmd: ParsedCommand, _ cluster: Cluster) -> CommandOutput {
    var ids: [String] = []
    var missing: [String] = []
    for ref in cmd.arguments {
      do throws(ControlError) {
        ids.append(try cluster.state.resolveService(ref).id)
      } catch {
        missing.append(ref)
      }
    }
    var out = CommandOutput()
    if cmd.flags.bool("pretty") {
      for id in ids { out.items.append(.servicePretty(id: id)) }
    } else {
      let failures = missing.map { "Error: no such service: \($0)" }
      out.items.append(
        .inspect(
          InspectRequest(kind: .service, ids: ids, format: cmd.flags.format, failures: failures)))
    }
    if !missing.isEmpty { out.exitCode = 1 }
    return out
  }

  private static func logs(_ cmd: ParsedCommand, _ cluster: Cluster) -> CommandOutput {
    let ref = cmd.arguments[0]
    var tasks: [SwarmTask]
    var padWidth = 1
    if let service = try? cluster.state.resolveService(ref) {
      tasks = cluster.state.tasks(ofService: service.id)
      padWidth = String(service.spec.replicas ?? 1).count
    } else if let task = try? cluster.state.resolveTask(ref) {
      tasks = [task]
      padWidth = String(task.slot).count
    } else {
      return .failure("no such task or service: \(ref)")
    }
    // docker interleaves the streams as they arrive; SwarmLab shows them grouped per task in
    // `service ps` order (slot, newest first), which is how the book's outputs read.
    tasks.sort { ($0.slot, $1.createdAt) < ($1.slot, $0.createdAt) }
    var request = LogRequest(
      sources: tasks.compactMap { task in
        task.containerID.map { LogSource(containerID: $0, taskID: task.id) }
      })
    request.padWidth = padWidth
    request.noTaskIDs = cmd.flags.bool("no-task-ids")
    request.noTrunc = cmd.flags.bool("no-trunc")
    request.raw = cmd.flags.bool("raw")
    return LogOptions.output(request, cmd, now: cluster.now)
  }
}

/// `--since` and `--tail` as docker parses them client-side.
enum LogOptions {
  enum Parsed { case success(SimTime?, Int?), failure(String) }

  /// The flags `service logs` and `container logs` share (`--since`, `--tail`,
  /// `--timestamps`, `--follow`) applied to a request, as the command's output.
  static func output(_ request: LogRequest, _ cmd: ParsedCommand, now: SimTime) -> CommandOutput {
    var request = request
    request.timestamps = cmd.flags.bool("timestamps")
    switch parse(since: cmd.flags.string("since"), tail: cmd.flags.string("tail"), now: now) {
    case .failure(let message): return .failure(message)
    case .success(let since, let tail):
      request.since = since
      request.tail = tail
    }
    return CommandOutput(
      items: [.logs(request)] + (cmd.flags.bool("follow") ? [.follow(request)] : []))
  }

  static func parse(since: String?, tail: String?, now: SimTime) -> Parsed {
    var sinceTime: SimTime?
    if let since, !since.isEmpty {
      if let d = GoDurationParser.parse(since) {
        sinceTime = now - d
      } else if let t = SimTime.parseRFC3339(since) {
        sinceTime = t
      } else if let instant = unixTimestamp(since) {
        sinceTime = instant
      } else {
        return .failure(
          "invalid value for \"since\": failed to parse value as time or duration: \"\(since)\"")
      }
    }
    var tailCount: Int?
    if let tail, tail != "all" {
      guard let n = Int(tail) else { return .success(sinceTime, nil) }
      tailCount = n < 0 ? nil : n
    }
    return .success(sinceTime, tailCount)
  }

  /// docker's `SECONDS[.NANOS]` form (`parseTimestamp` in docker's api/types/time): whole
  /// seconds that fit an int64; anything else (`1e20`, `nan`) is not a time.
  static func unixTimestamp(_ text: String) -> SimTime? {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let seconds = Int64(parts[0]) else { return nil }
    var nanos: Int64 = 0
    if parts.count == 2 {
      let digits = parts[1].prefix(9)
      guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits) else {
        return nil
      }
      nanos = value * Int64("1000000000".dropLast(digits.count))!
    }
    return SimTime(
      nanos: seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow
        ? (seconds < 0 ? .min : .max)
        : seconds * 1_000_000_000 &+ nanos)
  }
}

/// `service ps --filter`: desired-state, id, name, node, label, service.
enum TaskFilter {
  static func apply(
    _ filters: [(key: String, value: String)], to tasks: [SwarmTask], _ cluster: Cluster
  ) throws(ControlError) -> [SwarmTask] {
    var result = tasks
    for (key, value) in filters {
      switch key {
      case "desired-state":
        guard let state = TaskState(apiName: value) else {
          throw .plain("Invalid desired-state filter: '\(value)'")
        }
        result = result.filter { $0.desiredState == state }
      case "id": result = result.filter { $0.id.hasPrefix(value) }
      case "name":
        result = result.filter { task in
          let name = cluster.state.services[task.serviceID]?.spec.name ?? ""
          return "\(name).\(task.slot)".hasPrefix(value) || name.hasPrefix(value)
        }
      case "node":
        result = result.filter { task in
          guard let node = task.nodeID.flatMap({ cluster.state.nodes[$0] }) else { return false }
          return node.id.hasPrefix(value) || node.hostname == value
        }
      case "service":
        result = result.filter { task in
          let service = cluster.state.services[task.serviceID]
          return task.serviceID.hasPrefix(value) || service?.spec.name == value
        }
      case "label":
        result = result.filter { LabelFilter.matches($0.template.containerLabels, value) }
      default: throw .plain("invalid filter '\(key)'")
      }
    }
    return result
  }
}
