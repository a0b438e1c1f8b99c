public import GoTemplate
public import SwarmCore

/// The row of `container ls` (`*formatter.ContainerContext`).
public enum ContainerContext {
  public static let typeName = "*formatter.ContainerContext"
  public static let defaultFormat =
    "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
  public static let headers = [
    TemplateField("ID", .string("CONTAINER ID")), TemplateField("Image", .string("IMAGE")),
    TemplateField("Command", .string("COMMAND")), TemplateField("CreatedAt", .string("CREATED AT")),
    TemplateField("RunningFor", .string("CREATED")), TemplateField("Ports", .string("PORTS")),
    TemplateField("State", .string("STATE")), TemplateField("Status", .string("STATUS")),
    TemplateField("Size", .string("SIZE")), TemplateField("Names", .string("NAMES")),
    TemplateField("Labels", .string("LABELS")), TemplateField("Mounts", .string("MOUNTS")),
    TemplateField("Networks", .string("NETWORKS")),
    TemplateField("LocalVolumes", .string("LOCAL VOLUMES")),
  ]

  public static func row(_ c: Container, _ cluster: Cluster, noTrunc: Bool) -> TemplateValue {
    var command = "\"\(c.command)\""
    if !noTrunc {
      let inner = c.command.count > 20 ? String(c.command.prefix(19)) + "…" : c.command
      command = "\"\(inner)\""
    }
    let networks = networkNames(c, cluster)
    return .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(noTrunc ? c.id : String(c.id.prefix(12)))),
        TemplateField("Image", .string(noTrunc ? c.resolvedImage : ImageText.stripDigest(c.image))),
        TemplateField("Command", .string(command)),
        TemplateField("CreatedAt", .string(goTime(c.createdAt))),
        TemplateField(
          "RunningFor", .string(HumanDuration.string(cluster.now - c.createdAt) + " ago")),
        TemplateField("Ports", .string("")),
        TemplateField("State", .string(c.state.rawValue)),
        TemplateField("Status", .string(status(c, now: cluster.now))),
        TemplateField("Size", .string("0B (virtual 0B)")),
        TemplateField("Names", .string(c.name)),
        TemplateField(
          "Labels", .string(c.labels.map { "\($0.key)=\($0.value)" }.joined(separator: ","))),
        TemplateField("Mounts", .string("")),
        TemplateField("Networks", .string(networks)),
        TemplateField("LocalVolumes", .string("0")),
      ])
  }

  /// The daemon's STATUS text: `Up 4 minutes`, `Exited (137) 5 seconds ago`, `Created`.
  public static func status(_ c: Container, now: SimTime) -> String {
    switch c.state {
    case .created: return "Created"
    case .running: return "Up " + HumanDuration.string(now - (c.startedAt ?? c.createdAt))
    case .exited:
      return "Exited (\(c.exitCode ?? 0)) " + HumanDuration.string(now - (c.finishedAt ?? now))
        + " ago"
    }
  }

  static func networkNames(_ c: Container, _ cluster: Cluster) -> String {
    guard let taskID = c.taskID, let task = cluster.state.tasks[taskID] else { return "bridge" }
    let names = task.networkAddresses.compactMap { cluster.state.networks[$0.networkID]?.name }
    return names.isEmpty ? "bridge" : names.joined(separator: ",")
  }

  /// Go's default `time.Time` text as docker prints `CreatedAt`: `2020-11-20 21:14:30 +0000 UTC`.
  static func goTime(_ t: SimTime) -> String {
    let c = t.civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return
      "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000 UTC"
  }
}
