import DockerFormat
import EngineAPI
import GoDurations

/// Turns `service create` / `service update` flags into an Engine API service spec, with
/// docker's validation messages. Shared so both commands read a flag the same way; each value
/// is parsed once, here, on the way in.
enum ServiceSpecBuilder {
  struct Invalid: Error {
    var message: String
    /// 125 for a flag value pflag refuses, 1 for the CLI's own checks.
    var code: Int32 = 1
  }

  /// Flags both commands honour: each changes the spec (and `service inspect` shows it).
  static let policyFlags: Set<String> = Set([
    "restart-condition", "restart-delay", "restart-max-attempts", "restart-window",
    "update-delay", "update-failure-action", "update-max-failure-ratio", "update-monitor",
    "update-order", "update-parallelism", "rollback-delay", "rollback-failure-action",
    "rollback-max-failure-ratio", "rollback-monitor", "rollback-order", "rollback-parallelism",
    "stop-grace-period",
  ]).union(healthFlags)

  /// `service create` flags SwarmLab simulates: the ones `create` reads, plus those that
  /// only change what the CLI prints or how long it waits. Any other is refused before
  /// anything changes (see `unsimulatedFlag`).
  static let createFlags: Set<String> = policyFlags.union([
    "constraint", "container-label", "endpoint-mode", "entrypoint", "env", "hostname", "label",
    "mode", "name", "network", "no-resolve-image", "placement-pref", "publish", "replicas",
    "replicas-max-per-node", "user", "workdir", "detach", "quiet", "config", "secret", "mount",
  ])

  /// `service update` flags SwarmLab simulates (as `createFlags`).
  static let updateFlags: Set<String> = policyFlags.union([
    "args", "constraint-add", "constraint-rm", "container-label-add", "container-label-rm",
    "endpoint-mode", "env-add", "env-rm", "force", "hostname", "image", "label-add", "label-rm",
    "network-add", "network-rm", "no-resolve-image", "placement-pref-add", "placement-pref-rm",
    "publish-add", "publish-rm", "replicas", "rollback", "user", "workdir", "detach", "quiet",
    "config-add", "config-rm", "secret-add", "secret-rm", "mount-add", "mount-rm",
  ])

  /// The first flag given that SwarmLab does not simulate, worded as SwarmLab refuses a
  /// command it does not simulate (exit 127): a flag is never parsed and dropped.
  static func unsimulatedFlag(_ cmd: ParsedCommand, command: String, simulated: Set<String>)
    -> CommandOutput?
  {
    if let flag = cmd.flags.occurrences.first(where: { !simulated.contains($0.name) }) {
      return .failure(
        "swarmlab: 'docker service \(command) --\(flag.name)' is not simulated in SwarmLab",
        code: 127)
    }
    return nil
  }

  /// A new spec from `service create` flags and arguments.
  static func create(_ cmd: ParsedCommand) throws(Invalid) -> ServiceSpec {
    let f = cmd.flags
    var container = ContainerSpec(image: cmd.arguments[0])
    if cmd.arguments.count > 1 { container.args = Array(cmd.arguments.dropFirst()) }
    container.env = nonEmpty(f.strings("env"))
    container.dir = f.string("workdir")
    container.user = f.string("user")
    container.hostname = f.string("hostname")
    if let entrypoint = f.string("entrypoint") {
      container.command = entrypoint.split(separator: " ").map(String.init)
    }
    let labels = try labelMap(f.strings("container-label"))
    container.labels = labels.isEmpty ? nil : labels
    var placement = Placement(
      constraints: nonEmpty(f.strings("constraint")),
      preferences: nonEmpty(f.strings("placement-pref").map(preference)))
    if let max = count(f, "replicas-max-per-node"), max > 0 { placement.maxReplicas = max }
    var task = TaskSpec(containerSpec: container, placement: placement)
    task.networks = nonEmpty(f.strings("network").map { NetworkAttachmentConfig(target: $0) })
    var spec = ServiceSpec(name: f.string("name") ?? "", taskTemplate: task)
    spec.labels = try labelMap(f.strings("label"))
    switch f.string("mode") ?? "replicated" {
    case "replicated":
      spec.mode = .replicated(replicas(f) ?? 1)
    case "global":
      if f.isSet("replicas") {
        throw Invalid(message: "replicas can only be used with replicated or replicated-job mode")
      }
      spec.mode = .global
    case "replicated-job", "global-job":
      throw Invalid(
        message:
          "swarmlab: 'docker service create --mode \(f.string("mode") ?? "")' is not simulated in SwarmLab",
        code: 127)
    case let other:
      throw Invalid(message: "Unknown mode: \(other), only replicated and global supported")
    }
    let ports = f.ports("publish")
    spec.endpointSpec = EndpointSpec(mode: f.string("endpoint-mode"), ports: nonEmpty(ports))
    try applyPolicies(f, &spec)
    return spec
  }

  /// Applies `service update` flags to the spec the Engine returned. `networkID` resolves a
  /// `--network-rm` name to the ID the spec stores.
  static func update(
    _ cmd: ParsedCommand, _ spec: inout ServiceSpec, networkID: (String) -> String?
  ) throws(Invalid) {
    let f = cmd.flags
    var c = spec.taskTemplate.containerSpec ?? ContainerSpec(image: nil)
    if let image = f.string("image") { c.image = image }
    if f.isSet("args") {
      c.args = nonEmpty((f.string("args") ?? "").split(separator: " ").map(String.init))
    }
    var env = c.env ?? []
    for key in f.strings("env-rm") { env.removeAll { $0 == key || $0.hasPrefix(key + "=") } }
    for pair in f.strings("env-add") {
      let key = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if let i = env.firstIndex(where: { $0 == key || $0.hasPrefix(key + "=") }) {
        env[i] = pair
      } else {
        env.append(pair)
      }
    }
    c.env = nonEmpty(env)
    for key in f.strings("label-rm") { spec.labels[key] = nil }
    spec.labels.merge(try labelMap(f.strings("label-add"))) { _, new in new }
    var containerLabels = c.labels ?? [:]
    for key in f.strings("container-label-rm") { containerLabels[key] = nil }
    containerLabels.merge(try labelMap(f.strings("container-label-add"))) { _, new in new }
    c.labels = containerLabels.isEmpty ? nil : containerLabels
    if let workdir = f.string("workdir") { c.dir = workdir }
    if let user = f.string("user") { c.user = user }
    if let hostname = f.string("hostname") { c.hostname = hostname }
    spec.taskTemplate.containerSpec = c
    if let mode = f.string("endpoint-mode") {
      var endpoint = spec.endpointSpec ?? EndpointSpec()
      endpoint.mode = mode
      spec.endpointSpec = endpoint
    }

    var placement = spec.taskTemplate.placement ?? Placement()
    var constraints = placement.constraints ?? []
    for text in f.strings("constraint-rm") { constraints.removeAll { $0 == text } }
    for text in f.strings("constraint-add") where !constraints.contains(text) {
      constraints.append(text)
    }
    placement.constraints = nonEmpty(constraints)
    var preferences = placement.preferences ?? []
    for text in f.strings("placement-pref-rm") {
      preferences.removeAll { $0 == preference(text) }
    }
    for text in f.strings("placement-pref-add") { preferences.append(preference(text)) }
    placement.preferences = nonEmpty(preferences)
    spec.taskTemplate.placement = placement

    var networks = (spec.taskTemplate.networks ?? []).compactMap(\.target)
    for name in f.strings("network-rm") {
      let id = networkID(name)
      networks.removeAll { $0 == name || $0 == id }
    }
    for name in f.strings("network-add") {
      let id = networkID(name)
      if !networks.contains(where: { $0 == name || $0 == id }) { networks.append(name) }
    }
    spec.taskTemplate.networks = nonEmpty(networks.map { NetworkAttachmentConfig(target: $0) })

    var ports = spec.endpointSpec?.ports ?? []
    // docker removes the ports with the target port (and protocol) of each `--publish-rm`
    // spec: `--publish-rm 8080` leaves `8080:80` alone.
    for removed in f.ports("publish-rm") {
      ports.removeAll {
        $0.targetPort == removed.targetPort
          && ($0.protocol ?? "tcp") == (removed.protocol ?? "tcp")
      }
    }
    for p in f.ports("publish-add") {
      ports.removeAll { $0.publishedPort == p.publishedPort && $0.protocol == p.protocol }
      ports.append(p)
    }
    var endpoint = spec.endpointSpec ?? EndpointSpec()
    endpoint.ports = nonEmpty(ports)
    spec.endpointSpec = endpoint

    if let replicas = replicas(f) {
      guard spec.mode.replicated != nil else {
        throw Invalid(message: "replicas can only be used with replicated mode")
      }
      spec.mode = .replicated(replicas)
    }
    if f.bool("force") { spec.taskTemplate.forceUpdate &+= 1 }
    try applyPolicies(f, &spec)
  }

  /// `--restart-*`, `--update-*`, `--rollback-*` and `--stop-grace-period` (only those given
  /// change the spec).
  private static func applyPolicies(_ f: FlagValues, _ spec: inout ServiceSpec) throws(Invalid) {
    var restart = spec.taskTemplate.restartPolicy
    func changeRestart(_ change: (inout RestartPolicy) -> Void) {
      var policy = restart ?? RestartPolicy(condition: "any")
      change(&policy)
      restart = policy
    }
    // The daemon judges the condition, the orders and the failure actions (its wording).
    if let c = f.string("restart-condition") { changeRestart { $0.condition = c } }
    if let d = f.durationNanos("restart-delay") {
      changeRestart { $0.delay = GoDuration(nanoseconds: d) }
    }
    if let n = count(f, "restart-max-attempts") { changeRestart { $0.maxAttempts = n } }
    if let w = f.durationNanos("restart-window") {
      changeRestart { $0.window = GoDuration(nanoseconds: w) }
    }
    spec.taskTemplate.restartPolicy = restart
    spec.updateConfig = try updatePolicy("update", f, spec.updateConfig)
    spec.rollbackConfig = try updatePolicy("rollback", f, spec.rollbackConfig)
    if let grace = f.durationNanos("stop-grace-period") {
      spec.taskTemplate.containerSpec?.stopGracePeriod = GoDuration(nanoseconds: grace)
    }
    if var container = spec.taskTemplate.containerSpec {
      try applyHealth(f, &container)
      spec.taskTemplate.containerSpec = container
    }
  }

  private static func updatePolicy(_ prefix: String, _ f: FlagValues, _ current: UpdateConfig?)
    throws(Invalid) -> UpdateConfig?
  {
    var policy = current
    func change(_ body: (inout UpdateConfig) -> Void) {
      var value = policy ?? UpdateConfig()
      body(&value)
      policy = value
    }
    if let p = count(f, "\(prefix)-parallelism") { change { $0.parallelism = p } }
    if let d = f.durationNanos("\(prefix)-delay") {
      change { $0.delay = d == 0 ? nil : GoDuration(nanoseconds: d) }
    }
    if let m = f.durationNanos("\(prefix)-monitor") {
      change { $0.monitor = m == 0 ? nil : GoDuration(nanoseconds: m) }
    }
    if let r = f.string("\(prefix)-max-failure-ratio"), let ratio = Double(r) {
      change { $0.maxFailureRatio = ratio }
    }
    if let a = f.string("\(prefix)-failure-action") { change { $0.failureAction = a } }
    if let o = f.string("\(prefix)-order") { change { $0.order = o } }
    return policy
  }

  /// `--replicas` (the daemon refuses more than the simulation can hold).
  private static func replicas(_ f: FlagValues) -> UInt64? { f.uint64("replicas") }

  /// A uint64 flag (`--restart-max-attempts`, parallelism), sent as typed.
  private static func count(_ f: FlagValues, _ name: String) -> UInt64? {
    f.uint64(name)
  }

  /// `spread=node.labels.zone`.
  private static func preference(_ text: String) -> PlacementPreference {
    PlacementPreference(
      spread: SpreadOver(
        spreadDescriptor: text.hasPrefix("spread=") ? String(text.dropFirst(7)) : text))
  }

  /// `key=value` pairs (a bare `key` has an empty value), later ones winning.
  private static func labelMap(_ pairs: [String]) throws(Invalid) -> [String: String] {
    var labels: [String: String] = [:]
    for pair in pairs {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      labels[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return labels
  }

  private static func nonEmpty<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }
}
