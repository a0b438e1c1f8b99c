public import EngineAPI
import GoDurations

/// `docker service inspect --pretty` and `docker node inspect --pretty`: docker 20.10's fixed
/// templates with literal TABs (no tabwriter), rendered directly.
public enum PrettyInspect {
  /// One service block: a leading empty line, the fields, and an empty line after.
  public static func service(_ s: Service, _ names: ObjectNames, now: Timestamp) -> String {
    let spec = s.spec
    let t = spec.taskTemplate
    let c = t.containerSpec ?? ContainerSpec(image: nil)
    var lines = ["", "ID:\t\t\(s.id)", "Name:\t\t\(spec.name ?? "")"]
    if !spec.labels.isEmpty {
      lines.append("Labels:")
      lines += spec.labels.keys.sorted().map { " " + keyValue($0, spec.labels[$0]!) }
    }
    if let replicated = spec.mode.replicated {
      lines += ["Service Mode:\tReplicated", " Replicas:\t\(replicated.replicas ?? 0)"]
    } else {
      lines.append("Service Mode:\tGlobal")
    }
    if let status = s.updateStatus {
      lines += ["UpdateStatus:", " State:\t\t\(status.state ?? "")"]
      if let started = status.startedAt { lines.append(" Started:\t\(ago(started, now))") }
      if status.state == "completed", let completed = status.completedAt {
        lines.append(" Completed:\t\(ago(completed, now))")
      }
      lines.append(" Message:\t\(status.message ?? "")")
    }
    lines.append("Placement:")
    let placement = t.placement ?? Placement()
    if let constraints = placement.constraints, !constraints.isEmpty {
      lines.append(" Constraints:\t\(goSlice(constraints))")
    }
    if let preferences = placement.preferences, !preferences.isEmpty {
      let texts = preferences.compactMap { $0.spread.map { "spread=" + $0.spreadDescriptor } }
      lines.append(" Preferences:   \(goSlice(texts))")
    }
    if let max = placement.maxReplicas, max > 0 {
      lines.append(" Max Replicas Per Node:   \(max)")
    }
    lines += policy("UpdateConfig", "Update order:      ", spec.updateConfig ?? UpdateConfig())
    lines += policy(
      "RollbackConfig", "Rollback order:    ", spec.rollbackConfig ?? UpdateConfig())
    lines += ["ContainerSpec:", " Image:\t\t\(c.image ?? "")"]
    if let args = c.args, !args.isEmpty {
      lines.append(" Args:\t\t" + args.map { $0 + " " }.joined())
    }
    if let env = c.env, !env.isEmpty { lines.append(" Env:\t\t" + env.map { $0 + " " }.joined()) }
    if let dir = c.dir, !dir.isEmpty { lines.append(" Dir:\t\t\(dir)") }
    lines.append(" Init:\t\tfalse")
    if let user = c.user, !user.isEmpty { lines.append(" User: \(user)") }
    lines.append("Resources:")
    lines += resources(t.resources)
    if let networks = t.networks, !networks.isEmpty {
      // The 20.10 CLI resolves network IDs to names for this view.
      let shown = networks.compactMap(\.target).map { names.networks[$0] ?? $0 }
      lines.append("Networks:" + shown.map { " " + $0 }.joined() + " ")
    }
    lines.append("Endpoint Mode:\t\(spec.endpointSpec?.mode ?? "vip")")
    // docker shows the endpoint's ports here: the numbers the swarm actually published.
    if let ports = s.endpoint.ports, !ports.isEmpty {
      lines.append("Ports:")
      for p in ports {
        lines += [
          " PublishedPort = \(p.publishedPort ?? 0)", "  Protocol = \(p.protocol ?? "tcp")",
          "  TargetPort = \(p.targetPort ?? 0)", "  PublishMode = \(p.publishMode ?? "")",
        ]
      }
      lines[lines.count - 1] += " "
    }
    if let health = c.healthcheck { lines += healthcheck(health) }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// The ` Reservations:` and ` Limits:` blocks of 20.10's template, each only when it holds
  /// a CPU or memory figure (CPUs as Go prints a float, memory in binary units: `75MiB`).
  static func resources(_ r: ResourceRequirements?) -> [String] {
    func cpus(_ nanos: Int64) -> String {
      let value = Double(nanos) / 1e9
      return value == value.rounded() ? String(Int64(value)) : "\(value)"
    }
    var lines: [String] = []
    let reserved = r?.reservations ?? Resources()
    if (reserved.nanoCPUs ?? 0) > 0 || (reserved.memoryBytes ?? 0) > 0 {
      lines.append(" Reservations:")
      if let n = reserved.nanoCPUs, n > 0 { lines.append("  CPU:\t\t\(cpus(n))") }
      if let m = reserved.memoryBytes, m > 0 {
        lines.append("  Memory:\t\(ByteSize.binary(Double(m)))")
      }
    }
    let limits = r?.limits ?? Limit()
    if (limits.nanoCPUs ?? 0) > 0 || (limits.memoryBytes ?? 0) > 0 || (limits.pids ?? 0) > 0 {
      lines.append(" Limits:")
      if let n = limits.nanoCPUs, n > 0 { lines.append("  CPU:\t\t\(cpus(n))") }
      if let m = limits.memoryBytes, m > 0 {
        lines.append("  Memory:\t\(ByteSize.binary(Double(m)))")
      }
      if let p = limits.pids, p > 0 { lines.append("  PIDs:\t\t\(p)") }
    }
    return lines
  }

  /// 20.10's ` Healthcheck:` block (zero values printed as such; the last test line ends in
  /// the space the template leaves).
  static func healthcheck(_ h: HealthConfig) -> [String] {
    let zero = GoDuration(nanoseconds: 0)
    var lines = [
      " Healthcheck:", "  Interval = \(h.interval ?? zero)", "  Retries = \(h.retries ?? 0)",
      "  StartPeriod =\t\(h.startPeriod ?? zero)", "  Timeout =\t\(h.timeout ?? zero)",
    ]
    if let tests = h.test, !tests.isEmpty {
      lines.append("  Tests:")
      lines += tests.map { "\t Test = \($0)" }
      lines[lines.count - 1] += " "
    }
    return lines
  }

  /// One node block, ending in a single newline.
  public static func node(_ n: Node) -> String {
    var lines = ["ID:\t\t\t\(n.id)"]
    if !n.spec.labels.isEmpty {
      lines.append("Labels:")
      lines += n.spec.labels.keys.sorted().map { " - " + keyValue($0, n.spec.labels[$0]!) }
    }
    lines += [
      "Hostname:              \t\(n.description.hostname ?? "")",
      "Joined at:             \t\(goTimeString(n.createdAt).lowercased())",
      "Status:",
      " State:\t\t\t\(capitalized(n.status.state))",
    ]
    if let message = n.status.message, !message.isEmpty { lines.append(" Message:\t\t\(message)") }
    lines += [
      " Availability:         \t\(capitalized(n.spec.availability ?? ""))",
      " Address:\t\t\(n.status.addr ?? "")",
    ]
    if let manager = n.managerStatus {
      lines += [
        "Manager Status:",
        " Address:\t\t\(manager.addr ?? "")",
        " Raft Status:\t\t\(capitalized(manager.reachability ?? ""))",
        " Leader:\t\t\(manager.leader == true ? "Yes" : "No")",
      ]
    }
    let resources = n.description.resources
    lines += [
      "Platform:", " Operating System:\t\(n.description.platform.os ?? "")",
      " Architecture:\t\t\(n.description.platform.architecture ?? "")",
      "Resources:", " CPUs:\t\t\t\((resources.nanoCPUs ?? 0) / 1_000_000_000)",
      " Memory:\t\t\(ByteSize.binary(Double(resources.memoryBytes ?? 0)))",
      "Plugins:",
    ]
    // The CLI groups plugins by type, in the order types first appear.
    var types: [String] = []
    var byType: [String: [String]] = [:]
    for plugin in n.description.engine.plugins ?? [] {
      let type = plugin.type ?? ""
      if byType[type] == nil { types.append(type) }
      byType[type, default: []].append(plugin.name ?? "")
    }
    lines += types.map { " \($0):\t\t" + byType[$0]!.joined(separator: ", ") }
    lines.append("Engine Version:\t\t\(n.description.engine.engineVersion ?? "")")
    if let tls = n.description.tlsInfo {
      lines += ["TLS Info:", " TrustRoot:", tls.trustRoot ?? ""]
      lines += [
        " Issuer Subject:\t\(tls.certIssuerSubject ?? "")",
        " Issuer Public Key:\t\(tls.certIssuerPublicKey ?? "")",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func policy(_ title: String, _ orderLabel: String, _ u: UpdateConfig) -> [String] {
    var lines = [title + ":", " Parallelism:\t\(u.parallelism)"]
    if let delay = u.delay, delay.nanoseconds > 0 { lines.append(" Delay:\t\t\(delay)") }
    lines.append(" On failure:\t\(u.failureAction ?? "pause")")
    if let monitor = u.monitor, monitor.nanoseconds > 0 {
      lines.append(" Monitoring Period: \(monitor)")
    }
    lines.append(" Max failure ratio: \(goFloat(u.maxFailureRatio))")
    lines.append(" " + orderLabel + (u.order ?? "stop-first"))
    return lines
  }

  private static func keyValue(_ key: String, _ value: String) -> String {
    value.isEmpty ? key : "\(key)=\(value)"
  }

  private static func ago(_ t: Timestamp, _ now: Timestamp) -> String {
    HumanDuration.since(t, now) + " ago"
  }

  /// Go's `%v` of a `[]string`: `[a b]`.
  private static func goSlice(_ items: [String]) -> String {
    "[" + items.joined(separator: " ") + "]"
  }

  /// Go's `%v` of a float: integral values without a fraction.
  static func goFloat(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }

  private static func capitalized(_ s: String) -> String {
    s.prefix(1).uppercased() + s.dropFirst()
  }

  /// Go's `Time.String()` in UTC: `2020-11-20 21:14:30.5 +0000 UTC`.
  static func goTimeString(_ t: Timestamp) -> String {
    let rfc = t.rfc3339Nano  // 2020-11-20T21:14:30.5Z
    return String(rfc.dropLast().map { $0 == "T" ? " " : $0 }) + " +0000 UTC"
  }
}
