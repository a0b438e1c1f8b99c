import Testing

@testable import SwarmCore

/// End-to-end behaviour of the pure core on the book's chapter 12 timeline.
@Suite struct ClusterLifecycleTests {
  func timecheckCluster() throws -> (Cluster, Service) {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let image = "diamol/ch12-timecheck:1.0"
    let template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog)!)
    let service = try ControlAPI.createService(
      ServiceSpec(name: "timecheck", template: template), &cluster)
    return (cluster, service)
  }

  @Test func initMakesOneLeaderManagerAndIngress() throws {
    var cluster = Cluster()
    let node = try ControlAPI.initSwarm(&cluster)
    #expect(node.role == .manager && node.isLeader && node.hostname == "docker-desktop")
    #expect(cluster.state.network(named: "ingress")?.subnet == "10.0.0.0/24")
    #expect(throws: ControlError.alreadyInSwarm) { try ControlAPI.initSwarm(&cluster) }
  }

  @Test func createdTaskWalksTheStatesToRunning() throws {
    var (cluster, service) = try timecheckCluster()
    let task = try #require(cluster.state.tasks(ofService: service.id).first)
    #expect(task.status.state == .pending || task.status.state == .assigned)
    cluster.advance(by: .seconds(2))
    let running = try #require(cluster.state.tasks[task.id])
    #expect(running.status.state == .running)
    #expect(running.slot == 1)
    let container = try #require(cluster.state.containers[running.containerID!])
    #expect(container.name == "timecheck.1.\(task.id)")
    #expect(container.isRunning)
    #expect(container.command == "dotnet TimeCheck.dll")
  }

  /// A task's container carries the template's container labels and swarm's, sorted by key,
  /// swarm's value winning where the user gave one of its keys (derived when read, not stored).
  @Test func taskContainerLabelsAreTheUsersAndSwarmsSortedByKey() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let image = "diamol/ch12-timecheck:1.0"
    var template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog)!)
    template.containerLabels = [
      Label("app", "tc"), Label("com.docker.swarm.task.id", "mine"), Label("zone", "b"),
    ]
    let service = try ControlAPI.createService(
      ServiceSpec(name: "timecheck", template: template), &cluster)
    cluster.advance(by: .seconds(2))
    let task = try #require(cluster.state.tasks(ofService: service.id).first)
    let container = try #require(cluster.state.containers[task.containerID!])
    #expect(
      container.labels == [
        Label("app", "tc"), Label("com.docker.swarm.node.id", task.nodeID!),
        Label("com.docker.swarm.service.id", service.id),
        Label("com.docker.swarm.service.name", "timecheck"), Label("com.docker.swarm.task", ""),
        Label("com.docker.swarm.task.id", task.id),
        Label("com.docker.swarm.task.name", "timecheck.1.\(task.id)"), Label("zone", "b"),
      ])
  }

  @Test func killedContainerFailsTaskAndSlotIsRestartedAfterDelay() throws {
    var (cluster, service) = try timecheckCluster()
    cluster.advance(by: .seconds(10))
    let first = cluster.state.tasks(ofService: service.id)[0]
    try ControlAPI.removeContainer(first.containerID!, force: true, &cluster)
    let failed = try #require(cluster.state.tasks[first.id])
    #expect(failed.status.state == .failed)
    #expect(failed.status.err == "task: non-zero exit (137)")
    #expect(failed.desiredState == .shutdown)
    let replacement = try #require(
      cluster.state.tasks(ofService: service.id).first { $0.id != first.id })
    #expect(replacement.desiredState == .ready)
    #expect(replacement.slot == 1)
    cluster.advance(by: .seconds(4))
    #expect(cluster.state.tasks[replacement.id]?.status.state != .running)
    cluster.advance(by: .seconds(2))
    #expect(cluster.state.tasks[replacement.id]?.status.state == .running)
  }

  @Test func updateReplacesTaskAndRollbackRestoresImage() throws {
    var (cluster, service) = try timecheckCluster()
    cluster.advance(by: .seconds(10))
    try ControlAPI.updateService(service.id, &cluster) { spec in
      spec.template.image = "diamol/ch12-timecheck:2.0"
      spec.template.resolvedImage = ControlAPI.resolveImage(
        "diamol/ch12-timecheck:2.0", catalog: .builtin)!
    }
    cluster.advance(by: .seconds(10))
    var tasks = cluster.state.tasks(ofService: service.id)
    #expect(tasks.count == 2)
    #expect(
      tasks.filter { $0.status.state == .running }.map(\.template.image) == [
        "diamol/ch12-timecheck:2.0"
      ])
    #expect(cluster.state.services[service.id]?.updateStatus?.state == .completed)
    try ControlAPI.rollbackService(service.id, &cluster)
    cluster.advance(by: .seconds(10))
    tasks = cluster.state.tasks(ofService: service.id)
    #expect(tasks.count == 3)
    #expect(
      tasks.filter { $0.status.state == .running }.map(\.template.image) == [
        "diamol/ch12-timecheck:1.0"
      ])
    #expect(cluster.state.services[service.id]?.updateStatus?.state == .rollbackCompleted)
  }

  @Test func unknownImageIsRejectedAndRetried() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let service = try ControlAPI.createService(
      ServiceSpec(name: "web", template: TaskTemplate(image: "nginx", resolvedImage: "nginx")),
      &cluster)
    cluster.advance(by: .seconds(21))
    let tasks = cluster.state.tasks(ofService: service.id)
    #expect(tasks.count == 5)
    #expect(
      tasks.allSatisfy {
        $0.status.state == .rejected && $0.status.err == "No such image: nginx:latest"
      })
  }

  @Test func historyIsCappedAtFiveTasksPerSlot() throws {
    var (cluster, service) = try timecheckCluster()
    for _ in 0..<8 {
      cluster.advance(by: .seconds(10))
      let running = cluster.state.tasks(ofService: service.id).first {
        $0.status.state == .running
      }!
      try ControlAPI.removeContainer(running.containerID!, force: true, &cluster)
    }
    cluster.advance(by: .seconds(10))
    #expect(cluster.state.tasks(ofService: service.id).count == 5)
  }

  @Test func scalingTenThousandReplicasConverges() throws {
    var (cluster, service) = try timecheckCluster()
    try ControlAPI.updateService(service.id, &cluster) { $0.mode = .replicated(replicas: 200) }
    cluster.advance(by: .seconds(5))
    #expect(cluster.state.tasks(ofService: service.id).count { $0.status.state == .running } == 200)
  }

  @Test func sameSeedSameIDs() throws {
    let a = try timecheckCluster().0
    let b = try timecheckCluster().0
    #expect(a.state == b.state)
  }
}
