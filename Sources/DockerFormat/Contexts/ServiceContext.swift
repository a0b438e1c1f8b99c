public import GoTemplate
public import SwarmCore

/// The row docker's `service ls` formats (`*service.serviceContext`).
public enum ServiceContext {
  public static let typeName = "*service.serviceContext"
  public static let defaultFormat =
    "table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}"
  public static let headers = [
    TemplateField("ID", .string("ID")), TemplateField("Name", .string("NAME")),
    TemplateField("Mode", .string("MODE")), TemplateField("Replicas", .string("REPLICAS")),
    TemplateField("Image", .string("IMAGE")), TemplateField("Ports", .string("PORTS")),
  ]

  public static func row(_ service: Service, _ cluster: Cluster) -> TemplateValue {
    .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(String(service.id.prefix(12)))),
        TemplateField("Name", .string(service.spec.name)),
        TemplateField("Mode", .string(service.spec.replicas == nil ? "global" : "replicated")),
        TemplateField("Replicas", .string(replicas(service, cluster))),
        TemplateField("Image", .string(ImageText.stripDigest(service.spec.template.image))),
        TemplateField("Ports", .string(ports(service.endpointPorts))),
      ])
  }

  /// `running/desired`, plus docker's `(max N per node)` note.
  static func replicas(_ service: Service, _ cluster: Cluster) -> String {
    let tasks = cluster.state.tasks(ofService: service.id)
    let running = tasks.count { $0.status.state == .running }
    let desired = service.spec.replicas ?? tasks.count { $0.desiredState == .running }
    let max = service.spec.template.maxReplicasPerNode
    return max > 0 ? "\(running)/\(desired) (max \(max) per node)" : "\(running)/\(desired)"
  }

  /// Ingress ports sorted by protocol then published port, consecutive ones as ranges.
  static func ports(_ ports: [PortConfig]) -> String {
    let ingress = ports.filter { $0.publishMode == "ingress" }
      .sorted { ($0.protocolName, $0.publishedPort) < ($1.protocolName, $1.publishedPort) }
    var groups: [(p0: Int, p1: Int, t0: Int, t1: Int, proto: String)] = []
    for p in ingress {
      if var last = groups.last, last.proto == p.protocolName, p.publishedPort == last.p1 + 1,
        p.targetPort == last.t1 + 1
      {
        last.p1 = p.publishedPort
        last.t1 = p.targetPort
        groups[groups.count - 1] = last
      } else {
        groups.append(
          (p.publishedPort, p.publishedPort, p.targetPort, p.targetPort, p.protocolName))
      }
    }
    return groups.map { g in
      g.p0 == g.p1
        ? "*:\(g.p0)->\(g.t0)/\(g.proto)" : "*:\(g.p0)-\(g.p1)->\(g.t0)-\(g.t1)/\(g.proto)"
    }.joined(separator: ", ")
  }
}

/// Image reference helpers shared by the listings.
public enum ImageText {
  /// `name:tag@sha256:…` → `name:tag`; a reference without tag gets `:latest`, as docker's
  /// familiar form.
  public static func stripDigest(_ image: String) -> String {
    ImageReference(image).familiar
  }
}
