public import Compose
public import EngineAPI

/// `docker stack deploy` as docker/cli 20.10 runs it against an engine (`deployCompose`):
/// prune, networks (`Creating network X` for the missing ones), then every service of the file
/// in name order, created (`Creating service X`) or updated in place
/// (`Updating service X (id: ID)`, printed for every existing service; the swarm only replaces
/// the tasks of specs that changed). Lines go to stdout; warnings and errors are returned.
public struct StackDeployer {
  /// What a deploy printed and how it ended.
  public struct Outcome: Sendable, Equatable {
    public var stdout: [String] = []
    public var stderr: [String] = []
    /// The error that stopped the deploy (docker's text), nil on success.
    public var error: String?
  }

  public var namespace: StackNamespace
  public var prune = false

  public init(namespace: StackNamespace, prune: Bool = false) {
    self.namespace = namespace
    self.prune = prune
  }

  /// Deploys `project` through `client`. External configs and secrets are looked up by name
  /// with `objectIDs` (the engine's config and secret endpoints).
  public func deploy<Client: EngineClient>(
    _ project: ComposeProject, on client: inout Client,
    objectIDs: @escaping StackConverter.ObjectIDs
  ) -> Outcome {
    var out = Outcome()
    let (plan, conversionError) = StackConverter.plan(
      project, namespace: namespace, objectIDs: objectIDs)
    do {
      let existing = try client.serviceList(ServiceListOptions(filters: namespaceFilter))
      if prune {
        let wanted = Set(plan.services.compactMap(\.name))
        for service in existing.sorted(by: { ($0.spec.name ?? "") < ($1.spec.name ?? "") })
        where !wanted.contains(service.spec.name ?? "") {
          out.stdout.append("Removing service \(service.spec.name ?? "")")
          try client.serviceRemove(service.id)
        }
      }
      let networks = try client.networkList(ListOptions(filters: namespaceFilter))
      for name in plan.externalNetworks {
        let found = try client.networkList(ListOptions()).contains { $0.name == name }
        if !found {
          out.error =
            "network \"\(name)\" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed"
          return out
        }
      }
      for network in plan.networks
      where !networks.contains(where: { $0.name == network.request.name }) {
        out.stdout.append("Creating network \(network.request.name)")
        _ = try client.networkCreate(network.request)
      }
      if let conversionError {
        out.error = conversionError.message
        return out
      }
      for spec in plan.services {
        let name = spec.name ?? ""
        if let current = existing.first(where: { $0.spec.name == name }) {
          out.stdout.append("Updating service \(name) (id: \(current.id))")
          do {
            let response = try client.serviceUpdate(
              current.id, version: current.version, spec: spec, options: ServiceUpdateOptions())
            out.stderr += response.warnings ?? []
          } catch {
            out.error =
              "failed to update service \(name): Error response from daemon: \(error.message)"
            return out
          }
        } else {
          out.stdout.append("Creating service \(name)")
          do {
            let response = try client.serviceCreate(spec, options: ServiceCreateOptions())
            out.stderr += response.warnings ?? []
          } catch {
            out.error =
              "failed to create service \(name): Error response from daemon: \(error.message)"
            return out
          }
        }
      }
    } catch {
      out.error = error.message
    }
    return out
  }

  private var namespaceFilter: FilterArgs {
    FilterArgs([(key: "label", value: "\(StackNamespace.namespaceLabel)=\(namespace.name)")])
  }
}
