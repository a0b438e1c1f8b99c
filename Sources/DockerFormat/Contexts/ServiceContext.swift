import DistributionReference
public import EngineAPI
public import GoTemplate

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

  public static func row(_ service: Service) -> TemplateValue {
    .object(
      type: typeName,
      fields: [
        TemplateField("ID", .string(String(service.id.prefix(12)))),
        TemplateField("Name", .string(service.spec.name ?? "")),
        TemplateField(
          "Mode", .string(service.spec.mode.replicated == nil ? "global" : "replicated")),
        TemplateField("Replicas", .string(replicas(service))),
        TemplateField(
          "Image",
          .string(ImageText.stripDigest(service.spec.taskTemplate.containerSpec?.image ?? ""))),
        TemplateField("Ports", .string(ports(service.endpoint.ports ?? []))),
      ])
  }

  /// `running/desired` from the Engine's `ServiceStatus`, plus docker's `(max N per node)`.
  static func replicas(_ service: Service) -> String {
    let status = service.serviceStatus
    let text = "\(status?.runningTasks ?? 0)/\(status?.desiredTasks ?? 0)"
    let max = service.spec.taskTemplate.placement?.maxReplicas ?? 0
    return max > 0 ? "\(text) (max \(max) per node)" : text
  }

  /// Ingress ports sorted by protocol then published port, consecutive ones as ranges.
  static func ports(_ ports: [PortConfig]) -> String {
    let ingress = ports.filter { $0.publishMode == "ingress" }
      .map {
        (proto: $0.protocol ?? "tcp", p: Int($0.publishedPort ?? 0), t: Int($0.targetPort ?? 0))
      }
      .sorted { ($0.proto, $0.p) < ($1.proto, $1.p) }
    var groups: [(p0: Int, p1: Int, t0: Int, t1: Int, proto: String)] = []
    for port in ingress {
      if var last = groups.last, last.proto == port.proto, port.p == last.p1 + 1,
        port.t == last.t1 + 1
      {
        last.p1 = port.p
        last.t1 = port.t
        groups[groups.count - 1] = last
      } else {
        groups.append((port.p, port.p, port.t, port.t, port.proto))
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
  public static func stripDigest(_ image: String) -> String { ImageReference(image).familiar }
}
