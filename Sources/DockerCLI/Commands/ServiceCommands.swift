import SwarmCore

/// `docker service create|update|scale|rollback|rm`: the commands that change services, and
/// wait for them to converge unless `--detach`.
enum ServiceCommands {
  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    try ControlAPI.requireManager(cluster)
    switch sub {
    case "create": return try create(cmd, &cluster)
    case "update": return try update(cmd, &cluster)
    case "scale": return try scale(cmd, &cluster)
    case "rollback": return try rollback(cmd.arguments[0], cmd, &cluster)
    default: return remove(cmd, &cluster)
    }
  }

  private static func create(_ cmd: ParsedCommand, _ cluster: inout Cluster) throws(ControlError)
    -> CommandOutput
  {
    var out = CommandOutput()
    let spec: ServiceSpec
    do {
      let built = try ServiceSpecBuilder.create(cmd, catalog: cluster.catalog)
      spec = built.0
      if let warning = built.warning { out.err(warning) }
    } catch {
      return .failure(error.message)
    }
    let service = try ControlAPI.createService(spec, &cluster)
    if cmd.flags.bool("detach") {
      out.out(service.id)
    } else {
      let report = ConvergenceWatcher.wait(serviceID: service.id, header: service.id, &cluster)
      out.items.append(.progress(report))
      if case .paused(let message) = report.outcome { out.fail(message) }
    }
    return out
  }

  private static func update(_ cmd: ParsedCommand, _ cluster: inout Cluster) throws(ControlError)
    -> CommandOutput
  {
    let ref = cmd.arguments[0]
    if cmd.flags.bool("rollback") {
      let allowed: Set<String> = ["rollback", "detach", "quiet"]
      if cmd.flags.occurrences.contains(where: { !allowed.contains($0.name) }) {
        return .failure("other flags may not be combined with --rollback")
      }
      return try rollback(ref, cmd, &cluster)
    }
    let service = try cluster.state.resolveService(ref)
    var out = CommandOutput()
    var warning: String?
    var invalid: String?
    let catalog = cluster.catalog
    try ControlAPI.updateService(service.id, &cluster) { spec throws(ControlError) in
      do throws(ServiceSpecBuilder.Invalid) {
        warning = try ServiceSpecBuilder.update(cmd, &spec, catalog: catalog)
      } catch {
        invalid = error.message
      }
    }
    if let invalid { return .failure(invalid) }
    if let warning { out.err(warning) }
    out.out(ref)
    return wait(service.id, header: nil, cmd, &cluster, into: out)
  }

  private static func rollback(_ ref: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    let service = try cluster.state.resolveService(ref)
    try ControlAPI.rollbackService(service.id, &cluster)
    var out = CommandOutput()
    out.out(ref)
    return wait(service.id, header: nil, cmd, &cluster, into: out)
  }

  private static func scale(_ cmd: ParsedCommand, _ cluster: inout Cluster) throws(ControlError)
    -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    var scaled: [String] = []
    for arg in cmd.arguments {
      let parts = arg.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty else {
        return .failure(
          "invalid scale specifier '\(arg)'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services"
        )
      }
      let (name, value) = (parts[0], parts[1])
      guard let replicas = UInt64(value) else {
        let allDigits = !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isNumber }
        errors.append(
          "\(name): invalid replicas value \(value): strconv.ParseUint: parsing \"\(value)\": \(allDigits ? "value out of range" : "invalid syntax")"
        )
        continue
      }
      do throws(ControlError) {
        let service = try cluster.state.resolveService(name)
        guard case .replicated = service.spec.mode else {
          errors.append("\(name): scale can only be used with replicated or replicated-job mode")
          continue
        }
        try ControlAPI.updateService(service.id, &cluster) {
          $0.mode = .replicated(replicas: Int(clamping: replicas))
        }
        out.out("\(name) scaled to \(replicas)")
        scaled.append(service.id)
      } catch {
        errors.append("\(name): \(error.daemonMessage)")
      }
    }
    if !cmd.flags.bool("detach") {
      for id in scaled {
        let report = ConvergenceWatcher.wait(serviceID: id, header: nil, &cluster)
        out.items.append(.progress(report))
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  private static func remove(_ cmd: ParsedCommand, _ cluster: inout Cluster) -> CommandOutput {
    var out = CommandOutput()
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(ControlError) {
        let service = try cluster.state.resolveService(ref)
        try ControlAPI.removeService(service.id, &cluster)
        out.out(ref)
      } catch {
        if case .notFound = error {
          errors.append("No such service: \(ref)")
        } else {
          errors.append(error.daemonMessage)
        }
      }
    }
    if !errors.isEmpty { out.fail("Error: " + errors.joined(separator: "\n")) }
    return out
  }

  private static func wait(
    _ id: String, header: String?, _ cmd: ParsedCommand, _ cluster: inout Cluster,
    into output: CommandOutput
  ) -> CommandOutput {
    var out = output
    guard !cmd.flags.bool("detach") else { return out }
    let report = ConvergenceWatcher.wait(serviceID: id, header: header, &cluster)
    out.items.append(.progress(report))
    if case .paused(let message) = report.outcome { out.fail(message) }
    return out
  }
}
