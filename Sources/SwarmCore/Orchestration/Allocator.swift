/// Moves new tasks to pending once their network resources exist: an address on each network
/// of the service (swarmkit's allocator, with serial IPAM). Nodes get their load-balancer
/// endpoints once tasks are assigned to them, so a service's first endpoint comes after its
/// task addresses.
enum Allocator {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    var changed = IPAM.allocateLoadBalancers(&cluster)
    for task in cluster.state.tasks.values where task.status.state == .new {
      if task.desiredState > .running {
        cluster.state.tasks[task.id]?.setStatus(.shutdown, message: "shutdown", now: cluster.now)
        changed = true
        continue
      }
      IPAM.attach(task: task.id, in: &cluster)
      cluster.state.tasks[task.id]?.setStatus(
        .pending, message: "pending task scheduling", now: cluster.now)
      changed = true
    }
    return changed
  }
}

/// Picks a node for each pending task: among nodes that accept tasks and satisfy the
/// service's placement, the one running the fewest tasks of that service, then the fewest
/// tasks overall (swarmkit's spread), then the oldest.
enum Scheduler {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    var changed = false
    var load: [String: Int] = [:]
    var serviceLoad: [String: Int] = [:]
    for task in cluster.state.tasks.values where task.isRunnable && task.status.state >= .assigned {
      guard let node = task.nodeID else { continue }
      load[node, default: 0] += 1
      serviceLoad[task.serviceID + "/" + node, default: 0] += 1
    }
    let nodes = Array(cluster.state.nodes.values)
    for task in cluster.state.tasks.values where task.status.state == .pending {
      if task.desiredState > .running {
        cluster.state.tasks[task.id]?.setStatus(.shutdown, message: "shutdown", now: cluster.now)
        changed = true
        continue
      }
      let candidates: [Node]
      if let fixed = task.nodeID {
        candidates = nodes.filter { $0.id == fixed && $0.state == .ready }
      } else {
        candidates = nodes.filter { Placement.accepts($0, task.template) }
      }
      let perNodeCap = task.template.maxReplicasPerNode
      let chosen = candidates.filter { node in
        perNodeCap == 0 || serviceLoad[task.serviceID + "/" + node.id, default: 0] < perNodeCap
      }.min { a, b in
        let sa = serviceLoad[task.serviceID + "/" + a.id, default: 0]
        let sb = serviceLoad[task.serviceID + "/" + b.id, default: 0]
        if sa != sb { return sa < sb }
        return load[a.id, default: 0] < load[b.id, default: 0]
      }
      guard let node = chosen else {
        let err = Placement.explainNoNode(nodes: nodes, template: task.template)
        if cluster.state.tasks[task.id]?.status.err != err {
          cluster.state.tasks[task.id]?.status.err = err
          changed = true
        }
        continue
      }
      load[node.id, default: 0] += 1
      serviceLoad[task.serviceID + "/" + node.id, default: 0] += 1
      cluster.state.tasks[task.id]?.nodeID = node.id
      cluster.state.tasks[task.id]?.setStatus(
        .assigned, message: "scheduler assigned task to node", now: cluster.now)
      changed = true
    }
    return changed
  }
}

/// Placement rules: availability, readiness and `--constraint` expressions.
enum Placement {
  static func accepts(_ node: Node, _ template: TaskTemplate) -> Bool {
    node.acceptsTasks && template.constraints.allSatisfy { Constraint($0)?.matches(node) ?? false }
  }

  /// swarmkit's `no suitable node (…)` explanation for an unschedulable task.
  static func explainNoNode(nodes: [Node], template: TaskTemplate) -> String {
    let unavailable = nodes.count { !$0.acceptsTasks }
    let constrained = nodes.count { node in
      node.acceptsTasks
        && !template.constraints.allSatisfy { Constraint($0)?.matches(node) ?? false }
    }
    var reasons: [String] = []
    if constrained > 0 {
      reasons.append(
        "scheduling constraints not satisfied on \(constrained) node\(constrained == 1 ? "" : "s")")
    }
    if unavailable > 0 {
      reasons.append(
        "\(unavailable) node\(unavailable == 1 ? "" : "s") not available for new tasks")
    }
    if reasons.isEmpty { reasons.append("max replicas per node limit exceed") }
    return "no suitable node (\(reasons.joined(separator: "; ")))"
  }
}
