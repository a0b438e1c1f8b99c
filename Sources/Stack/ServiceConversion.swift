import Compose
import EngineAPI
import GoDurations

/// One compose service as a swarm `ServiceSpec` (docker/cli `convert.Service`).
struct ServiceConversion {
  let project: ComposeProject
  let namespace: StackNamespace
  let objectIDs: StackConverter.ObjectIDs

  func spec(_ service: ComposeService) -> ServiceSpec {
    var container = ContainerSpec(image: service.image)
    container.command = service.entrypoint
    container.args = service.command
    container.hostname = service.hostname
    container.env = service.environment.map { key, value in value.map { "\(key)=\($0)" } ?? key }
      .sorted()
    container.dir = service.workingDir
    container.user = service.user
    container.labels = namespace.labels(
      Dictionary(uniqueKeysWithValues: service.labels.map { ($0, $1) }))
    container.tty = service.tty
    container.readOnly = service.readOnly
    container.stopGracePeriod = service.stopGracePeriod
    container.mounts = service.volumes.isEmpty ? nil : service.volumes.map(mount)
    container.healthcheck = service.healthcheck.map(healthcheck)
    container.secrets = service.secrets.isEmpty ? nil : service.secrets.map(secret)
    container.configs = service.configs.isEmpty ? nil : service.configs.map(config)

    let deploy = service.deploy
    var task = TaskSpec(containerSpec: container)
    task.resources = ResourceRequirements(
      limits: Limit(
        nanoCPUs: deploy.limits.cpus.flatMap(nanoCPUs), memoryBytes: deploy.limits.memoryBytes),
      reservations: Resources(
        nanoCPUs: deploy.reservations.cpus.flatMap(nanoCPUs),
        memoryBytes: deploy.reservations.memoryBytes))
    if let policy = deploy.restartPolicy {
      task.restartPolicy = RestartPolicy(
        condition: policy.condition, delay: policy.delay,
        maxAttempts: policy.maxAttempts.map(UInt64.init), window: policy.window)
    }
    task.placement = Placement(
      constraints: deploy.constraints,
      preferences: deploy.preferences.map {
        PlacementPreference(
          spread: SpreadOver(spreadDescriptor: String($0.dropFirst("spread=".count))))
      },
      maxReplicas: deploy.maxReplicasPerNode.map(UInt64.init))
    task.networks = networks(service)

    var labels = namespace.labels(Dictionary(uniqueKeysWithValues: deploy.labels.map { ($0, $1) }))
    labels[StackNamespace.imageLabel] = service.image ?? ""
    let mode: ServiceMode =
      deploy.mode == "global" ? .global : .replicated(UInt64(deploy.replicas ?? 1))
    let ports = service.ports.map { port in
      PortConfig(
        protocol: port.protocolName, targetPort: UInt32(port.target),
        publishedPort: port.published.map(UInt32.init), publishMode: port.mode)
    }
    .sorted { ($0.publishedPort ?? 0) < ($1.publishedPort ?? 0) }
    return ServiceSpec(
      name: namespace.scope(service.name), labels: labels, taskTemplate: task, mode: mode,
      updateConfig: deploy.updateConfig.map(updateConfig),
      rollbackConfig: deploy.rollbackConfig.map(updateConfig),
      endpointSpec: EndpointSpec(mode: deploy.endpointMode, ports: ports))
  }

  /// The service's networks by their real names, sorted, each with the short service name as
  /// an alias (how `todo-web` finds `todo-db`).
  private func networks(_ service: ComposeService) -> [NetworkAttachmentConfig] {
    let keys = service.networks.isEmpty ? ["default"] : Array(service.networks.keys)
    return keys.map { key in
      let declared = project.networks[key]
      let target = declared?.name ?? (declared?.isExternal == true ? key : namespace.scope(key))
      return NetworkAttachmentConfig(
        target: target, aliases: [service.name] + (service.networks[key] ?? []))
    }
    .sorted { ($0.target ?? "") < ($1.target ?? "") }
  }

  /// A named volume the stack declares gets the namespace label when a mount creates it
  /// (docker/cli's `convertVolumeToMount`); external ones and binds get none.
  private func mount(_ volume: ComposeMount) -> Mount {
    var source = volume.source
    var options: VolumeOptions?
    if volume.kind == .volume, let name = volume.source {
      let declared = project.volumes[name]
      source = declared?.name ?? (declared?.isExternal == true ? name : namespace.scope(name))
      if declared?.isExternal != true {
        let own = Dictionary(uniqueKeysWithValues: (declared?.labels ?? [:]).map { ($0, $1) })
        options = VolumeOptions(labels: namespace.labels(own))
      }
    }
    return Mount(
      type: volume.kind.rawValue, source: source, target: volume.target,
      readOnly: volume.readOnly ? true : nil, volumeOptions: options)
  }

  private func objectName(_ object: ComposeFileObject?, _ key: String) -> String {
    object?.name ?? (object?.isExternal == true ? key : namespace.scope(key))
  }

  private func secret(_ reference: ComposeFileReference) -> SecretReference {
    let name = objectName(project.secrets[reference.source], reference.source)
    return SecretReference(
      file: fileTarget(reference), secretID: objectIDs(.secret, name) ?? "", secretName: name)
  }

  private func config(_ reference: ComposeFileReference) -> ConfigReference {
    let name = objectName(project.configs[reference.source], reference.source)
    return ConfigReference(
      file: fileTarget(reference), configID: objectIDs(.config, name) ?? "", configName: name)
  }

  private func fileTarget(_ reference: ComposeFileReference) -> FileTarget {
    FileTarget(
      name: reference.target ?? reference.source, uid: reference.uid ?? "0",
      gid: reference.gid ?? "0", mode: UInt32(reference.mode ?? 0o444))
  }

  private func healthcheck(_ check: ComposeHealthcheck) -> HealthConfig {
    HealthConfig(
      test: check.disable ? ["NONE"] : check.test, interval: check.interval,
      timeout: check.timeout, startPeriod: check.startPeriod, retries: check.retries)
  }

  private func updateConfig(_ config: ComposeUpdateConfig) -> UpdateConfig {
    UpdateConfig(
      parallelism: UInt64(config.parallelism ?? 1), delay: config.delay,
      failureAction: config.failureAction, monitor: config.monitor,
      maxFailureRatio: config.maxFailureRatio ?? 0, order: config.order)
  }

  /// `"0.50"` → 500000000, as docker's `ParseCPUs` (a rational number of CPUs).
  private func nanoCPUs(_ text: String) -> Int64? {
    Double(text).map { Int64(($0 * 1e9).rounded()) }
  }
}
