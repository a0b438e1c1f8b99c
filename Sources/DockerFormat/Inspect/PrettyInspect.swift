public import SwarmCore

/// `docker service inspect --pretty` and `docker node inspect --pretty`: docker 20.10's fixed
/// templates with literal TABs (no tabwriter), rendered directly.
public enum PrettyInspect {
  /// One service block: a leading empty line, the fields, and an empty line after.
  public static func service(_ s: Service, _ cluster: Cluster) -> String {
    let spec = s.spec
    let t = spec.template
    var lines = ["", "ID:\t\t\(s.id)", "Name:\t\t\(spec.name)"]
    if !spec.labels.isEmpty {
      lines.append("Labels:")
      lines += spec.labels.map { " " + keyValue($0) }
    }
    switch spec.mode {
    case .global: lines.append("Service Mode:\tGlobal")
    case .replicated(let replicas):
      lines += ["Service Mode:\tReplicated", " Replicas:\t\(replicas)"]
    }
    if let status = s.updateStatus {
      lines += ["UpdateStatus:", " State:\t\t\(status.state.rawValue)"]
      lines.append(" Started:\t\(ago(status.startedAt, cluster.now))")
      if status.state == .completed, let completed = status.completedAt {
        lines.append(" Completed:\t\(ago(completed, cluster.now))")
      }
      lines.append(" Message:\t\(status.message)")
    }
    lines.append("Placement:")
    if !t.constraints.isEmpty { lines.append(" Constraints:\t\(goSlice(t.constraints))") }
    if !t.placementPreferences.isEmpty {
      lines.append(" Preferences:   \(goSlice(t.placementPreferences))")
    }
    if t.maxReplicasPerNode > 0 {
      lines.append(" Max Replicas Per Node:   \(t.maxReplicasPerNode)")
    }
    lines += policy("UpdateConfig", "Update order:      ", spec.update)
    lines += policy("RollbackConfig", "Rollback order:    ", spec.rollback)
    lines += ["ContainerSpec:", " Image:\t\t\(t.resolvedImage)"]
    if !t.args.isEmpty { lines.append(" Args:\t\t" + t.args.map { $0 + " " }.joined()) }
    if !t.env.isEmpty { lines.append(" Env:\t\t" + t.env.map { $0 + " " }.joined()) }
    if let dir = t.workdir, !dir.isEmpty { lines.append(" Dir:\t\t\(dir)") }
    lines.append(" Init:\t\tfalse")
    if let user = t.user, !user.isEmpty { lines.append(" User: \(user)") }
    lines.append("Resources:")
    if !t.networks.isEmpty {
      // The 20.10 CLI resolves network IDs to names for this view.
      let names = t.networks.map { InspectEncoding.networkName($0, cluster) }
      lines.append("Networks:" + names.map { " " + $0 }.joined() + " ")
    }
    lines.append("Endpoint Mode:\t\(spec.endpointMode)")
    // docker shows the endpoint's ports here: the numbers the swarm actually published.
    if !s.endpointPorts.isEmpty {
      lines.append("Ports:")
      for p in s.endpointPorts {
        lines += [
          " PublishedPort = \(p.publishedPort)", "  Protocol = \(p.protocolName)",
          "  TargetPort = \(p.targetPort)", "  PublishMode = \(p.publishMode)",
        ]
      }
      lines[lines.count - 1] += " "
    }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// One node block, ending in a single newline.
  public static func node(_ n: Node, _ cluster: Cluster) -> String {
    var lines = ["ID:\t\t\t\(n.id)"]
    if !n.labels.isEmpty {
      lines.append("Labels:")
      lines += n.labels.map { " - " + keyValue($0) }
    }
    lines += [
      "Hostname:              \t\(n.hostname)",
      "Joined at:             \t\(goTimeString(n.createdAt).lowercased())",
      "Status:",
      " State:\t\t\t\(capitalized(n.state.rawValue))",
    ]
    if n.state == .down { lines.append(" Message:\t\theartbeat failure") }
    lines += [
      " Availability:         \t\(capitalized(n.availability.rawValue))",
      " Address:\t\t\(n.address)",
    ]
    if n.role == .manager {
      lines += [
        "Manager Status:",
        " Address:\t\t\(n.address):2377",
        " Raft Status:\t\t\(n.managerReachable ? "Reachable" : "Unreachable")",
        " Leader:\t\t\(n.isLeader ? "Yes" : "No")",
      ]
    }
    lines += [
      "Platform:", " Operating System:\tlinux", " Architecture:\t\tx86_64",
      "Resources:", " CPUs:\t\t\t\(n.cpus)",
      " Memory:\t\t\(ByteSize.binary(Double(n.memoryBytes)))",
      "Plugins:",
    ]
    lines += InspectEncoding.enginePlugins.map {
      " \($0.type):\t\t" + $0.names.joined(separator: ", ")
    }
    lines.append("Engine Version:\t\t\(n.engineVersion)")
    if let swarm = cluster.state.swarm {
      let cert = SwarmCertificate(swarm: swarm)
      lines += ["TLS Info:", " TrustRoot:", cert.trustRoot]
      lines += [
        " Issuer Subject:\t\(cert.issuerSubject)", " Issuer Public Key:\t\(cert.issuerPublicKey)",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func policy(_ title: String, _ orderLabel: String, _ u: UpdatePolicy) -> [String] {
    var lines = [title + ":", " Parallelism:\t\(u.parallelism)"]
    if u.delay.nanos > 0 { lines.append(" Delay:\t\t\(GoDurationParser.format(u.delay))") }
    lines.append(" On failure:\t\(u.failureAction.rawValue)")
    if u.monitor.nanos > 0 {
      lines.append(" Monitoring Period: \(GoDurationParser.format(u.monitor))")
    }
    lines.append(" Max failure ratio: \(goFloat(u.maxFailureRatio))")
    lines.append(" " + orderLabel + u.order.rawValue)
    return lines
  }

  private static func keyValue(_ label: Label) -> String {
    label.value.isEmpty ? label.key : "\(label.key)=\(label.value)"
  }

  private static func ago(_ t: SimTime, _ now: SimTime) -> String {
    HumanDuration.string(now - t) + " ago"
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
  static func goTimeString(_ t: SimTime) -> String {
    let rfc = t.civil.rfc3339Nano  // 2020-11-20T21:14:30.5Z
    return String(rfc.dropLast().map { $0 == "T" ? " " : $0 }) + " +0000 UTC"
  }
}
