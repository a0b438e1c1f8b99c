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

  /// Reads a `file:` config or secret (the path as the compose file gives it): its bytes, or
  /// docker's error text (`open /abs/path: no such file or directory`).
  public typealias FileReader = (_ path: String) -> Result<[UInt8], FileError>

  /// Why a `file:` could not be read, in docker's words.
  public struct FileError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
  }

  /// Deploys `project` through `client`: configs and secrets are looked up by name through
  /// the engine's endpoints (`external` ones must exist; `file:` ones are created from
  /// `readFile`, or left alone when they exist with the same data).
  public func deploy<Client: EngineClient>(
    _ project: ComposeProject, on client: inout Client,
    readFile: FileReader = { path in .failure(FileError("open \(path): no such file or directory"))
    }
  ) -> Outcome {
    var out = Outcome()
    var ids = (try? Self.objectIDs(&client)) ?? [:]
    var (plan, conversionError) = StackConverter.plan(project, namespace: namespace) {
      [ids] kind, name in ids[kind.rawValue + "/" + name]
    }
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
      // Secrets first, then configs, as 20.10 creates them.
      let files =
        plan.files.filter { $0.kind == .secret } + plan.files.filter { $0.kind == .config }
      if !files.isEmpty {
        for file in files {
          if let error = try createFileObject(file, &client, &out, readFile) {
            out.error = error
            return out
          }
        }
        ids = try Self.objectIDs(&client)
        (plan, conversionError) = StackConverter.plan(project, namespace: namespace) {
          [ids] kind, name in ids[kind.rawValue + "/" + name]
        }
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

  /// Creates a `file:` config or secret, or checks that the existing one holds the same data
  /// (swarm objects are immutable: 20.10's update of the data is refused with this message).
  /// Returns the error that stops the deploy.
  private func createFileObject<Client: EngineClient>(
    _ file: StackPlan.FileObject, _ client: inout Client, _ out: inout Outcome,
    _ readFile: FileReader
  ) throws(EngineError) -> String? {
    let data: [UInt8]
    switch readFile(file.file) {
    case .success(let bytes): data = bytes
    case .failure(let error): return error.message
    }
    let kind = file.kind.rawValue
    if file.kind == .config, let current = try? client.configInspect(file.name) {
      return current.spec.bytes == data ? nil : Self.immutable(kind, file.name)
    }
    if file.kind == .secret, (try? client.secretInspect(file.name)) != nil {
      // The daemon never returns a secret's data, so only a change it refuses shows.
      return nil
    }
    out.stdout.append("Creating \(kind) \(file.name)")
    do throws(EngineError) {
      if file.kind == .config {
        _ = try client.configCreate(ConfigSpec(name: file.name, labels: file.labels, bytes: data))
      } else {
        _ = try client.secretCreate(SecretSpec(name: file.name, labels: file.labels, bytes: data))
      }
    } catch {
      return "failed to create \(kind) \(file.name): \(error.daemonMessage)"
    }
    return nil
  }

  private static func immutable(_ kind: String, _ name: String) -> String {
    "failed to update \(kind) \(name): Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed"
  }

  /// Every config and secret ID by `kind/name`.
  static func objectIDs<Client: EngineClient>(_ client: inout Client) throws(EngineError)
    -> [String: String]
  {
    var ids: [String: String] = [:]
    for config in try client.configList(ListOptions()) {
      ids["config/" + config.spec.name] = config.id
    }
    for secret in try client.secretList(ListOptions()) {
      ids["secret/" + secret.spec.name] = secret.id
    }
    return ids
  }

  private var namespaceFilter: FilterArgs {
    FilterArgs([(key: "label", value: "\(StackNamespace.namespaceLabel)=\(namespace.name)")])
  }
}
