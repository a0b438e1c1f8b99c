import DockerFormat
import EngineAPI

/// `docker service create|update|scale|rollback|rm`: the commands that change services, and
/// wait for them to converge unless `--detach`.
enum ServiceCommands {
  /// `docker service create`.
  static func create(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = ServiceSpecBuilder.unsimulatedFlag(
      cmd, command: "create", simulated: ServiceSpecBuilder.createFlags)
    {
      return refusal
    }
    var spec: ServiceSpec
    let files: ServiceFileFlags.Values
    do throws(ServiceSpecBuilder.Invalid) {
      spec = try ServiceSpecBuilder.create(cmd)
      files = try ServiceFileFlags.values(cmd, command: "create")
    } catch {
      return .failure(error.message, code: error.code)
    }
    do throws(ServiceFileFlags.LookupFailure) {
      try ServiceFileFlags.applyCreate(files, &spec, &client)
    } catch {
      return try error.output()
    }
    // docker looks each network up before it sends the spec.
    for name in cmd.flags.strings("network") where !name.contains("=") {
      _ = try client.lookupNetwork(name)
    }
    let response = try client.serviceCreate(
      spec, options: ServiceCreateOptions(queryRegistry: !cmd.flags.bool("no-resolve-image")))
    var out = CommandOutput()
    for warning in response.warnings ?? [] { out.err(warning) }
    if cmd.flags.bool("detach") {
      out.out(response.id)
    } else {
      let report = ConvergenceWatcher.wait(serviceID: response.id, header: response.id, &client)
      // `-q` waits the same, but prints only the ID.
      if cmd.flags.bool("quiet") {
        out.out(response.id)
      } else {
        out.items.append(.progress(report))
      }
      if case .paused(let message) = report.outcome { out.fail(message) }
    }
    return out
  }

  /// `docker service update`.
  static func update(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let ref = cmd.arguments[0]
    if let refusal = ServiceSpecBuilder.unsimulatedFlag(
      cmd, command: "update", simulated: ServiceSpecBuilder.updateFlags)
    {
      return refusal
    }
    if cmd.flags.bool("rollback") {
      let allowed: Set<String> = ["rollback", "detach", "quiet"]
      if cmd.flags.occurrences.contains(where: { !allowed.contains($0.name) }) {
        return .failure("other flags may not be combined with --rollback")
      }
      return try rollback(ref, cmd, &client)
    }
    let service = try client.lookupService(ref)
    var spec = service.spec
    // docker looks each added network up first (its ID goes in the spec).
    for name in cmd.flags.strings("network-add") { _ = try client.lookupNetwork(name) }
    let networks = try client.networkList(ListOptions())
    let files: ServiceFileFlags.Values
    do throws(ServiceSpecBuilder.Invalid) {
      try ServiceSpecBuilder.update(cmd, &spec) { name in
        networks.first { $0.name == name || $0.id == name }?.id
      }
      files = try ServiceFileFlags.values(cmd, command: "update")
    } catch {
      return .failure(error.message, code: error.code)
    }
    do throws(ServiceFileFlags.LookupFailure) {
      try ServiceFileFlags.applyUpdate(files, cmd, &spec, &client)
    } catch {
      return try error.output()
    }
    let response = try client.serviceUpdate(
      service.id, version: service.version, spec: spec,
      options: ServiceUpdateOptions(queryRegistry: !cmd.flags.bool("no-resolve-image")))
    var out = CommandOutput()
    for warning in response.warnings ?? [] { out.err(warning) }
    out.out(ref)
    return wait(service.id, cmd, &client, into: out)
  }

  /// `docker service rollback SERVICE`.
  static func rollback(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    try rollback(cmd.arguments[0], cmd, &client)
  }

  private static func rollback(
    _ ref: String, _ cmd: ParsedCommand, _ client: inout any EngineClient
  ) throws(EngineError) -> CommandOutput {
    let service = try client.lookupService(ref)
    _ = try client.serviceUpdate(
      service.id, version: service.version, spec: service.spec,
      options: ServiceUpdateOptions(rollback: "previous"))
    var out = CommandOutput()
    out.out(ref)
    return wait(service.id, cmd, &client, into: out)
  }

  /// `docker service scale SERVICE=REPLICAS…`.
  static func scale(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    var scaled: [String] = []
    for arg in cmd.arguments {
      // 20.10 checks only for the `=`; an empty name or count fails further on, per service.
      let parts = arg.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      guard parts.count == 2 else {
        return .failure(
          "invalid scale specifier '\(arg)'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services"
        )
      }
      let (name, value) = (parts[0], parts[1])
      guard let replicas = UInt64(value) else {
        // Go's ParseUint: digits that overflow are out of range, anything else is bad syntax.
        let digits = !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isNumber }
        errors.append(
          "\(name): invalid replicas value \(value): strconv.ParseUint: parsing \"\(value)\": \(digits ? "value out of range" : "invalid syntax")"
        )
        continue
      }
      do throws(EngineError) {
        let service = try client.lookupService(name)
        guard service.spec.mode.replicated != nil else {
          errors.append("\(name): scale can only be used with replicated or replicated-job mode")
          continue
        }
        var spec = service.spec
        spec.mode = .replicated(replicas)
        _ = try client.serviceUpdate(
          service.id, version: service.version, spec: spec, options: ServiceUpdateOptions())
        out.out("\(name) scaled to \(replicas)")
        scaled.append(service.id)
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append("\(name): \(error.daemonMessage)")
      }
    }
    if !cmd.flags.bool("detach") {
      for id in scaled {
        let report = ConvergenceWatcher.wait(serviceID: id, header: nil, &client)
        out.items.append(.progress(report))
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  /// `docker service rm SERVICE…`.
  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        try client.serviceRemove(ref)
        out.out(ref)
      } catch {
        if error.isSwarmUnavailable { throw error }
        errors.append(error.isNotFound ? "Error: No such service: \(ref)" : error.daemonMessage)
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  private static func wait<C: EngineClient>(
    _ id: String, _ cmd: ParsedCommand, _ client: inout C, into output: CommandOutput
  ) -> CommandOutput {
    var out = output
    guard !cmd.flags.bool("detach") else { return out }
    let report = ConvergenceWatcher.wait(serviceID: id, header: nil, &client)
    if !cmd.flags.bool("quiet") { out.items.append(.progress(report)) }
    if case .paused(let message) = report.outcome { out.fail(message) }
    return out
  }
}
