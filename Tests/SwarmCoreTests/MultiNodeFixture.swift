@testable import SwarmCore

/// Builders shared by the multi-node suites: a Play-with-Docker style swarm and services.
enum MultiNodeFixture {
  /// node1…node5 joined as 3 managers and 2 workers, the shell on node1.
  static func threeManagersTwoWorkers() throws -> Cluster {
    var cluster = Cluster()
    try SwarmTemplate("3m2w")!.build(&cluster)
    return cluster
  }

  static func template(
    _ image: String = "diamol/ch12-timecheck:1.0", _ change: (inout TaskTemplate) -> Void = { _ in }
  ) -> TaskTemplate {
    var template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: .builtin) ?? image)
    change(&template)
    return template
  }

  @discardableResult
  static func service(
    _ name: String, replicas: Int? = 1, _ cluster: inout Cluster,
    _ change: (inout TaskTemplate) -> Void = { _ in }
  ) throws -> Service {
    var spec = ServiceSpec(name: name, template: template("diamol/ch12-timecheck:1.0", change))
    spec.mode = replicas.map { ServiceMode.replicated(replicas: $0) } ?? .global
    return try ControlAPI.createService(spec, &cluster)
  }

  /// Hostnames of the nodes running the service's runnable tasks, sorted.
  static func placement(_ service: Service, _ cluster: Cluster) -> [String] {
    cluster.state.tasks(ofService: service.id).filter { $0.isRunnable && $0.nodeID != nil }
      .compactMap { cluster.state.nodes[$0.nodeID!]?.hostname }.sorted()
  }

  static func node(_ hostname: String, _ cluster: Cluster) -> Node {
    cluster.state.nodes.values.first { $0.hostname == hostname }!
  }
}
