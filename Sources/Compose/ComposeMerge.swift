import OrderedCollections

/// Merges the files of `docker stack deploy -c A -c B` as docker 20.10's loader does (mergo with
/// `WithOverride` and `WithAppendSlice`): a later file's set values replace earlier ones, maps
/// merge key by key, ports merge by published port (sorted by it), configs and secrets by source
/// (sorted by it), and every other list is **appended** — a second `command:` is added to the
/// first, as a real 20.10 client does (checked on the 20.10 engine).
enum ComposeMerge {
  static func merge(_ base: ComposeProject, _ override: ComposeProject) -> ComposeProject {
    var result = base
    for service in override.services {
      if let i = result.services.firstIndex(where: { $0.name == service.name }) {
        result.services[i] = merge(result.services[i], service)
      } else {
        result.services.append(service)
      }
    }
    result.services.sort { $0.name < $1.name }
    for (name, network) in override.networks { result.networks[name] = network }
    for (name, volume) in override.volumes { result.volumes[name] = volume }
    for (name, config) in override.configs { result.configs[name] = config }
    for (name, secret) in override.secrets { result.secrets[name] = secret }
    return result
  }

  static func merge(_ base: ComposeService, _ other: ComposeService) -> ComposeService {
    var s = base
    s.image = other.image ?? s.image
    s.command = appended(s.command, other.command)
    s.entrypoint = appended(s.entrypoint, other.entrypoint)
    s.environment.merge(other.environment) { _, new in new }
    s.labels.merge(other.labels) { _, new in new }
    s.ports = keyed(s.ports, other.ports, key: { $0.published ?? 0 })
    s.networks.merge(other.networks) { _, new in new }
    s.configs = keyed(s.configs, other.configs, key: \.source)
    s.secrets = keyed(s.secrets, other.secrets, key: \.source)
    s.volumes += other.volumes
    if let check = other.healthcheck {
      s.healthcheck = s.healthcheck.map { merge($0, check) } ?? check
    }
    s.deploy = merge(s.deploy, other.deploy)
    s.hostname = other.hostname ?? s.hostname
    s.user = other.user ?? s.user
    s.workingDir = other.workingDir ?? s.workingDir
    s.stopGracePeriod = other.stopGracePeriod ?? s.stopGracePeriod
    if other.tty == true { s.tty = true }
    if other.readOnly == true { s.readOnly = true }
    return s
  }

  private static func merge(_ base: ComposeHealthcheck, _ other: ComposeHealthcheck)
    -> ComposeHealthcheck
  {
    var h = base
    h.test = appended(h.test, other.test)
    h.interval = other.interval ?? h.interval
    h.timeout = other.timeout ?? h.timeout
    h.startPeriod = other.startPeriod ?? h.startPeriod
    h.retries = other.retries ?? h.retries
    h.disable = h.disable || other.disable
    return h
  }

  private static func merge(_ base: ComposeDeploy, _ other: ComposeDeploy) -> ComposeDeploy {
    var d = base
    d.mode = other.mode ?? d.mode
    d.replicas = other.replicas ?? d.replicas
    d.endpointMode = other.endpointMode ?? d.endpointMode
    d.labels.merge(other.labels) { _, new in new }
    d.limits.cpus = other.limits.cpus ?? d.limits.cpus
    d.limits.memoryBytes = other.limits.memoryBytes ?? d.limits.memoryBytes
    d.reservations.cpus = other.reservations.cpus ?? d.reservations.cpus
    d.reservations.memoryBytes = other.reservations.memoryBytes ?? d.reservations.memoryBytes
    d.constraints += other.constraints
    d.preferences += other.preferences
    d.maxReplicasPerNode = other.maxReplicasPerNode ?? d.maxReplicasPerNode
    d.updateConfig = merge(d.updateConfig, other.updateConfig)
    d.rollbackConfig = merge(d.rollbackConfig, other.rollbackConfig)
    if let policy = other.restartPolicy {
      var p = d.restartPolicy ?? ComposeRestartPolicy()
      p.condition = policy.condition ?? p.condition
      p.delay = policy.delay ?? p.delay
      p.maxAttempts = policy.maxAttempts ?? p.maxAttempts
      p.window = policy.window ?? p.window
      d.restartPolicy = p
    }
    return d
  }

  private static func merge(_ base: ComposeUpdateConfig?, _ other: ComposeUpdateConfig?)
    -> ComposeUpdateConfig?
  {
    guard let other else { return base }
    guard var u = base else { return other }
    u.parallelism = other.parallelism ?? u.parallelism
    u.delay = other.delay ?? u.delay
    u.failureAction = other.failureAction ?? u.failureAction
    u.monitor = other.monitor ?? u.monitor
    u.maxFailureRatio = other.maxFailureRatio ?? u.maxFailureRatio
    u.order = other.order ?? u.order
    return u
  }

  private static func appended(_ base: [String]?, _ other: [String]?) -> [String]? {
    guard let other else { return base }
    return (base ?? []) + other
  }

  /// docker's `mergeSlice`: when the base list is empty the override's list is taken as is;
  /// otherwise entries are keyed, the override's replace the base's, and the result is sorted.
  private static func keyed<Element, Key: Comparable>(
    _ base: [Element], _ other: [Element], key: (Element) -> Key
  ) -> [Element] {
    guard !base.isEmpty else { return other }
    var byKey: [(Key, Element)] = base.map { (key($0), $0) }
    for element in other {
      byKey.removeAll { $0.0 == key(element) }
      byKey.append((key(element), element))
    }
    return byKey.sorted { $0.0 < $1.0 }.map(\.1)
  }
}
