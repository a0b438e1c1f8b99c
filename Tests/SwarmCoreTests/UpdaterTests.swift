import Testing

@testable import SwarmCore

/// Rolling updates on the virtual clock: parallelism, delay, order and failure actions.
@Suite struct UpdaterTests {
  let v1 = "diamol/ch12-timecheck:1.0"
  let v2 = "diamol/ch12-timecheck:2.0"

  func cluster(replicas: Int, policy: UpdatePolicy = UpdatePolicy()) throws -> (Cluster, String) {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    var spec = ServiceSpec(name: "web", template: template(v1, cluster.catalog))
    spec.mode = .replicated(replicas: replicas)
    spec.update = policy
    let service = try ControlAPI.createService(spec, &cluster)
    cluster.advance(by: .seconds(5))
    return (cluster, service.id)
  }

  func template(_ image: String, _ catalog: ImageCatalog) -> TaskTemplate {
    TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: catalog) ?? image)
  }

  func running(_ cluster: Cluster, _ id: String, image: String) -> Int {
    cluster.state.tasks(ofService: id).count {
      $0.status.state == .running && $0.desiredState == .running && $0.template.image == image
    }
  }

  @Test func parallelismOneReplacesOneSlotAtATime() throws {
    var (cluster, id) = try cluster(replicas: 3)
    let catalog = cluster.catalog
    try ControlAPI.updateService(id, &cluster) { $0.template = template(v2, catalog) }
    // One old task is stopped, the other two keep running.
    #expect(running(cluster, id, image: v1) == 2)
    cluster.advance(by: .seconds(1))
    #expect(running(cluster, id, image: v2) == 1)
    cluster.advance(by: .seconds(10))
    #expect(running(cluster, id, image: v2) == 3)
    cluster.advance(by: .seconds(6))
    #expect(cluster.state.services[id]?.updateStatus?.state == .completed)
  }

  @Test func delayWaitsBetweenSlots() throws {
    var policy = UpdatePolicy()
    policy.delay = .seconds(10)
    var (cluster, id) = try cluster(replicas: 2, policy: policy)
    let catalog = cluster.catalog
    try ControlAPI.updateService(id, &cluster) { $0.template = template(v2, catalog) }
    cluster.advance(by: .seconds(5))
    #expect(running(cluster, id, image: v2) == 1)
    #expect(running(cluster, id, image: v1) == 1)
    cluster.advance(by: .seconds(8))
    #expect(running(cluster, id, image: v2) == 2)
  }

  @Test func parallelismZeroUpdatesEverySlotAtOnce() throws {
    var policy = UpdatePolicy()
    policy.parallelism = 0
    var (cluster, id) = try cluster(replicas: 4, policy: policy)
    let catalog = cluster.catalog
    try ControlAPI.updateService(id, &cluster) { $0.template = template(v2, catalog) }
    #expect(running(cluster, id, image: v1) == 0)
    cluster.advance(by: .seconds(2))
    #expect(running(cluster, id, image: v2) == 4)
  }

  @Test func startFirstRunsTheNewTaskBeforeStoppingTheOld() throws {
    var policy = UpdatePolicy()
    policy.order = .startFirst
    var (cluster, id) = try cluster(replicas: 1, policy: policy)
    let catalog = cluster.catalog
    try ControlAPI.updateService(id, &cluster) { $0.template = template(v2, catalog) }
    // The new task is being prepared while the old one still serves.
    cluster.advance(by: .milliseconds(700))
    #expect(running(cluster, id, image: v1) == 1)
    #expect(
      cluster.state.tasks(ofService: id).count {
        $0.template.image == v2 && $0.status.state == .starting
      } == 1)
    // Once the new one runs, the old one is told to stop.
    cluster.advance(by: .milliseconds(300))
    #expect(running(cluster, id, image: v2) == 1)
    #expect(running(cluster, id, image: v1) == 0)
  }

  @Test func failedNewTaskPausesTheUpdate() throws {
    var (cluster, id) = try cluster(replicas: 2)
    try ControlAPI.updateService(id, &cluster) {
      $0.template = TaskTemplate(image: "nosuch:1", resolvedImage: "nosuch:1")
    }
    cluster.advance(by: .seconds(3))
    let status = try #require(cluster.state.services[id]?.updateStatus)
    #expect(status.state == .paused)
    #expect(status.message.hasPrefix("update paused due to failure or early termination of task "))
    #expect(running(cluster, id, image: v1) == 1)
  }

  @Test func failureActionRollbackRestoresThePreviousSpec() throws {
    var policy = UpdatePolicy()
    policy.failureAction = .rollback
    var (cluster, id) = try cluster(replicas: 2, policy: policy)
    try ControlAPI.updateService(id, &cluster) {
      $0.template = TaskTemplate(image: "nosuch:1", resolvedImage: "nosuch:1")
    }
    cluster.advance(by: .seconds(20))
    let service = try #require(cluster.state.services[id])
    #expect(service.updateStatus?.state == .rollbackCompleted)
    #expect(service.spec.template.image == v1)
    #expect(running(cluster, id, image: v1) == 2)
  }

  @Test func replicasOnlyChangeStartsNoUpdate() throws {
    var (cluster, id) = try cluster(replicas: 1)
    try ControlAPI.updateService(id, &cluster) { $0.mode = .replicated(replicas: 3) }
    #expect(cluster.state.services[id]?.updateStatus == nil)
    cluster.advance(by: .seconds(2))
    #expect(running(cluster, id, image: v1) == 3)
    try ControlAPI.updateService(id, &cluster) { $0.mode = .replicated(replicas: 1) }
    cluster.advance(by: .seconds(2))
    #expect(cluster.state.tasks(ofService: id).map(\.slot) == [1])
  }
}
