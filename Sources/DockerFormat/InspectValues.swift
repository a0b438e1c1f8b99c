import DockerCLI
import GoTemplate
import SwarmCore

/// Finds an inspected object and encodes it as the engine API value docker would receive.
enum InspectValues {
  static func value(_ kind: InspectRequest.Kind, _ id: String, _ cluster: Cluster) -> TemplateValue?
  {
    switch kind {
    case .service: cluster.state.services[id].map { InspectEncoding.service($0, cluster) }
    case .task: cluster.state.tasks[id].map { InspectEncoding.task($0, cluster) }
    case .node: cluster.state.nodes[id].map { InspectEncoding.node($0, cluster) }
    case .container: cluster.state.containers[id].map { InspectEncoding.container($0, cluster) }
    case .network: cluster.state.networks[id].map { InspectEncoding.network($0, cluster) }
    case .swarm: InspectEncoding.swarm(cluster)
    case .mixed:
      id.firstIndex(of: "/").flatMap { slash in
        InspectRequest.Kind(rawValue: String(id[..<slash])).flatMap { kind in
          value(kind, String(id[id.index(after: slash)...]), cluster)
        }
      }
    }
  }
}
