/// swarmkit's dispatcher heartbeats: a node reports every `period`; once a powered-off
/// machine has missed `period × graceMultiplier` the manager marks its node `Down`. A machine
/// that comes back reports at once and its node is `Ready` again.
enum Heartbeat {
  /// `--dispatcher-heartbeat` default.
  static let period = SimDuration.seconds(5)
  /// swarmkit's `defaultGracePeriodMultiplier` (its random epsilon is left out).
  static let graceMultiplier: Int64 = 3
  static var grace: SimDuration { SimDuration(nanos: period.nanos * graceMultiplier) }

  /// `machines` is `state.machinesByNode()`, built once for heartbeats and raft.
  static func reconcile(_ cluster: inout Cluster, machines: [String: Int]) -> Bool {
    guard cluster.state.isActive else { return false }
    var changed = false
    // Nodes read in place, by position: the nodes are neither added nor removed here.
    for position in cluster.state.nodes.values.indices {
      let id = cluster.state.nodes.keys[position]
      let current = cluster.state.nodes.values[position].state
      let machine = machines[id].map { cluster.state.machines[$0] }
      let status = reportedState(current, machine: machine, cluster)
      if status != current {
        cluster.state.nodes.values[position].state = status
        cluster.state.nodes.values[position].updatedAt = cluster.now
        changed = true
      }
    }
    return changed
  }

  /// The state the manager sees for a node (in state `current`) at the current instant.
  static func reportedState(_ current: Node.State, machine: Machine?, _ cluster: Cluster)
    -> Node.State
  {
    // A node no machine is a member as has left (or its machine is gone): down at once.
    guard let machine else { return .down }
    if machine.isRunning { return .ready }
    guard let stopped = machine.stoppedAt else { return .down }
    return cluster.now >= stopped + grace ? .down : current
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    guard cluster.state.isActive else { return nil }
    return cluster.state.machines.compactMap { machine in
      guard !machine.isRunning, machine.nodeID != nil, let stopped = machine.stoppedAt else {
        return nil
      }
      return stopped + grace
    }.filter { $0 > cluster.now }.min()
  }
}
