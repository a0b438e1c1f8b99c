// TEMPORARY until the inspect branch lands. Delete on merge.
import GoTemplate
import SwarmCore

enum InspectEncoding {
  static func service(_ s: Service, _ c: Cluster) -> TemplateValue { .null }
  static func task(_ s: SwarmTask, _ c: Cluster) -> TemplateValue { .null }
  static func node(_ s: Node, _ c: Cluster) -> TemplateValue { .null }
  static func container(_ s: Container, _ c: Cluster) -> TemplateValue { .null }
  static func network(_ s: Network, _ c: Cluster) -> TemplateValue { .null }
  static func swarm(_ c: Cluster) -> TemplateValue { .null }
}
enum PrettyInspect {
  static func service(_ s: Service, _ c: Cluster) -> String { "" }
  static func node(_ s: Node, _ c: Cluster) -> String { "" }
}
enum SystemText {
  static func version(_ c: Cluster) -> String { "" }
  static func info(_ c: Cluster) -> String { "" }
}
