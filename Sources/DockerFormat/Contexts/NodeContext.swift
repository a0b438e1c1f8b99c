public import EngineAPI
public import GoTemplate

/// The row of `node ls` (`*node.nodeContext`).
public enum NodeContext {
  public static let typeName = "*node.nodeContext"
  public static let defaultFormat =
    "table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}"
  public static let headers = [
    TemplateField("ID", .string("ID")), TemplateField("Self", .string("")),
    TemplateField("Hostname", .string("HOSTNAME")), TemplateField("Status", .string("STATUS")),
    TemplateField("Availability", .string("AVAILABILITY")),
    TemplateField("ManagerStatus", .string("MANAGER STATUS")),
    TemplateField("EngineVersion", .string("ENGINE VERSION")),
    TemplateField("TLSStatus", .string("TLS STATUS")),
  ]

  public static func row(_ node: Node, selfID: String) -> TemplateValue {
    .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(node.id)),
        TemplateField("Self", .bool(node.id == selfID)),
        TemplateField("Hostname", .string(node.description.hostname ?? "")),
        TemplateField("Status", .string(pretty(node.status.state))),
        TemplateField("Availability", .string(pretty(node.spec.availability ?? ""))),
        TemplateField("ManagerStatus", .string(managerStatus(node))),
        TemplateField("EngineVersion", .string(node.description.engine.engineVersion ?? "")),
        TemplateField("TLSStatus", .string("Ready")),
      ])
  }

  static func managerStatus(_ node: Node) -> String {
    guard let manager = node.managerStatus else { return "" }
    if manager.leader == true { return "Leader" }
    return pretty(manager.reachability ?? "")
  }

  static func pretty(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

/// The row of `network ls` (`*network.networkContext`).
public enum NetworkContext {
  public static let typeName = "*network.networkContext"
  public static let defaultFormat = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}"
  public static let headers = [
    TemplateField("ID", .string("NETWORK ID")), TemplateField("Name", .string("NAME")),
    TemplateField("Driver", .string("DRIVER")), TemplateField("Scope", .string("SCOPE")),
    TemplateField("IPv6", .string("IPV6")), TemplateField("Internal", .string("INTERNAL")),
    TemplateField("Labels", .string("LABELS")), TemplateField("CreatedAt", .string("CREATED AT")),
  ]

  public static func row(_ network: NetworkResource, noTrunc: Bool) -> TemplateValue {
    .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(noTrunc ? network.id : String(network.id.prefix(12)))),
        TemplateField("Name", .string(network.name)),
        TemplateField("Driver", .string(network.driver)),
        TemplateField("Scope", .string(network.scope)),
        TemplateField("IPv6", .string("false")),
        TemplateField("Internal", .string(network.internal ? "true" : "false")),
        TemplateField(
          "Labels",
          .string(
            network.labels.keys.sorted().map { "\($0)=\(network.labels[$0]!)" }
              .joined(separator: ","))),
        TemplateField("CreatedAt", .string(ContainerContext.goTime(network.created))),
      ])
  }
}
