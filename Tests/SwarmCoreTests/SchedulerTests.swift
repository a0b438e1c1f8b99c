import Testing

@testable import SwarmCore

/// Placement across the 3-manager, 2-worker swarm: spread, constraints, preferences, limits,
/// drain, node failure and late joiners.
@Suite struct SchedulerTests {
  typealias F = MultiNodeFixture

  @Test func replicasSpreadOneNodeEachBeforeDoubling() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("web", replicas: 7, &cluster)
    cluster.advance(by: .seconds(5))
    #expect(
      F.placement(service, cluster) == [
        "node1", "node1", "node2", "node2", "node3", "node4", "node5",
      ])
  }

  @Test(arguments: [
    ("node.role==manager", ["node1", "node2", "node3", "node1"]),
    ("node.role != manager", ["node4", "node5", "node4", "node5"]),
    ("node.hostname==node3", ["node3", "node3", "node3", "node3"]),
    ("node.labels.zone==east", ["node2", "node5", "node2", "node5"]),
  ])
  func constraintsLimitTheNodes(constraint: String, expected: [String]) throws {
    var cluster = try F.threeManagersTwoWorkers()
    for name in ["node2", "node5"] {
      try ControlAPI.updateNode(F.node(name, cluster).id, &cluster) {
        Label.set("zone", "east", in: &$0.labels)
      }
    }
    let service = try F.service("web", replicas: 4, &cluster) { $0.constraints = [constraint] }
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster) == expected.sorted())
  }

  @Test func unsatisfiableConstraintLeavesTasksPendingWithSwarmkitsReason() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try ControlAPI.updateNode(F.node("node4", cluster).id, &cluster) { $0.availability = .drain }
    let service = try F.service("web", replicas: 2, &cluster) {
      $0.constraints = ["node.labels.storage==raid"]
    }
    cluster.advance(by: .seconds(5))
    let tasks = cluster.state.tasks(ofService: service.id)
    #expect(tasks.map(\.status.state) == [.pending, .pending])
    #expect(
      tasks[0].status.err
        == "no suitable node (scheduling constraints not satisfied on 4 nodes; 1 node not available for new tasks)"
    )
    // Labelling a node lets the scheduler place them.
    try ControlAPI.updateNode(F.node("node3", cluster).id, &cluster) {
      Label.set("storage", "raid", in: &$0.labels)
    }
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster) == ["node3", "node3"])
  }

  @Test func maxReplicasPerNodeCapsAndExplains() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("web", replicas: 6, &cluster) { $0.maxReplicasPerNode = 1 }
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster) == ["node1", "node2", "node3", "node4", "node5"])
    let pending = cluster.state.tasks(ofService: service.id).filter { $0.status.state == .pending }
    #expect(pending.map(\.status.err) == ["no suitable node (max replicas per node limit exceed)"])
  }

  @Test func spreadPreferenceBalancesLabelValuesFirst() throws {
    var cluster = try F.threeManagersTwoWorkers()
    for (name, rack) in [("node1", "a"), ("node2", "a"), ("node3", "a"), ("node4", "b")] {
      try ControlAPI.updateNode(F.node(name, cluster).id, &cluster) {
        Label.set("rack", rack, in: &$0.labels)
      }
    }
    let service = try F.service("web", replicas: 6, &cluster) {
      $0.placementPreferences = ["spread=node.labels.rack"]
    }
    cluster.advance(by: .seconds(5))
    // Three groups (a, b, and node5 without the label) get two tasks each.
    #expect(
      F.placement(service, cluster) == ["node1", "node2", "node4", "node4", "node5", "node5"])
  }

  @Test func drainMovesTasksAtOnceAndNothingComesBackOnActivate() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("web", replicas: 5, &cluster)
    cluster.advance(by: .seconds(5))
    try ControlAPI.updateNode(F.node("node5", cluster).id, &cluster) { $0.availability = .drain }
    cluster.advance(by: .seconds(3))
    #expect(F.placement(service, cluster) == ["node1", "node1", "node2", "node3", "node4"])
    let old = cluster.state.tasks(ofService: service.id).first {
      $0.nodeID == F.node("node5", cluster).id
    }
    #expect(old?.status.state == .shutdown && old?.desiredState == .shutdown)
    try ControlAPI.updateNode(F.node("node5", cluster).id, &cluster) { $0.availability = .active }
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster) == ["node1", "node1", "node2", "node3", "node4"])
  }

  @Test func downNodesTasksAreReplacedAfterTheRestartDelay() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("web", replicas: 5, &cluster)
    cluster.advance(by: .seconds(5))
    try MachineAPI.stop("node4", &cluster)
    cluster.advance(by: Heartbeat.grace)
    let onNode4 = cluster.state.tasks(ofService: service.id).first {
      $0.nodeID == F.node("node4", cluster).id
    }!
    // The manager cannot hear from node4: its task stays Running, desired Shutdown.
    #expect(onNode4.status.state == .running && onNode4.desiredState == .shutdown)
    let running = {
      cluster.state.tasks(ofService: service.id).count {
        $0.status.state == .running && $0.desiredState == .running
      }
    }
    #expect(running() == 4)
    cluster.advance(by: .seconds(6))
    #expect(running() == 5)
    #expect(F.placement(service, cluster) == ["node1", "node1", "node2", "node3", "node5"])
    try MachineAPI.start("node4", &cluster)
    cluster.advance(by: .seconds(1))
    #expect(cluster.state.tasks[onNode4.id]?.status.state == .shutdown)
  }

  @Test func globalServiceRunsOnNodesThatJoinLater() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("agent", replicas: nil, &cluster)
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster) == ["node1", "node2", "node3", "node4", "node5"])
    let token = try ControlAPI.joinToken(role: .worker, rotate: false, &cluster)
    try MachineAPI.create(["node6"], &cluster)
    try MachineAPI.use("node6", &cluster)
    try ControlAPI.joinSwarm(token: token, remoteAddress: "192.168.0.11:2377", &cluster)
    cluster.advance(by: .seconds(5))
    #expect(F.placement(service, cluster).last == "node6")
    #expect(
      cluster.state.tasks(ofService: service.id).filter { $0.status.state == .running }.count == 6)
  }

  @Test func joiningNodeGetsNoReplicasUntilForcedUpdate() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try MachineAPI.stop("node5", &cluster)
    cluster.advance(by: .seconds(20))
    let service = try F.service("web", replicas: 4, &cluster)
    cluster.advance(by: .seconds(5))
    try MachineAPI.start("node5", &cluster)
    cluster.advance(by: .seconds(5))
    #expect(!F.placement(service, cluster).contains("node5"))
    try ControlAPI.updateService(service.id, &cluster) { $0.template.forceUpdate += 1 }
    cluster.advance(by: .seconds(60))
    #expect(F.placement(service, cluster) == ["node1", "node2", "node3", "node5"])
  }
}
