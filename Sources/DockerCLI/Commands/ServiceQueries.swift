import DockerFormat
public import EngineAPI
import GoDurations

/// `docker service ls|ps|inspect|logs`: read-only views of services and their tasks.
enum ServiceQueries {
  /// `docker service ls`.
  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let services = try client.serviceList(
      ServiceListOptions(filters: cmd.flags.filters(), status: true))
    let format = ListFormat(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
    return CommandOutput(items: [.serviceList(services, format)])
  }

  /// `docker service ps SERVICE…`.
  static func tasks(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var serviceIDs: [String] = []
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        serviceIDs.append(try client.serviceInspect(ref, options: ServiceInspectOptions()).id)
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append(
          error.message.contains("is ambiguous")
            ? "multiple services found with provided prefix: \(ref)" : "no such service: \(ref)")
      }
    }
    var out = CommandOutput()
    if !serviceIDs.isEmpty {
      // The services join the learner's filters as docker does: the daemon lists the tasks of
      // any of them (a `--filter service=…` adds to the list) that pass the other filters.
      var filters = cmd.flags.filters()
      for id in serviceIDs { filters.add("service", id) }
      let tasks = try client.taskList(ListOptions(filters: filters))
      out.items.append(
        .taskList(tasks, TaskListFormat(cmd), try Names.lookup(&client), now: client.now))
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  /// `docker service inspect [--pretty] SERVICE…`.
  static func inspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var services: [Service] = []
    var missing: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        services.append(
          try client.serviceInspect(ref, options: ServiceInspectOptions(insertDefaults: true)))
      } catch {
        if error.isSwarmUnavailable { throw error }
        missing.append(ref)
      }
    }
    var out = CommandOutput()
    if cmd.flags.bool("pretty") {
      var names = ObjectNames()
      for network in try client.networkList(ListOptions()) {
        names.networks[network.id] = network.name
      }
      for service in services { out.items.append(.servicePretty(service, names, now: client.now)) }
      // `--pretty` prints the lookup error itself, not as an inspect status.
      if !missing.isEmpty {
        out.err(missing.map { "Error: no such service: \($0)" }.joined(separator: "\n"))
      }
    } else {
      let failures = missing.map { "Error: no such service: \($0)" }
      out.items.append(
        .inspect(
          InspectRequest(
            objects: services.map(InspectObject.service), format: cmd.flags.format,
            failures: failures)))
    }
    if !missing.isEmpty { out.exitCode = 1 }
    return out
  }

  /// `docker service logs SERVICE|TASK`.
  static func logs(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let ref = cmd.arguments[0]
    var format = LogFormat()
    let target: LogFollow.Target
    do throws(EngineError) {
      let service = try client.serviceInspect(ref, options: ServiceInspectOptions())
      target = .service(service.id)
      format.padWidth = String(service.spec.mode.replicated?.replicas ?? 1).count
    } catch {
      if error.isSwarmUnavailable { throw error }
      guard let task = try? client.taskInspect(ref) else {
        return .failure("no such task or service: \(ref)")
      }
      target = .task(task.id)
      format.padWidth = String(task.slot ?? 0).count
    }
    format.names = try Names.lookup(&client)
    for task in try client.taskList(ListOptions()) { format.names.slots[task.id] = task.slot ?? 0 }
    format.noTaskIDs = cmd.flags.bool("no-task-ids")
    format.noTrunc = cmd.flags.bool("no-trunc")
    format.raw = cmd.flags.bool("raw")
    return try LogOptions.output(LogFollow(target: target, format: format), cmd, &client)
  }
}

/// The flags `service logs` and `container logs` share (`--since`, `--tail`, `--timestamps`,
/// `--follow`), parsed once as docker's CLI does, then the request.
enum LogOptions {
  static func output<C: EngineClient>(_ follow: LogFollow, _ cmd: ParsedCommand, _ client: inout C)
    throws(EngineError) -> CommandOutput
  {
    var follow = follow
    follow.format.timestamps = cmd.flags.bool("timestamps")
    var options = LogsOptions()
    if let since = cmd.flags.string("since"), !since.isEmpty {
      guard let time = parseSince(since, now: client.now) else {
        return .failure(
          "invalid value for \"since\": failed to parse value as time or duration: \"\(since)\"")
      }
      options.since = unixText(time)
    }
    // Sent as typed: the daemon reads it (a container's logs take anything unparsable or
    // negative as all; swarmkit refuses a negative tail).
    if let tail = cmd.flags.string("tail"), !tail.isEmpty { options.tail = tail }
    let messages = try fetch(follow.target, options, &client)
    return CommandOutput(
      items: [.logs(messages, follow.format)] + (cmd.flags.bool("follow") ? [.follow(follow)] : []))
  }

  /// The lines of a log target, as `logs` and a follow read them.
  static func fetch<C: EngineClient>(
    _ target: LogFollow.Target, _ options: LogsOptions, _ client: inout C
  ) throws(EngineError) -> [LogMessage] {
    switch target {
    case .service(let id): try client.serviceLogs(id, options: options)
    case .task(let id): try client.taskLogs(id, options: options)
    case .container(let id): try client.containerLogs(id, options: options)
    }
  }

  /// docker's `GetTimestamp`: a duration before now, an RFC 3339 time, or Unix seconds. A time
  /// beyond what the clock can hold is "the far future", never a crash.
  static func parseSince(_ text: String, now: Timestamp) -> Timestamp? {
    if let d = try? GoDuration.parse(text) {
      let (value, overflow) = now.unixNanos.subtractingReportingOverflow(d.nanoseconds)
      return Timestamp(unixNanos: overflow ? Int64.min + 1 : value)
    }
    if let t = Timestamp(rfc3339: text) { return t }
    if let local = localTimeAsRFC3339(text), let t = Timestamp(rfc3339: local) { return t }
    if isDate(text) { return Timestamp(unixNanos: .max) }
    return unixTimestamp(text)
  }

  /// docker's `SECONDS[.NANOS]` form (`parseTimestamp` in docker's api/types/time): whole
  /// seconds that fit an int64; anything else (`1e20`, `nan`) is not a time.
  static func unixTimestamp(_ text: String) -> Timestamp? {
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
    let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    if overflow { return Timestamp(unixNanos: seconds < 0 ? Int64.min + 1 : .max) }
    return Timestamp(unixNanos: scaled &+ nanos)
  }

  /// docker's `GetTimestamp` also reads a date or a time without a zone in the client's zone
  /// (UTC here): `2020-11-20`, `2020-11-20T21`, `2020-11-20T21:14`, `2020-11-20T21:14:30`.
  static func localTimeAsRFC3339(_ text: String) -> String? {
    guard !text.contains(where: { "zZ+".contains($0) }),
      text.filter({ $0 == "-" }).count == 2
    else { return nil }
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts[0].count == 10, parts.count <= 2 else { return nil }
    guard parts.count == 2 else { return text + "T00:00:00Z" }
    switch parts[1].filter({ $0 == ":" }).count {
    case 0: return text + ":00:00Z"
    case 1: return text + ":00Z"
    default: return text + "Z"
    }
  }

  /// An RFC 3339 date too far from 1970 for nanoseconds (`9999-12-31T00:00:00Z`).
  private static func isDate(_ text: String) -> Bool {
    let chars = Array(text)
    return chars.count >= 20 && chars[4] == "-" && chars[7] == "-" && chars[10] == "T"
      && chars[0..<4].allSatisfy(\.isNumber)
  }

  /// `1605906870.000000000`: how the CLI sends times to the daemon.
  static func unixText(_ t: Timestamp) -> String {
    var seconds = t.unixNanos / 1_000_000_000
    var nanos = t.unixNanos % 1_000_000_000
    if nanos < 0 {
      nanos += 1_000_000_000
      seconds -= 1
    }
    let fraction = String(nanos)
    return "\(seconds)." + String(repeating: "0", count: 9 - fraction.count) + fraction
  }
}

extension DockerCommands {
  /// The lines a followed log (`logs -f`) wrote after `since`, as they print.
  public static func followLines<C: EngineClient>(
    _ follow: LogFollow, after since: Timestamp, _ client: inout C
  ) -> [(isStderr: Bool, text: String)] {
    let options = LogsOptions(since: LogOptions.unixText(since))
    let messages = (try? LogOptions.fetch(follow.target, options, &client)) ?? []
    return LogText.lines(messages, follow.format)
  }
}
