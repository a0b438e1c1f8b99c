public import Compose
public import EngineAPI

/// Turns a loaded compose project into the requests of a `docker stack deploy`, as docker/cli's
/// `cli/command/stack` and `cli/compose/convert` do for 20.10: networks named
/// `STACK_NAME` (or their `name:`), the `default` network for services naming none, services
/// labelled `com.docker.stack.namespace` and `com.docker.stack.image`, each service reachable on
/// its networks under its short name (`todo-db`), volumes prefixed with the stack, configs and
/// secrets referenced by the engine's IDs.
public enum StackConverter {
  /// The IDs of existing configs and secrets, by name (for the references' `ConfigID`).
  public typealias ObjectIDs = (_ kind: StackPlan.FileObject.Kind, _ name: String) -> String?

  /// Plans the deploy. Fails with docker's conversion errors (undefined networks, configs,
  /// secrets and volumes, unknown modes) after the networks are planned, as docker fails
  /// after creating them.
  public static func plan(
    _ project: ComposeProject, namespace: StackNamespace, objectIDs: @escaping ObjectIDs
  ) -> (plan: StackPlan, error: ComposeError?) {
    var plan = StackPlan()
    (plan.networks, plan.externalNetworks) = networks(project, namespace)
    for (kind, objects) in [
      (StackPlan.FileObject.Kind.secret, project.secrets), (.config, project.configs),
    ] {
      for (key, object) in objects where !object.isExternal {
        plan.files.append(
          StackPlan.FileObject(
            kind: kind, name: object.name ?? namespace.scope(key), file: object.file ?? "",
            labels: namespace.labels(
              Dictionary(uniqueKeysWithValues: object.labels.map { ($0, $1) }))))
      }
    }
    let exists: (ComposeProject.ExternalKind, String) -> Bool = { kind, name in
      objectIDs(kind == .secret ? .secret : .config, name) != nil
    }
    if let error = project.referenceError(exists: exists) { return (plan, error) }
    plan.services = project.services.map {
      ServiceConversion(project: project, namespace: namespace, objectIDs: objectIDs).spec($0)
    }
    return (plan, nil)
  }

  /// The networks the services use (`default` for a service naming none), sorted by key.
  static func networks(_ project: ComposeProject, _ namespace: StackNamespace)
    -> ([StackPlan.NetworkToCreate], [String])
  {
    var used: Set<String> = []
    for service in project.services {
      if service.networks.isEmpty { used.insert("default") }
      used.formUnion(service.networks.keys)
    }
    var create: [StackPlan.NetworkToCreate] = []
    var external: [String] = []
    for key in used.sorted() {
      let declared = project.networks[key]
      if let declared, declared.isExternal {
        external.append(declared.name ?? key)
        continue
      }
      var labels = namespace.labels()
      for (name, value) in declared?.labels ?? [:] { labels[name] = value }
      let request = NetworkCreateRequest(
        name: declared?.name ?? namespace.scope(key), driver: declared?.driver ?? "overlay",
        internal: declared?.isInternal ?? false, attachable: declared?.isAttachable ?? false,
        labels: labels)
      create.append(StackPlan.NetworkToCreate(key: key, request: request))
    }
    return (create, external)
  }
}
