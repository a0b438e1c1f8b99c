import DistributionReference
public import EngineAPI
public import GoTemplate

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

  public static func row(_ c: ContainerSummary, now: Timestamp, noTrunc: Bool) -> TemplateValue {
    var command = "\"\(c.command)\""
    if !noTrunc {
      let inner = c.command.count > 20 ? String(c.command.prefix(19)) + "…" : c.command
      command = "\"\(inner)\""
    }
    let created = c.createdAt
    return .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(noTrunc ? c.id : String(c.id.prefix(12)))),
        TemplateField(
          "Image", .string(noTrunc ? c.image : ImageReference(c.image).familiarAsGiven)),
        TemplateField("Command", .string(command)),
        TemplateField("CreatedAt", .string(goTime(created))),
        TemplateField("RunningFor", .string(HumanDuration.since(created, now) + " ago")),
        TemplateField("Ports", .string("")),
        TemplateField("State", .string(c.state)),
        TemplateField("Status", .string(c.status)),
        TemplateField("Size", .string("0B (virtual 0B)")),
        TemplateField(
          "Names", .string(c.names.map { String($0.drop { $0 == "/" }) }.joined(separator: ","))),
        TemplateField(
          "Labels",
          .string(c.labels.keys.sorted().map { "\($0)=\(c.labels[$0]!)" }.joined(separator: ","))),
        TemplateField("Mounts", .string("")),
        TemplateField("Networks", .string(c.networks.joined(separator: ","))),
        TemplateField("LocalVolumes", .string("0")),
      ])
  }

  /// Go's default `time.Time` text as docker prints `CreatedAt`: `2020-11-20 21:14:30 +0000 UTC`.
  static func goTime(_ t: Timestamp) -> String {
    let rfc = Timestamp(
      unixNanos: t.unixNanos - ((t.unixNanos % 1_000_000_000) + 1_000_000_000) % 1_000_000_000
    ).rfc3339Nano
    return String(rfc.dropLast().map { $0 == "T" ? " " : $0 }) + " +0000 UTC"
  }
}
