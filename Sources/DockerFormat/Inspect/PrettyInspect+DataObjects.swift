public import EngineAPI

/// `docker config inspect --pretty` and `docker secret inspect --pretty`: 20.10's templates,
/// with their odd mix of TABs and spaces (checked byte for byte on a real engine). A config
/// shows its data; a secret never has any to show.
extension PrettyInspect {
  public static func config(_ c: Config) -> String {
    var text = "ID:\t\t\t\(c.id)\nName:\t\t\t\(c.spec.name)\n" + labelBlock(c.spec.labels)
    text += "Created at:            \t\(lowerZoneTime(c.createdAt))\n"
    text += "Updated at:            \t\(lowerZoneTime(c.updatedAt))\n"
    return text + "Data:\n" + String(decoding: c.spec.bytes, as: UTF8.self) + "\n"
  }

  public static func secret(_ s: Secret) -> String {
    var text = "ID:              \(s.id)\nName:              \(s.spec.name)\n"
    text += labelBlock(s.spec.labels)
    text += "Driver:            \(s.spec.driver?.name ?? "")\n"
    text += "Created at:        \(lowerZoneTime(s.createdAt))\n"
    return text + "Updated at:        \(lowerZoneTime(s.updatedAt))\n"
  }

  /// ` - key=value` lines (just ` - key` for an empty value), keys sorted.
  static func labelBlock(_ labels: [String: String]) -> String {
    guard !labels.isEmpty else { return "" }
    return "Labels:\n"
      + labels.keys.sorted().map { key in
        " - " + key + (labels[key]!.isEmpty ? "" : "=" + labels[key]!) + "\n"
      }.joined()
  }

  /// Go's `time.Time.String()` as the config and secret templates print it: the zone
  /// lower-cased (`2020-11-20 21:14:30.123 +0000 utc`), unlike the service template's `UTC`.
  static func lowerZoneTime(_ t: Timestamp) -> String { goTimeString(t).lowercased() }
}
