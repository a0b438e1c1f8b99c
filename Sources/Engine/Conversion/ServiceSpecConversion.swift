public import EngineAPI
import GoDurations
public import SwarmCore

/// The one place that maps a service spec between the Engine API's shape and SwarmCore's:
/// every endpoint that takes or returns a spec goes through here, so a new spec field is
/// added in one place.
public enum ServiceSpecConversion {
  /// The API spec of a stored spec. With `insertDefaults` the restart, update and rollback
  /// policies and the stop grace period are filled in (what the CLI asks `service inspect`
  /// for); without, they appear only when they differ from swarmkit's defaults.
  public static func api(_ spec: SwarmCore.ServiceSpec, insertDefaults: Bool)
    -> EngineAPI.ServiceSpec
  {
    EngineAPI.ServiceSpec(
      name: spec.name, labels: labels(spec.labels),
      taskTemplate: taskSpec(spec.template, insertDefaults: insertDefaults, runtime: true),
      mode: spec.replicas.map { .replicated(UInt64($0)) } ?? .global,
      updateConfig: insertDefaults || spec.update != UpdatePolicy()
        ? updateConfig(spec.update) : nil,
      rollbackConfig: insertDefaults || spec.rollback != UpdatePolicy()
        ? updateConfig(spec.rollback) : nil,
      endpointSpec: EngineAPI.EndpointSpec(
        mode: spec.endpointMode, ports: nonEmpty(spec.ports.map(port))))
  }

  /// `swarm.TaskSpec` of a template; tasks store it without `Runtime`.
  public static func taskSpec(_ t: TaskTemplate, insertDefaults: Bool, runtime: Bool)
    -> TaskSpec
  {
    var container = ContainerSpec(image: t.resolvedImage)
    container.labels = t.containerLabels.isEmpty ? nil : labels(t.containerLabels)
    container.command = nonEmpty(t.command)
    container.args = nonEmpty(t.args)
    container.hostname = nonEmpty(t.hostname)
    container.env = nonEmpty(t.env)
    container.dir = nonEmpty(t.workdir)
    container.user = nonEmpty(t.user)
    container.`init` = false
    if insertDefaults || t.stopGracePeriod != .seconds(10) {
      container.stopGracePeriod = GoDuration(t.stopGracePeriod)
    }
    if let health = t.healthCheck {
      func duration(_ d: SimDuration) -> GoDuration? { d == .zero ? nil : GoDuration(d) }
      container.healthcheck = HealthConfig(
        test: nonEmpty(health.test), interval: duration(health.interval),
        timeout: duration(health.timeout), startPeriod: duration(health.startPeriod),
        retries: health.retries == 0 ? nil : health.retries)
    }
    FileAndMountConversion.fill(&container, from: t)
    container.dnsConfig = DNSConfig()
    container.isolation = "default"

    let restart: EngineAPI.RestartPolicy? =
      insertDefaults || t.restart != SwarmCore.RestartPolicy()
      ? EngineAPI.RestartPolicy(
        condition: t.restart.condition.rawValue, delay: GoDuration(t.restart.delay),
        maxAttempts: UInt64(t.restart.maxAttempts),
        window: t.restart.window == .zero ? nil : GoDuration(t.restart.window))
      : nil
    let preferences = t.placementPreferences.map { pref in
      PlacementPreference(
        spread: SpreadOver(
          spreadDescriptor: pref.hasPrefix("spread=") ? String(pref.dropFirst(7)) : pref))
    }
    // The CLI records the platforms of a manifest list it resolved; a bare (unresolved)
    // reference has none.
    let pinned = t.resolvedImage.lastIndex(of: "@").map {
      t.resolvedImage[$0...].hasPrefix("@sha256:")
    }
    let platforms =
      pinned == true ? ["amd64", "arm64"].map { Platform(architecture: $0, os: "linux") } : nil
    return TaskSpec(
      containerSpec: container, resources: FileAndMountConversion.resources(t),
      restartPolicy: restart,
      placement: Placement(
        constraints: nonEmpty(t.constraints), preferences: nonEmpty(preferences),
        maxReplicas: t.maxReplicasPerNode == 0 ? nil : UInt64(t.maxReplicasPerNode),
        platforms: platforms),
      networks: nonEmpty(FileAndMountConversion.networks(t)),
      forceUpdate: UInt64(t.forceUpdate), runtime: runtime ? "container" : nil)
  }

  static func updateConfig(_ u: UpdatePolicy) -> UpdateConfig {
    UpdateConfig(
      parallelism: UInt64(u.parallelism), delay: u.delay == .zero ? nil : GoDuration(u.delay),
      failureAction: u.failureAction.rawValue,
      monitor: u.monitor == .zero ? nil : GoDuration(u.monitor),
      maxFailureRatio: u.maxFailureRatio, order: u.order.rawValue)
  }

  public static func port(_ p: SwarmCore.PortConfig) -> EngineAPI.PortConfig {
    EngineAPI.PortConfig(
      protocol: p.protocolName, targetPort: p.targetPort == 0 ? nil : UInt32(p.targetPort),
      publishedPort: p.publishedPort == 0 ? nil : UInt32(p.publishedPort),
      publishMode: p.publishMode)
  }

  static func labels(_ labels: [Label]) -> [String: String] {
    Dictionary(labels.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  static func nonEmpty<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }
  static func nonEmpty(_ text: String?) -> String? { text?.isEmpty == false ? text : nil }
}

extension ServiceSpecConversion {
  /// A SwarmCore spec from an API spec, refusing what the simulation does not model (rather
  /// than storing a spec that silently does less than it says). `image` and `resolvedImage`
  /// are decided by the caller, which knows whether the registry was asked.
  static func core(_ spec: EngineAPI.ServiceSpec, image: String, resolvedImage: String)
    throws(EngineError) -> SwarmCore.ServiceSpec
  {
    let task = spec.taskTemplate
    let c = task.containerSpec ?? ContainerSpec(image: nil)
    try refuseUnsimulated(c)
    // moby's `convertMount`: the daemon names a mount type it does not know.
    for mount in c.mounts ?? [] where SwarmCore.Mount.Kind(rawValue: mount.type ?? "volume") == nil
    {
      throw .invalidParameter("invalid MountType: \"\(mount.type ?? "")\"")
    }
    var template = TaskTemplate(image: image, resolvedImage: resolvedImage)
    template.command = c.command ?? []
    template.args = c.args ?? []
    template.env = c.env ?? []
    template.containerLabels = sortedLabels(c.labels ?? [:])
    template.workdir = c.dir
    template.user = c.user
    template.hostname = c.hostname
    if let grace = c.stopGracePeriod { template.stopGracePeriod = SimDuration(grace) }
    if let health = c.healthcheck {
      // Settings without a test keep the image's test (`--health-interval` alone).
      var check = HealthCheck(test: health.test ?? [])
      if let interval = health.interval { check.interval = SimDuration(interval) }
      if let timeout = health.timeout { check.timeout = SimDuration(timeout) }
      if let start = health.startPeriod { check.startPeriod = SimDuration(start) }
      if let retries = health.retries { check.retries = retries }
      template.healthCheck = check
    }
    if let r = task.restartPolicy {
      if let condition = r.condition {
        guard let parsed = SwarmCore.RestartPolicy.Condition(rawValue: condition) else {
          throw .invalidParameter("invalid RestartCondition: \"\(condition)\"")
        }
        template.restart.condition = parsed
      }
      if let delay = r.delay { template.restart.delay = SimDuration(delay) }
      if let attempts = r.maxAttempts { template.restart.maxAttempts = count(attempts) }
      if let window = r.window { template.restart.window = SimDuration(window) }
    }
    if let p = task.placement {
      template.constraints = p.constraints ?? []
      template.placementPreferences = (p.preferences ?? []).compactMap {
        $0.spread.map { "spread=" + $0.spreadDescriptor }
      }
      template.maxReplicasPerNode = count(p.maxReplicas ?? 0)
    }
    template.networks = (task.networks ?? []).compactMap(\.target)
    FileAndMountConversion.apply(c, networks: task.networks, to: &template)
    FileAndMountConversion.apply(task.resources, to: &template)
    template.forceUpdate = count(task.forceUpdate)

    var core = SwarmCore.ServiceSpec(name: spec.name ?? "", template: template)
    core.labels = sortedLabels(spec.labels)
    if spec.mode.global != nil {
      core.mode = .global
    } else {
      // SwarmCore refuses more than it can simulate (ControlAPI.taskLimit), for every client.
      core.mode = .replicated(replicas: Int(clamping: spec.mode.replicated?.replicas ?? 1))
    }
    if let u = spec.updateConfig { core.update = try policy(u) }
    if let r = spec.rollbackConfig { core.rollback = try policy(r) }
    if let e = spec.endpointSpec {
      if let mode = e.mode, !mode.isEmpty {
        // moby's convert refuses an unknown mode.
        guard ["vip", "dnsrr"].contains(mode) else {
          throw .invalidParameter("invalid resolution mode: \"\(mode)\"")
        }
        core.endpointMode = mode
      }
      core.ports = (e.ports ?? []).map { p in
        SwarmCore.PortConfig(
          targetPort: Int(p.targetPort ?? 0), publishedPort: Int(p.publishedPort ?? 0),
          protocolName: p.protocol ?? "tcp", publishMode: p.publishMode ?? "ingress")
      }
    }
    return core
  }

  private static func policy(_ u: UpdateConfig) throws(EngineError) -> UpdatePolicy {
    var policy = UpdatePolicy()
    policy.parallelism = count(u.parallelism)
    policy.delay = u.delay.map(SimDuration.init) ?? .zero
    policy.monitor = u.monitor.map(SimDuration.init) ?? .zero
    policy.maxFailureRatio = u.maxFailureRatio
    if let action = u.failureAction, !action.isEmpty {
      guard let parsed = UpdatePolicy.FailureAction(rawValue: action) else {
        throw .invalidParameter("unrecognized update failure action \(action)")
      }
      policy.failureAction = parsed
    }
    if let order = u.order, !order.isEmpty {
      guard let parsed = UpdatePolicy.Order(rawValue: order) else {
        throw .invalidParameter("unrecognized update order \(order)")
      }
      policy.order = parsed
    }
    return policy
  }

  /// A count the API sends as uint64. docker accepts any; past Int.max none can differ in a
  /// simulation (no more attempts, workers or replicas than that ever happen), so it saturates.
  private static func count(_ value: UInt64) -> Int { Int(clamping: value) }

  private static func refuseUnsimulated(_ c: ContainerSpec) throws(EngineError) {
    let unsupported: [(String, Bool)] = [
      ("tty", c.tty == true),
      ("read-only", c.readOnly == true), ("stop-signal", c.stopSignal?.isEmpty == false),
      ("init", c.`init` == true),
    ]
    if let (name, _) = unsupported.first(where: { $0.1 }) {
      throw EngineError(
        statusCode: 501, message: "swarmlab: SwarmLab does not simulate container \(name)")
    }
  }

  static func sortedLabels(_ labels: [String: String]) -> [Label] {
    labels.keys.sorted().map { Label($0, labels[$0]!) }
  }
}
