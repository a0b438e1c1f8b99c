/// The managers' raft group, reduced to what a learner can observe: which managers are
/// reachable, who leads, and whether a quorum exists.
///
/// A manager whose machine powers off stays `Reachable` (and, if it led, leader) until the
/// election timeout passes; then it is `Unreachable` and, when more than half of the managers
/// are still reachable, the first reachable manager in join order becomes leader (raft picks
/// whichever times out first; the simulation picks deterministically). Without a quorum the
/// leader steps down and no manager will serve the control API until one comes back. A
/// manager that left the swarm without being demoted stays a member, unreachable for good.
public enum Raft {
  /// swarmkit's `ElectionTick` (10) × `TickInterval` (1 s).
  public static let electionTimeout = SimDuration.seconds(10)

  /// `machines` is `state.machinesByNode()`, built once for heartbeats and raft.
  static func reconcile(_ cluster: inout Cluster, machines: [String: Int]) -> Bool {
    guard cluster.state.isActive else { return false }
    var changed = false
    let now = cluster.now
    // Nodes read and changed in place, by position (none is added or removed here), and
    // workers' machines not looked up: only managers take part.
    for position in cluster.state.nodes.values.indices {
      let node = cluster.state.nodes.values[position]
      let isManager = node.role == .manager
      let machine = isManager ? machines[node.id].map { cluster.state.machines[$0] } : nil
      let reachable = isManager && isReachable(machine, cluster)
      let wasReachable = node.managerReachable
      let managerReachable = isManager ? reachable : wasReachable
      let isLeader = node.isLeader && reachable
      if managerReachable != wasReachable || isLeader != node.isLeader {
        cluster.state.nodes.values[position].managerReachable = managerReachable
        cluster.state.nodes.values[position].isLeader = isLeader
        cluster.state.nodes.values[position].updatedAt = now
        changed = true
      }
    }
    let managers = cluster.state.nodes.values.filter { $0.role == .manager }
    let reachable = managers.filter(\.managerReachable)
    let quorum = reachable.count * 2 > managers.count
    if let leader = managers.first(where: \.isLeader), !quorum {
      // CheckQuorum: a leader that cannot hear from a majority steps down.
      cluster.state.nodes[leader.id]?.isLeader = false
      changed = true
    } else if quorum, !managers.contains(where: \.isLeader), let elected = reachable.first {
      cluster.state.nodes[elected.id]?.isLeader = true
      changed = true
    }
    return changed
  }

  /// Whether the other managers still count a manager on this machine as alive.
  static func isReachable(_ machine: Machine?, _ cluster: Cluster) -> Bool {
    guard let machine else { return false }
    if machine.isRunning { return true }
    guard let stopped = machine.stoppedAt else { return false }
    return cluster.now < stopped + electionTimeout
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    guard cluster.state.isActive else { return nil }
    return cluster.state.machines.compactMap { machine in
      guard !machine.isRunning, machine.nodeID != nil, let stopped = machine.stoppedAt else {
        return nil
      }
      return stopped + electionTimeout
    }.filter { $0 > cluster.now }.min()
  }

  /// A leader that can answer right now: elected and its machine powered on.
  public static func servingLeader(_ state: ClusterState) -> Node? {
    guard let leader = state.nodes.values.first(where: \.isLeader) else { return nil }
    let running = state.machines.contains { $0.nodeID == leader.id && $0.isRunning }
    return running ? leader : nil
  }

  /// Managers, reachable managers: what `swarm leave` and `node demote` weigh.
  public static func managerCounts(_ state: ClusterState) -> (total: Int, reachable: Int) {
    let managers = state.nodes.values.filter { $0.role == .manager }
    return (managers.count, managers.count(where: \.managerReachable))
  }
}
