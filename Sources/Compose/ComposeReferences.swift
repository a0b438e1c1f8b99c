/// The checks docker 20.10 makes while converting services (`convert.Services`), in its order:
/// each service's secrets, configs, mode, volumes, resources and networks. A real deploy has
/// already created the stack's networks when these fail, so they carry the `convert` stage.
extension ComposeProject {
  /// Kinds of objects a compose file may name as `external` and that must then exist.
  public enum ExternalKind: Sendable { case secret, config }

  /// The first service whose references docker refuses, with docker's message
  /// (`service web: undefined network "app-net"`), or nil. `exists` answers whether an
  /// external secret or config of that name is in the swarm.
  public func referenceError(exists: (ExternalKind, String) -> Bool = { _, _ in true })
    -> ComposeError?
  {
    for service in services {
      if let reason = problem(in: service, exists: exists) {
        return ComposeError(.convert, "service \(service.name): \(reason)")
      }
    }
    return nil
  }

  private func problem(in service: ComposeService, exists: (ExternalKind, String) -> Bool)
    -> String?
  {
    for reference in service.secrets {
      guard let secret = secrets[reference.source] else {
        return "undefined secret \(GoQuoted(reference.source))"
      }
      let name = secret.name ?? reference.source
      if secret.isExternal && !exists(.secret, name) { return "secret not found: \(name)" }
    }
    for reference in service.configs {
      guard let config = configs[reference.source] else {
        return "undefined config \(GoQuoted(reference.source))"
      }
      let name = config.name ?? reference.source
      if config.isExternal && !exists(.config, name) { return "config not found: \(name)" }
    }
    switch service.deploy.mode {
    case nil, "replicated": break
    case "global":
      if service.deploy.replicas != nil { return "replicas can only be used with replicated mode" }
    case let mode?: return "Unknown mode: \(mode)"
    }
    for mount in service.volumes where mount.kind == .volume {
      if let source = mount.source, volumes[source] == nil {
        return "undefined volume \(GoQuoted(source))"
      }
    }
    for cpus in [service.deploy.limits.cpus, service.deploy.reservations.cpus].compactMap({ $0 }) {
      if Double(cpus) == nil { return "failed to parse \(cpus) as a rational number" }
    }
    for network in service.networks.keys where network != "default" && networks[network] == nil {
      return "undefined network \(GoQuoted(network))"
    }
    return nil
  }
}
