import SwarmCore

/// Turns `service create` / `service update` flags into spec changes, with docker's
/// validation messages. Shared so both commands read a flag the same way.
enum ServiceSpecBuilder {
  struct Invalid: Error { var message: String }

  /// A new spec from `service create` flags and arguments.
  static func create(_ cmd: ParsedCommand, catalog: ImageCatalog) throws(Invalid) -> (
    ServiceSpec, warning: String?
  ) {
    let image = cmd.arguments[0]
    let resolved = ControlAPI.resolveImage(image, catalog: catalog)
    var template = TaskTemplate(image: image, resolvedImage: resolved ?? image)
    if cmd.arguments.count > 1 {
      template.args = Array(cmd.arguments.dropFirst())
    }
    template.env = cmd.flags.strings("env")
    template.workdir = cmd.flags.string("workdir")
    template.user = cmd.flags.string("user")
    template.hostname = cmd.flags.string("hostname")
    if let entrypoint = cmd.flags.string("entrypoint") {
      template.command = entrypoint.split(separator: " ").map(String.init)
    }
    template.constraints = cmd.flags.strings("constraint")
    template.placementPreferences = cmd.flags.strings("placement-pref")
    template.maxReplicasPerNode = cmd.flags.int("replicas-max-per-node") ?? 0
    template.networks = cmd.flags.strings("network")
    for pair in cmd.flags.strings("container-label") { setLabel(pair, &template.containerLabels) }
    if let cmdText = cmd.flags.string("health-cmd") {
      template.healthCheck = HealthCheck(test: ["CMD-SHELL", cmdText])
    }
    let name = cmd.flags.string("name") ?? ""
    var spec = ServiceSpec(name: name, template: template)
    for pair in cmd.flags.strings("label") { setLabel(pair, &spec.labels) }
    switch cmd.flags.string("mode") ?? "replicated" {
    case "replicated":
      spec.mode = .replicated(replicas: Int(clamping: cmd.flags.uint64("replicas") ?? 1))
    case "global":
      if cmd.flags.isSet("replicas") {
        throw Invalid(message: "replicas can only be used with replicated or replicated-job mode")
      }
      spec.mode = .global
    case let other: throw Invalid(message: "invalid mode \"\(other)\"")
    }
    spec.ports = try cmd.flags.strings("publish").map { text throws(Invalid) in try port(text) }
    try applyPolicies(cmd, &spec)
    let warning = resolved == nil ? unpinnedWarning(image) : nil
    return (spec, warning)
  }

  /// Applies `service update` flags to an existing spec.
  static func update(_ cmd: ParsedCommand, _ spec: inout ServiceSpec, catalog: ImageCatalog)
    throws(Invalid) -> String?
  {
    var warning: String?
    let f = cmd.flags
    if let image = f.string("image") {
      let resolved = ControlAPI.resolveImage(image, catalog: catalog)
      spec.template.image = image
      spec.template.resolvedImage = resolved ?? image
      if resolved == nil { warning = unpinnedWarning(image) }
    }
    if f.isSet("args") {
      spec.template.args = (f.string("args") ?? "").split(separator: " ").map(String.init)
    }
    for key in f.strings("env-rm") {
      spec.template.env.removeAll { $0 == key || $0.hasPrefix(key + "=") }
    }
    for pair in f.strings("env-add") {
      let key = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if let i = spec.template.env.firstIndex(where: { $0 == key || $0.hasPrefix(key + "=") }) {
        spec.template.env[i] = pair
      } else {
        spec.template.env.append(pair)
      }
    }
    for key in f.strings("label-rm") { spec.labels.removeAll { $0.key == key } }
    for pair in f.strings("label-add") { setLabel(pair, &spec.labels) }
    for key in f.strings("container-label-rm") {
      spec.template.containerLabels.removeAll { $0.key == key }
    }
    for pair in f.strings("container-label-add") { setLabel(pair, &spec.template.containerLabels) }
    for c in f.strings("constraint-rm") { spec.template.constraints.removeAll { $0 == c } }
    for c in f.strings("constraint-add") where !spec.template.constraints.contains(c) {
      spec.template.constraints.append(c)
    }
    for n in f.strings("network-rm") { spec.template.networks.removeAll { $0 == n } }
    for n in f.strings("network-add") where !spec.template.networks.contains(n) {
      spec.template.networks.append(n)
    }
    for text in f.strings("publish-rm") {
      let target = Int(text.split(separator: ":").last?.split(separator: "/").first ?? "") ?? -1
      spec.ports.removeAll { $0.targetPort == target || $0.publishedPort == target }
    }
    for text in f.strings("publish-add") {
      let p = try port(text)
      spec.ports.removeAll {
        $0.publishedPort == p.publishedPort && $0.protocolName == p.protocolName
      }
      spec.ports.append(p)
    }
    if let replicas = f.uint64("replicas") {
      guard case .replicated = spec.mode else {
        throw Invalid(message: "replicas can only be used with replicated mode")
      }
      spec.mode = .replicated(replicas: Int(clamping: replicas))
    }
    if let workdir = f.string("workdir") { spec.template.workdir = workdir }
    if let user = f.string("user") { spec.template.user = user }
    if f.bool("force") { spec.template.forceUpdate += 1 }
    try applyPolicies(cmd, &spec)
    return warning
  }

  /// `--restart-*`, `--update-*` and `--rollback-*` flags (only those given change).
  private static func applyPolicies(_ cmd: ParsedCommand, _ spec: inout ServiceSpec) throws(Invalid)
  {
    let f = cmd.flags
    if let c = f.string("restart-condition") {
      guard let condition = RestartPolicy.Condition(rawValue: c) else {
        throw Invalid(message: "invalid RestartCondition: \(c)")
      }
      spec.template.restart.condition = condition
    }
    if let d = f.durationNanos("restart-delay") {
      spec.template.restart.delay = SimDuration(nanos: d)
    }
    if let n = f.uint64("restart-max-attempts") {
      spec.template.restart.maxAttempts = Int(clamping: n)
    }
    if let w = f.durationNanos("restart-window") {
      spec.template.restart.window = SimDuration(nanos: w)
    }
    try applyUpdatePolicy(prefix: "update", f, &spec.update)
    try applyUpdatePolicy(prefix: "rollback", f, &spec.rollback)
    if let grace = f.durationNanos("stop-grace-period") {
      spec.template.stopGracePeriod = SimDuration(nanos: grace)
    }
  }

  private static func applyUpdatePolicy(
    prefix: String, _ f: FlagValues, _ policy: inout UpdatePolicy
  ) throws(Invalid) {
    if let p = f.uint64("\(prefix)-parallelism") { policy.parallelism = Int(clamping: p) }
    if let d = f.durationNanos("\(prefix)-delay") { policy.delay = SimDuration(nanos: d) }
    if let m = f.durationNanos("\(prefix)-monitor") { policy.monitor = SimDuration(nanos: m) }
    if let r = f.string("\(prefix)-max-failure-ratio"), let ratio = Double(r) {
      policy.maxFailureRatio = ratio
    }
    if let a = f.string("\(prefix)-failure-action") {
      guard let action = UpdatePolicy.FailureAction(rawValue: a),
        prefix == "update" || action != .rollback
      else {
        throw Invalid(
          message: "invalid \(prefix == "update" ? "update" : "rollback") failure action \"\(a)\"")
      }
      policy.failureAction = action
    }
    if let o = f.string("\(prefix)-order") {
      guard let order = UpdatePolicy.Order(rawValue: o) else {
        throw Invalid(message: "invalid \(prefix) order \"\(o)\"")
      }
      policy.order = order
    }
  }

  /// `8010:80`, `8010:80/udp`, `80`, or `published=8010,target=80,protocol=tcp,mode=ingress`.
  static func port(_ text: String) throws(Invalid) -> PortConfig {
    if text.contains("=") {
      var published = 0, target = 0, proto = "tcp", mode = "ingress"
      for field in text.split(separator: ",") {
        let kv = field.split(separator: "=", maxSplits: 1).map(String.init)
        guard kv.count == 2 else {
          throw Invalid(message: "invalid field '\(field)' must be a key=value pair")
        }
        switch kv[0].lowercased() {
        case "published": published = Int(kv[1]) ?? 0
        case "target": target = Int(kv[1]) ?? 0
        case "protocol": proto = kv[1]
        case "mode": mode = kv[1]
        default: throw Invalid(message: "invalid field key \(kv[0])")
        }
      }
      guard target > 0 else { throw Invalid(message: "missing mandatory field \"target\"") }
      return PortConfig(
        targetPort: target, publishedPort: published, protocolName: proto, publishMode: mode)
    }
    let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
    let proto = parts.count > 1 ? parts[1] : "tcp"
    let numbers = parts[0].split(separator: ":").map(String.init)
    guard let target = Int(numbers.last ?? "") else {
      throw Invalid(message: "invalid port: \(text)")
    }
    let published = numbers.count > 1 ? Int(numbers[numbers.count - 2]) ?? 0 : 0
    return PortConfig(targetPort: target, publishedPort: published, protocolName: proto)
  }

  private static func setLabel(_ pair: String, _ labels: inout [Label]) {
    let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
      String.init)
    Label.set(parts[0], parts.count > 1 ? parts[1] : "", in: &labels)
  }

  /// The CLI's warning when it cannot pin an image to a digest (the image is not in the
  /// simulated registry), worded as docker 20.10 prints it.
  static func unpinnedWarning(_ image: String) -> String {
    """
    image \(image) could not be accessed on a registry to record
    its digest. Each node will access \(image) independently,
    possibly leading to different nodes running different
    versions of the image.

    """
  }
}
