public import EngineAPI
public import GoTemplate

/// The rows of `config ls` and `secret ls` (`*config.configContext`, `*secret.secretContext`):
/// times as "2 minutes ago", labels as `k=v,k2=v2`.
public enum DataObjectContext {
  public static let configDefaultFormat =
    "table {{.ID}}\t{{.Name}}\t{{.CreatedAt}}\t{{.UpdatedAt}}"
  public static let secretDefaultFormat =
    "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}"
  public static let headers = [
    TemplateField("ID", .string("ID")), TemplateField("Name", .string("NAME")),
    TemplateField("Driver", .string("DRIVER")), TemplateField("CreatedAt", .string("CREATED")),
    TemplateField("UpdatedAt", .string("UPDATED")), TemplateField("Labels", .string("LABELS")),
  ]

  public static func row(_ config: Config, now: Timestamp) -> TemplateValue {
    .object(
      type: "*config.configContext",
      fields: [
        TemplateField("ID", .string(config.id)), TemplateField("Name", .string(config.spec.name)),
        TemplateField("CreatedAt", .string(ago(config.createdAt, now))),
        TemplateField("UpdatedAt", .string(ago(config.updatedAt, now))),
        TemplateField("Labels", .string(labels(config.spec.labels))),
      ])
  }

  public static func row(_ secret: Secret, now: Timestamp) -> TemplateValue {
    .object(
      type: "*secret.secretContext",
      fields: [
        TemplateField("ID", .string(secret.id)), TemplateField("Name", .string(secret.spec.name)),
        TemplateField("Driver", .string(secret.spec.driver?.name ?? "")),
        TemplateField("CreatedAt", .string(ago(secret.createdAt, now))),
        TemplateField("UpdatedAt", .string(ago(secret.updatedAt, now))),
        TemplateField("Labels", .string(labels(secret.spec.labels))),
      ])
  }

  static func ago(_ t: Timestamp, _ now: Timestamp) -> String {
    HumanDuration.since(t, now) + " ago"
  }

  /// Go's `k=v` list joined by commas, keys sorted (docker ranges over a map).
  static func labels(_ labels: [String: String]?) -> String {
    guard let labels else { return "" }
    return labels.keys.sorted().map { "\($0)=\(labels[$0]!)" }.joined(separator: ",")
  }
}

/// The row of `volume ls` (`*volume.volumeContext`). Size and links need `system df`'s usage
/// data, which `volume ls` never has: `N/A`.
public enum VolumeContext {
  public static let defaultFormat = "table {{.Driver}}\t{{.Name}}"
  public static let headers = [
    TemplateField("Name", .string("VOLUME NAME")), TemplateField("Driver", .string("DRIVER")),
    TemplateField("Scope", .string("SCOPE")), TemplateField("Mountpoint", .string("MOUNTPOINT")),
    TemplateField("Labels", .string("LABELS")), TemplateField("Links", .string("LINKS")),
    TemplateField("Size", .string("SIZE")),
  ]

  public static func row(_ volume: Volume) -> TemplateValue {
    .object(
      type: "*volume.volumeContext",
      fields: [
        TemplateField("Name", .string(volume.name)),
        TemplateField("Driver", .string(volume.driver)),
        TemplateField("Scope", .string(volume.scope)),
        TemplateField("Mountpoint", .string(volume.mountpoint)),
        TemplateField("Labels", .string(DataObjectContext.labels(volume.labels))),
        TemplateField("Links", .string("N/A")), TemplateField("Size", .string("N/A")),
      ])
  }
}
