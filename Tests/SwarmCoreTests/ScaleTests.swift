import Testing

@testable import SwarmCore

/// Large swarms behave as small ones: valid addresses past `.254`, big templates, even
/// spreading from the scheduler's node heap, batch reaping and the settle revision. (Speed
/// itself is measured by `script/bench`, not here.)
@Suite struct ScaleTests {
  typealias F = MultiNodeFixture

  @Test(arguments: [
    (0, "192.168.0.11"), (243, "192.168.0.254"), (244, "192.168.1.1"), (497, "192.168.1.254"),
    (498, "192.168.2.1"),
  ])
  func lanAddressesStayValidPastTheFirstSubnet(index: Int, address: String) {
    #expect(MachineAPI.lanAddress(index) == address)
  }

  @Test func theLanEndsAtItsLastAddress() {
    let last = 256 * 254 - MachineAPI.firstHost
    #expect(MachineAPI.lanAddress(last) == "192.168.255.254")
    #expect(MachineAPI.lanAddress(last + 1) == nil)
  }

  @Test func aThousandMachineTemplateJoinsEveryNodeWithValidAddresses() throws {
    var cluster = Cluster()
    let template = try #require(SwarmTemplate("3m997w"))
    try template.build(&cluster)
    #expect(cluster.state.nodes.count == 1000)
    #expect(cluster.state.nodes.values.filter { $0.role == .manager }.count == 3)
    #expect(cluster.state.nodes.values.allSatisfy { $0.state == .ready })
    #expect(cluster.state.nodes.values.filter(\.isLeader).map(\.hostname) == ["node1"])
    let machines = cluster.state.machines.filter { $0.name.hasPrefix("node") }
    #expect(Set(machines.map(\.address)).count == 1000)
    #expect(machines.last?.address == "192.168.3.248")
    for machine in machines {
      let octets = machine.address.split(separator: ".").compactMap { Int($0) }
      #expect(octets.count == 4 && octets.allSatisfy { (0...254).contains($0) })
    }
    #expect(cluster.currentMachine == "node1")
    #expect(SwarmTemplate("3m4998w") == nil)
  }

  @Test func replicasSpreadEvenlyOverManyNodes() throws {
    var cluster = Cluster()
    try SwarmTemplate("1m49w")!.build(&cluster)
    let service = try F.service("web", replicas: 1_005, &cluster)
    cluster.advance(by: .seconds(5))
    var perNode: [String: Int] = [:]
    for hostname in F.placement(service, cluster) { perNode[hostname, default: 0] += 1 }
    #expect(perNode.count == 50)
    // 1,005 = 50 × 20 + 5: the first five nodes in join order take the extra task.
    let extra = (1...5).map { "node\($0)" }
    for (hostname, count) in perNode {
      #expect(count == (extra.contains(hostname) ? 21 : 20), "\(hostname)")
    }
  }

  @Test func aSecondServiceFillsTheLeastLoadedNodesFirst() throws {
    var cluster = try F.threeManagersTwoWorkers()
    try F.service("big", replicas: 8, &cluster) { $0.constraints = ["node.role==manager"] }
    cluster.advance(by: .seconds(5))
    let small = try F.service("small", replicas: 3, &cluster)
    cluster.advance(by: .seconds(5))
    // Fewest tasks of the service first, then fewest overall: node3 (2 tasks of big) before
    // node4 once node4 holds one of small.
    #expect(F.placement(small, cluster) == ["node3", "node4", "node5"])
  }

  /// Three managers full, two workers failing the constraint: most failures first.
  @Test func unplaceableTasksAtScaleShareOneExplanation() throws {
    var cluster = try F.threeManagersTwoWorkers()
    let service = try F.service("web", replicas: 500, &cluster) {
      $0.constraints = ["node.role==manager"]
      $0.maxReplicasPerNode = 2
    }
    cluster.advance(by: .seconds(5))
    let tasks = cluster.state.tasks(ofService: service.id)
    #expect(tasks.filter { $0.status.state == .running }.count == 6)
    let reasons = Set(tasks.filter { $0.status.state == .pending }.map(\.status.err))
    #expect(
      reasons == [
        "no suitable node (max replicas per node limit exceed; scheduling constraints not satisfied on 2 nodes)"
      ])
  }

  @Test func scalingToZeroReapsEveryStoppedTask() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let service = try F.service("web", replicas: 2_000, &cluster)
    cluster.advance(by: .seconds(5))
    #expect(cluster.state.containers.values.filter(\.isRunning).count == 2_000)
    try ControlAPI.updateService(service.id, &cluster) { $0.mode = .replicated(replicas: 0) }
    cluster.advance(by: .seconds(5))
    #expect(cluster.state.tasks(ofService: service.id).isEmpty)
    #expect(cluster.state.containers.values.allSatisfy { $0.serviceID != service.id })
  }

  /// Services created and removed over a long session leave nothing behind in the task
  /// index (it kept one record per service ever made), and their tasks' handles and slot
  /// numbers are given out again.
  @Test func removedServicesLeaveNothingInTheTaskIndex() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    for round in 0..<60 {
      let service = try F.service("churn\(round)", replicas: 1 + round % 4, &cluster)
      cluster.advance(by: .seconds(5))
      try ControlAPI.removeService(service.id, &cluster)
      cluster.advance(by: .seconds(5))
    }
    #expect(cluster.state.tasks.isEmpty)
    #expect(cluster.taskIndex.services.isEmpty)
    #expect(cluster.taskIndex.usedSlots.isEmpty)
    #expect(cluster.state.tasks.handleLimit <= 4)
    #expect(cluster.taskIndex.slotKeys.count <= 4)
  }

  @Test func revisionMovesWithSettlesNotWithTheIdleClock() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    try F.service("web", replicas: 3, &cluster)
    cluster.advance(by: .seconds(10))
    let settled = cluster.revision
    cluster.skipIdle(to: cluster.now + .seconds(5))
    #expect(cluster.revision == settled)
    cluster.advance(to: cluster.now + .seconds(5), settled: true)
    #expect(cluster.revision == settled)
    cluster.settle()
    #expect(cluster.revision != settled)
  }
}
