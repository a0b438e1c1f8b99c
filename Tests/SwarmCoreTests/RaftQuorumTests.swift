import Testing

@testable import SwarmCore

/// Managers, leadership and quorum as machines stop, start and leave.
@Suite struct RaftQuorumTests {
  typealias F = MultiNodeFixture

  @Test func templateBuildsThreeManagersTwoWorkersWithNode1Leading() throws {
    let cluster = try F.threeManagersTwoWorkers()
    let nodes = Array(cluster.state.nodes.values)
    #expect(nodes.map(\.hostname) == ["node1", "node2", "node3", "node4", "node5"])
    #expect(nodes.map(\.role) == [.manager, .manager, .manager, .worker, .worker])
    #expect(nodes.map(\.isLeader) == [true, false, false, false, false])
    #expect(nodes.map(\.address) == (11...15).map { "192.168.0.\($0)" })
    #expect(nodes.map(\.state) == Array(repeating: .ready, count: 5))
    #expect(cluster.currentMachine == "node1")
  }

  @Test func leaderStopElectsNextManagerAfterElectionTimeout() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try MachineAPI.stop("node1", &cluster)
    try MachineAPI.use("node2", &cluster)
    // The followers have not noticed yet, and the old leader cannot answer.
    #expect(throws: ControlError.noLeader) { try ControlAPI.requireManager(cluster) }
    cluster.advance(by: Raft.electionTimeout)
    try ControlAPI.requireManager(cluster)
    #expect(F.node("node2", cluster).isLeader)
    #expect(!F.node("node1", cluster).managerReachable)
    #expect(F.node("node1", cluster).state == .ready)  // heartbeat grace not over yet
    cluster.advance(by: Heartbeat.grace)
    #expect(F.node("node1", cluster).state == .down)
  }

  @Test func losingTwoOfThreeManagersLosesQuorumUntilOneReturns() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try MachineAPI.stop("node2", &cluster)
    try MachineAPI.stop("node3", &cluster)
    cluster.advance(by: .seconds(30))
    #expect(throws: ControlError.noLeader) { try ControlAPI.requireManager(cluster) }
    #expect(Raft.servingLeader(cluster.state) == nil)
    try MachineAPI.start("node3", &cluster)
    try ControlAPI.requireManager(cluster)
    #expect(F.node("node1", cluster).isLeader)
    #expect(F.node("node3", cluster).state == .ready)
  }

  @Test func leaderLeavingHandsLeadershipOverAtOnceAndStaysUnreachable() throws {
    var cluster = try F.threeManagersTwoWorkers()
    #expect(throws: ControlError.self) { try ControlAPI.leaveSwarm(force: false, &cluster) }
    try ControlAPI.leaveSwarm(force: true, &cluster)
    #expect(cluster.localNode == nil)
    try MachineAPI.use("node2", &cluster)
    try ControlAPI.requireManager(cluster)
    let left = F.node("node1", cluster)
    #expect(left.state == .down && !left.managerReachable && left.role == .manager)
    #expect(F.node("node2", cluster).isLeader)
  }

  @Test func demotionThatWouldLoseQuorumIsRefused() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try MachineAPI.stop("node3", &cluster)
    cluster.advance(by: .seconds(30))
    let node2 = F.node("node2", cluster).id
    #expect(
      throws: ControlError.failedPrecondition(
        "can't remove member from the raft: this would result in a loss of quorum")
    ) {
      try ControlAPI.updateNode(node2, &cluster) { $0.role = .worker }
    }
    let node3 = F.node("node3", cluster).id
    try ControlAPI.updateNode(node3, &cluster) { $0.role = .worker }
    #expect(Raft.managerCounts(cluster.state) == (2, 2))
  }

  @Test func workerCannotUseTheControlAPI() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try MachineAPI.use("node4", &cluster)
    #expect(throws: ControlError.workerNode) { try ControlAPI.requireManager(cluster) }
    try ControlAPI.leaveSwarm(force: false, &cluster)
    #expect(throws: ControlError.notInSwarm) { try ControlAPI.requireManager(cluster) }
    try MachineAPI.use("node1", &cluster)
    #expect(F.node("node4", cluster).state == .down)
  }
}
