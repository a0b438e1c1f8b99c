/// Picks a node for each pending task, as swarmkit's scheduler does: the nodes that pass
/// every filter (ready and active, constraints, `--replicas-max-per-node`) are ranked by the
/// placement preferences (the label value holding the fewest tasks of the service first),
/// then by the fewest tasks of the service, then the fewest tasks overall, then join order.
/// Only pending tasks are placed: a node that joins later gets nothing until tasks are
/// replaced (`service update --force`).
enum Scheduler {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    var changed = false
    var load = NodeLoad(cluster.state)
    let nodes = Array(cluster.state.nodes.values)
    for task in cluster.state.tasks.values where task.status.state == .pending {
      if task.desiredState > .running {
        cluster.state.tasks[task.id]?.setStatus(.shutdown, message: "shutdown", now: cluster.now)
        changed = true
        continue
      }
      let chosen: Node?
      let explanation: String
      if let fixed = task.nodeID {
        // Global tasks are made for one node and wait for it.
        chosen = nodes.first { $0.id == fixed && $0.state == .ready }
        explanation = "no suitable node (1 node not available for new tasks)"
      } else {
        var pipeline = FilterPipeline(
          template: task.template, serviceID: task.serviceID, load: load)
        let eligible = nodes.filter { pipeline.admits($0) }
        chosen = best(of: eligible, for: task, load: load, nodes: nodes)
        explanation = pipeline.explanation
      }
      guard let node = chosen else {
        if cluster.state.tasks[task.id]?.status.err != explanation {
          cluster.state.tasks[task.id]?.status.err = explanation
          changed = true
        }
        continue
      }
      load.add(serviceID: task.serviceID, node: node.id)
      cluster.state.tasks[task.id]?.nodeID = node.id
      cluster.state.tasks[task.id]?.setStatus(
        .assigned, message: "scheduler assigned task to node", now: cluster.now)
      changed = true
    }
    return changed
  }

  /// The preferred node among eligible ones; ties keep join order.
  static func best(of eligible: [Node], for task: SwarmTask, load: NodeLoad, nodes: [Node]) -> Node?
  {
    let preferences = task.template.placementPreferences.compactMap(SpreadPreference.init)
    func rank(_ node: Node) -> [Int] {
      preferences.map {
        $0.tasks(ofService: task.serviceID, inGroupOf: node, nodes: nodes, load: load)
      }
        + [load.tasks(ofService: task.serviceID, on: node.id), load.tasks(on: node.id)]
    }
    return eligible.min { rank($0).lexicographicallyPrecedes(rank($1)) }
  }
}

/// Tasks counted per node (all services) and per service and node. As in swarmkit, a task
/// counts until its actual state passes running, so a task told to stop still weighs on its
/// node: that is what makes `service update --force` move replicas to an empty node.
struct NodeLoad {
  private var total: [String: Int] = [:]
  private var perService: [String: Int] = [:]

  init(_ state: ClusterState) {
    for task in state.tasks.values
    where task.status.state >= .assigned && !task.status.state.isTerminal {
      guard let node = task.nodeID else { continue }
      add(serviceID: task.serviceID, node: node)
    }
  }

  mutating func add(serviceID: String, node: String) {
    total[node, default: 0] += 1
    perService[serviceID + "/" + node, default: 0] += 1
  }

  func tasks(on node: String) -> Int { total[node, default: 0] }

  func tasks(ofService serviceID: String, on node: String) -> Int {
    perService[serviceID + "/" + node, default: 0]
  }
}

/// `--placement-pref spread=node.labels.KEY`: spread a service's tasks evenly over the values
/// of a node label; nodes without the label form one more group.
struct SpreadPreference {
  var labelKey: String

  init?(_ text: String) {
    let prefix = "spread=node.labels."
    guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
    labelKey = String(text.dropFirst(prefix.count))
  }

  func value(of node: Node) -> String? { node.labels.first { $0.key == labelKey }?.value }

  /// Tasks of the service on all nodes sharing this node's label value.
  func tasks(ofService serviceID: String, inGroupOf node: Node, nodes: [Node], load: NodeLoad)
    -> Int
  {
    let group = value(of: node)
    return nodes.filter { value(of: $0) == group }.reduce(0) {
      $0 + load.tasks(ofService: serviceID, on: $1.id)
    }
  }
}
