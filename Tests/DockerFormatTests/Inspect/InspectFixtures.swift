import GoTemplate
import SwarmCore

/// A one-node swarm with services built the way the command layer builds them.
enum InspectFixtures {
  static func swarm() throws -> Cluster {
    var c = Cluster()
    try ControlAPI.initSwarm(&c)
    return c
  }

  static func spec(_ name: String, image: String = "diamol/ch12-timecheck:1.0", replicas: Int = 1)
    -> ServiceSpec
  {
    let resolved = ControlAPI.resolveImage(image, catalog: .builtin) ?? image
    var spec = ServiceSpec(
      name: name, template: TaskTemplate(image: image, resolvedImage: resolved))
    spec.mode = .replicated(replicas: replicas)
    return spec
  }
}

extension TemplateValue {
  /// Field (or map key) names in order, as the JSON writes them (zero-valued fields the
  /// encoder keeps for templates, `omittedFromJSON`, left out).
  var names: [String] {
    switch self {
    case .object(_, let fields), .map(let fields): fields.filter { !$0.omittedFromJSON }.map(\.name)
    default: []
    }
  }

  var typeName: String? {
    if case .object(let type, _) = self { return type }
    return nil
  }

  /// Follows a dotted path through structs and maps (`Spec.TaskTemplate.ContainerSpec`).
  subscript(path: String) -> TemplateValue? {
    var current: TemplateValue? = self
    for part in path.split(separator: ".") {
      guard let value = current else { return nil }
      switch value {
      case .object(_, let fields), .map(let fields):
        current = fields.first { $0.name == part && !$0.omittedFromJSON }?.value
      case .array(let items):
        guard let i = Int(part), i < items.count else { return nil }
        current = items[i]
      default: return nil
      }
    }
    return current
  }
}
