public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// The engine plugins a Docker Desktop 20.10 node reports, by type, in the engine's order.
  static let enginePlugins: [(type: String, names: [String])] = [
    (
      "Log",
      [
        "awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file", "local", "logentries",
        "splunk", "syslog",
      ]
    ),
    ("Network", ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"]),
    ("Volume", ["local"]),
  ]

  /// `swarm.Node` as `docker node inspect` prints it.
  public static func node(_ n: Node, _ cluster: Cluster) -> TemplateValue {
    var f = FieldList()
    f.add("ID", .string(n.id))
    f.add("Version", version(n.id, nodeVersion(n)))
    f.add("CreatedAt", time(n.createdAt))
    f.add("UpdatedAt", time(n.updatedAt))
    f.add(
      "Spec",
      .object(
        type: "swarm.NodeSpec",
        fields: [
          TemplateField("Labels", labels(n.labels)),
          TemplateField("Role", .string(n.role.rawValue)),
          TemplateField("Availability", .string(n.availability.rawValue)),
        ]))
    f.add("Description", description(n, cluster))
    var status = FieldList()
    status.add("State", .string(n.state.rawValue))
    status.add("Message", omitEmpty: .string(n.state == .down ? "heartbeat failure" : ""))
    status.add("Addr", .string(n.address))
    f.add("Status", status.object("swarm.NodeStatus"))
    if n.role == .manager {
      var manager = FieldList()
      manager.add("Leader", omitEmpty: .bool(n.isLeader))
      manager.add("Reachability", .string(n.managerReachable ? "reachable" : "unreachable"))
      manager.add("Addr", .string(n.address + ":2377"))
      f.add("ManagerStatus", manager.object("*swarm.ManagerStatus"))
    }
    return f.object("swarm.Node")
  }

  /// Nodes are written on join, on each status report and on every spec change.
  private static func nodeVersion(_ n: Node) -> Int {
    n.updatedAt == n.createdAt ? 1 : 2 + Int((n.updatedAt - n.createdAt).seconds % 7)
  }

  static func description(_ n: Node, _ cluster: Cluster) -> TemplateValue {
    let plugins: [TemplateValue] = enginePlugins.flatMap { group in
      group.names.map { name in
        .object(
          type: "swarm.PluginDescription",
          fields: [
            TemplateField("Type", .string(group.type)), TemplateField("Name", .string(name)),
          ])
      }
    }
    var f = FieldList()
    f.add("Hostname", .string(n.hostname))
    f.add(
      "Platform",
      .object(
        type: "swarm.Platform",
        fields: [
          TemplateField("Architecture", .string("x86_64")), TemplateField("OS", .string("linux")),
        ]))
    f.add(
      "Resources",
      .object(
        type: "swarm.Resources",
        fields: [
          TemplateField("NanoCPUs", .int(Int64(n.cpus) * 1_000_000_000)),
          TemplateField("MemoryBytes", .int(n.memoryBytes)),
        ]))
    f.add(
      "Engine",
      .object(
        type: "swarm.EngineDescription",
        fields: [
          TemplateField("EngineVersion", .string(n.engineVersion)),
          TemplateField("Plugins", .array(plugins)),
        ]))
    if let swarm = cluster.state.swarm {
      f.add("TLSInfo", tlsInfo(SwarmCertificate(swarm: swarm)))
    }
    return f.object("swarm.NodeDescription")
  }

  static func tlsInfo(_ cert: SwarmCertificate) -> TemplateValue {
    .object(
      type: "swarm.TLSInfo",
      fields: [
        TemplateField("TrustRoot", .string(cert.trustRoot)),
        TemplateField("CertIssuerSubject", .string(cert.issuerSubject)),
        TemplateField("CertIssuerPublicKey", .string(cert.issuerPublicKey)),
      ])
  }
}
