import DockerFormat
import EngineAPI

/// `docker container ls|rm|stop|kill|start|restart|logs|inspect` on the current machine's
/// engine.
enum ContainerCommands {
  /// `docker container ls` (`docker ps`).
  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let f = cmd.flags
    // `-n 0` is no limit, as in the daemon (only a positive limit lists stopped containers).
    var limit = f.int("last").flatMap { $0 > 0 ? $0 : nil }
    if f.bool("latest") { limit = 1 }
    let containers = try client.containerList(
      ContainerListOptions(all: f.bool("all"), limit: limit, filters: f.filters()))
    let format = ListFormat(format: f.format, quiet: f.bool("quiet"), noTrunc: f.bool("no-trunc"))
    return CommandOutput(items: [.containerList(containers, format, now: client.now)])
  }

  /// `docker container rm CONTAINER…`.
  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let force = cmd.flags.bool("force")
    return each(cmd, &client, notFoundPrefixed: true, forced: force) {
      (ref, client) throws(EngineError) in
      try client.containerRemove(ref, force: force)
    }
  }

  /// `docker container stop CONTAINER…`.
  static func stop(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    each(cmd, &client) { (ref, client) throws(EngineError) in try client.containerStop(ref) }
  }

  /// `docker container kill CONTAINER…`.
  static func kill(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    each(cmd, &client) { (ref, client) throws(EngineError) in try client.containerKill(ref) }
  }

  /// `docker container start CONTAINER…`.
  static func start(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = each(cmd, &client) { (ref, client) throws(EngineError) in
      try client.containerStart(ref)
    }
    // docker names every container it could not start after the daemon's errors.
    if out.exitCode != 0 {
      let started = Set(out.items.compactMap { if case .stdout(let r) = $0 { r } else { nil } })
      let failed = cmd.arguments.filter { !started.contains($0) }
      out.fail("Error: failed to start containers: \(failed.joined(separator: ", "))")
    }
    return out
  }

  /// `docker container restart CONTAINER…`.
  static func restart(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    each(cmd, &client) { (ref, client) throws(EngineError) in
      try client.containerStop(ref)
      try client.containerStart(ref)
    }
  }

  /// One action per named container, each ref echoed on success and the daemon's errors
  /// gathered (`rm` words a missing container as `Error: No such container: …`; `rm -f`
  /// prints that but does not fail for it).
  private static func each(
    _ cmd: ParsedCommand, _ client: inout any EngineClient, notFoundPrefixed: Bool = false,
    forced: Bool = false,
    _ action: (String, inout any EngineClient) throws(EngineError) -> Void
  ) -> CommandOutput {
    var out = CommandOutput()
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        try action(ref, &client)
        out.out(ref)
      } catch {
        if forced && error.isNotFound {
          out.err("Error: \(error.message)")
          continue
        }
        errors.append(
          notFoundPrefixed && error.isNotFound ? "Error: \(error.message)" : error.daemonMessage)
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  /// `docker container logs CONTAINER`.
  static func logs(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let ref = cmd.arguments[0]
    let container: ContainerJSON
    do throws(EngineError) {
      container = try client.containerInspect(ref)
    } catch {
      return .failure("Error: No such container: \(ref)")
    }
    var format = LogFormat()
    format.prefixed = false
    return try LogOptions.output(
      LogFollow(target: .container(container.id), format: format), cmd, &client)
  }

  /// `docker container top CONTAINER`: docker's tabwriter (minimum width 20, padding 3);
  /// `ps` options after the container are not simulated.
  static func top(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    guard cmd.arguments.count == 1 else {
      return .failure(
        "swarmlab: 'docker container top' takes no ps options in SwarmLab (it lists the main process only)",
        code: 127)
    }
    let top = try client.containerTop(cmd.arguments[0])
    let rows = [top.titles] + top.processes
    var widths: [Int] = []
    for row in rows {
      for (i, cell) in row.dropLast().enumerated() {
        let width = max(20, cell.count + 3)
        if i < widths.count { widths[i] = max(widths[i], width) } else { widths.append(width) }
      }
    }
    var out = CommandOutput()
    for row in rows {
      var line = ""
      for (i, cell) in row.enumerated() {
        let pad = i < row.count - 1 ? widths[i] - cell.count : 0
        line += cell + String(repeating: " ", count: max(pad, 0))
      }
      out.out(line)
    }
    return out
  }

  /// `docker container inspect CONTAINER…`.
  static func inspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var objects: [InspectObject] = []
    var missing: [String] = []
    for ref in cmd.arguments {
      if let c = try? client.containerInspect(ref) {
        objects.append(.container(c))
      } else {
        missing.append(ref)
      }
    }
    let failures = missing.map { "Error: No such container: \($0)" }
    let request = InspectRequest(
      objects: objects, format: cmd.flags.format, failures: failures, statusWrapped: false)
    return CommandOutput(items: [.inspect(request)], exitCode: missing.isEmpty ? 0 : 1)
  }
}
