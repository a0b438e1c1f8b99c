/// Placement rules shared by the scheduler and the global orchestrator: a node is eligible
/// when it is ready and active and satisfies every `--constraint`.
enum Placement {
  static func accepts(_ node: Node, _ template: TaskTemplate) -> Bool {
    node.acceptsTasks && satisfiesConstraints(node, template)
  }

  static func satisfiesConstraints(_ node: Node, _ template: TaskTemplate) -> Bool {
    satisfies(node, template.placementConstraints)
  }

  /// Constraints parsed once (nil for text swarmkit rejects, which matches no node), for
  /// callers checking many nodes.
  static func satisfies(_ node: Node, _ constraints: [Constraint?]) -> Bool {
    constraints.allSatisfy { $0?.matches(node) ?? false }
  }
}

/// swarmkit's filter pipeline for one task: each node is checked by the filters in order and
/// counted against the first one it fails, so an unschedulable task can say why
/// (`no suitable node (scheduling constraints not satisfied on 2 nodes; 1 node not available
/// for new tasks)`: most failures first).
struct FilterPipeline {
  enum Filter: Int, CaseIterable {
    case ready, constraint, maxReplicas

    func explain(_ count: Int) -> String {
      let nodes = count == 1 ? "1 node" : "\(count) nodes"
      switch self {
      case .ready: return "\(nodes) not available for new tasks"
      case .constraint: return "scheduling constraints not satisfied on \(nodes)"
      case .maxReplicas: return "max replicas per node limit exceed"
      }
    }
  }

  let template: TaskTemplate
  let serviceID: String
  let load: NodeLoad
  private(set) var failures: [Int] = Array(repeating: 0, count: Filter.allCases.count)

  init(template: TaskTemplate, serviceID: String, load: NodeLoad) {
    self.template = template
    self.serviceID = serviceID
    self.load = load
  }

  /// Runs the filters on one node, recording the first that rejects it.
  mutating func admits(_ node: Node) -> Bool {
    for filter in Filter.allCases where !passes(filter, node) {
      failures[filter.rawValue] += 1
      return false
    }
    return true
  }

  private func passes(_ filter: Filter, _ node: Node) -> Bool {
    switch filter {
    case .ready: node.acceptsTasks
    case .constraint: Placement.satisfiesConstraints(node, template)
    case .maxReplicas:
      template.maxReplicasPerNode == 0
        || load.tasks(ofService: serviceID, on: node.id) < template.maxReplicasPerNode
    }
  }

  /// The scheduler's `Err` for a task no node admits.
  var explanation: String { Self.explanation(failures) }

  /// The `Err` for failure counts given in pipeline order.
  static func explanation(_ failures: [Int]) -> String {
    let reasons = Filter.allCases.filter { failures[$0.rawValue] > 0 }
      .sorted { (failures[$1.rawValue], $0.rawValue) < (failures[$0.rawValue], $1.rawValue) }  // ties: pipeline order
      .map { $0.explain(failures[$0.rawValue]) }
    return reasons.isEmpty
      ? "no suitable node" : "no suitable node (\(reasons.joined(separator: "; ")))"
  }
}
