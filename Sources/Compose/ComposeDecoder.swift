import GoDurations
import OrderedCollections

/// Turns one validated compose document into typed values (docker's `loadSections`), with
/// docker's errors for values the schema lets through but the loader cannot read (a port
/// `80x:80`, a memory size `lots`).
struct ComposeDecoder {
  func project(_ document: YAMLValue, version: String) throws(ComposeError) -> ComposeProject {
    var project = ComposeProject(version: version)
    for (name, value) in document["services"]?.mappingEntries ?? [] {
      project.services.append(try service(name, value))
    }
    project.services.sort { $0.name < $1.name }
    for (name, value) in document["networks"]?.mappingEntries ?? [] {
      var network = ComposeNetwork()
      network.name = value["name"]?.scalarText
      network.driver = value["driver"]?.scalarText
      (network.isExternal, network.name) = external(value["external"], name: network.name)
      network.isInternal = value["internal"] == .bool(true)
      network.isAttachable = value["attachable"] == .bool(true)
      network.labels = stringMap(value["labels"])
      project.networks[name] = network
    }
    for (name, value) in document["volumes"]?.mappingEntries ?? [] {
      var volume = ComposeVolume()
      volume.name = value["name"]?.scalarText
      volume.driver = value["driver"]?.scalarText
      (volume.isExternal, volume.name) = external(value["external"], name: volume.name)
      volume.labels = stringMap(value["labels"])
      project.volumes[name] = volume
    }
    project.configs = fileObjects(document["configs"])
    project.secrets = fileObjects(document["secrets"])
    return project
  }

  private func fileObjects(_ section: YAMLValue?) -> OrderedDictionary<String, ComposeFileObject> {
    var objects: OrderedDictionary<String, ComposeFileObject> = [:]
    for (name, value) in section?.mappingEntries ?? [] {
      var object = ComposeFileObject()
      object.name = value["name"]?.scalarText
      object.file = value["file"]?.scalarText
      (object.isExternal, object.name) = external(value["external"], name: object.name)
      object.labels = stringMap(value["labels"])
      objects[name] = object
    }
    return objects
  }

  /// `external: true`, or the older `external: {name: X}` which also names the object.
  private func external(_ value: YAMLValue?, name: String?) -> (Bool, String?) {
    switch value {
    case .bool(let flag): return (flag, name)
    case .mapping: return (true, value?["name"]?.scalarText ?? name)
    default: return (false, name)
    }
  }

  func service(_ name: String, _ value: YAMLValue) throws(ComposeError) -> ComposeService {
    var service = ComposeService(name: name)
    service.image = value["image"]?.scalarText
    service.command = try words(value["command"])
    service.entrypoint = try words(value["entrypoint"])
    service.environment = environment(value["environment"])
    service.labels = stringMap(value["labels"])
    for item in value["ports"]?.listItems ?? [] {
      service.ports += try ComposeValues.ports(item)
    }
    switch value["networks"] {
    case .list(let names)?:
      for entry in names { service.networks[entry.scalarText ?? ""] = [] }
    case .mapping(let entries)?:
      for (network, options) in entries {
        service.networks[network] = options["aliases"]?.listItems?.compactMap(\.scalarText) ?? []
      }
    default: break
    }
    service.configs = (value["configs"]?.listItems ?? []).map(fileReference)
    service.secrets = (value["secrets"]?.listItems ?? []).map(fileReference)
    for item in value["volumes"]?.listItems ?? [] {
      service.volumes.append(try ComposeValues.mount(item))
    }
    if let check = value["healthcheck"] { service.healthcheck = try healthcheck(check) }
    if let deploy = value["deploy"] { service.deploy = try self.deploy(deploy) }
    service.hostname = value["hostname"]?.scalarText
    service.user = value["user"]?.scalarText
    service.workingDir = value["working_dir"]?.scalarText
    service.stopGracePeriod = try duration(value["stop_grace_period"])
    if case .bool(let tty)? = value["tty"] { service.tty = tty }
    if case .bool(let readOnly)? = value["read_only"] { service.readOnly = readOnly }
    return service
  }

  private func words(_ value: YAMLValue?) throws(ComposeError) -> [String]? {
    switch value {
    case .string(let text)?: return try ComposeValues.shellWords(text)
    case .list(let items)?: return items.map { $0.scalarText ?? "" }
    default: return nil
    }
  }

  private func environment(_ value: YAMLValue?) -> OrderedDictionary<String, String?> {
    var result: OrderedDictionary<String, String?> = [:]
    switch value {
    case .mapping(let entries)?:
      for (key, item) in entries { result[key] = .some(item.scalarText) }
    case .list(let items)?:
      for item in items {
        let text = item.scalarText ?? ""
        if let equals = text.firstIndex(of: "=") {
          result[String(text[..<equals])] = .some(String(text[text.index(after: equals)...]))
        } else {
          result[text] = .some(nil)
        }
      }
    default: break
    }
    return result
  }

  /// A `labels:` list or mapping; a label without a value is the empty string.
  func stringMap(_ value: YAMLValue?) -> OrderedDictionary<String, String> {
    var result: OrderedDictionary<String, String> = [:]
    for (key, item) in environment(value) { result[key] = item ?? "" }
    return result
  }

  private func fileReference(_ value: YAMLValue) -> ComposeFileReference {
    guard case .mapping = value else { return ComposeFileReference(source: value.scalarText ?? "") }
    var reference = ComposeFileReference(
      source: value["source"]?.scalarText ?? "", target: value["target"]?.scalarText)
    reference.uid = value["uid"]?.scalarText
    reference.gid = value["gid"]?.scalarText
    if case .int(let mode)? = value["mode"] { reference.mode = mode }
    return reference
  }

  private func healthcheck(_ value: YAMLValue) throws(ComposeError) -> ComposeHealthcheck {
    var check = ComposeHealthcheck()
    switch value["test"] {
    case .string(let text)?: check.test = ["CMD-SHELL", text]
    case .list(let items)?: check.test = items.map { $0.scalarText ?? "" }
    default: break
    }
    check.interval = try duration(value["interval"])
    check.timeout = try duration(value["timeout"])
    check.startPeriod = try duration(value["start_period"])
    if case .int(let retries)? = value["retries"] { check.retries = retries }
    check.disable = value["disable"] == .bool(true)
    return check
  }

  private func deploy(_ value: YAMLValue) throws(ComposeError) -> ComposeDeploy {
    var deploy = ComposeDeploy()
    deploy.mode = value["mode"]?.scalarText
    if case .int(let replicas)? = value["replicas"] { deploy.replicas = replicas }
    deploy.endpointMode = value["endpoint_mode"]?.scalarText
    deploy.labels = stringMap(value["labels"])
    let resources = value["resources"]
    deploy.limits = try self.resources(resources?["limits"], field: "Limits")
    deploy.reservations = try self.resources(resources?["reservations"], field: "Reservations")
    let placement = value["placement"]
    deploy.constraints = placement?["constraints"]?.listItems?.compactMap(\.scalarText) ?? []
    deploy.preferences =
      placement?["preferences"]?.listItems?.compactMap { $0["spread"]?.scalarText }
      .map { "spread=\($0)" } ?? []
    if case .int(let max)? = placement?["max_replicas_per_node"] { deploy.maxReplicasPerNode = max }
    if let update = value["update_config"] { deploy.updateConfig = try updateConfig(update) }
    if let rollback = value["rollback_config"] {
      deploy.rollbackConfig = try updateConfig(rollback)
    }
    if let restart = value["restart_policy"] {
      var policy = ComposeRestartPolicy()
      policy.condition = restart["condition"]?.scalarText
      policy.delay = try duration(restart["delay"])
      if case .int(let attempts)? = restart["max_attempts"] { policy.maxAttempts = attempts }
      policy.window = try duration(restart["window"])
      deploy.restartPolicy = policy
    }
    return deploy
  }

  private func resources(_ value: YAMLValue?, field: String) throws(ComposeError)
    -> ComposeResources
  {
    var resources = ComposeResources()
    resources.cpus = value?["cpus"]?.scalarText
    if let memory = value?["memory"]?.scalarText {
      guard let bytes = ComposeValues.ramInBytes(memory) else {
        throw .decoding("Deploy.Resources.\(field).memory", "invalid size: '\(memory)'")
      }
      resources.memoryBytes = bytes
    }
    return resources
  }

  private func updateConfig(_ value: YAMLValue) throws(ComposeError) -> ComposeUpdateConfig {
    var config = ComposeUpdateConfig()
    if case .int(let parallelism)? = value["parallelism"] { config.parallelism = parallelism }
    config.delay = try duration(value["delay"])
    config.failureAction = value["failure_action"]?.scalarText
    config.monitor = try duration(value["monitor"])
    switch value["max_failure_ratio"] {
    case .int(let ratio)?: config.maxFailureRatio = Double(ratio)
    case .float(let ratio)?: config.maxFailureRatio = ratio
    default: break
    }
    config.order = value["order"]?.scalarText
    return config
  }

  /// The schema has already checked the format; Go's parser still refuses overflow.
  private func duration(_ value: YAMLValue?) throws(ComposeError) -> GoDuration? {
    guard let text = value?.scalarText else { return nil }
    do {
      return try GoDuration.parse(text)
    } catch {
      throw ComposeError(.load, error.message)
    }
  }
}
