import Testing

@testable import SwarmCore

/// The update state machine as a table: each failure action, the failure ratio, each order,
/// and health checks deciding when a new task counts as running or has failed.
@Suite struct RolloutTableTests {
  /// Test images: one that crashes 3 s after it starts, one whose health check passes and
  /// one whose health check never does.
  static let images = """
    {"images": [
      {"repository": "test/crash", "tag": "1", "digest": "sha256:c1", "command": "crash",
       "exit": {"after": "3s", "code": 1}},
      {"repository": "test/healthy", "tag": "1", "digest": "sha256:h1", "command": "app",
       "healthcheck": {"test": ["CMD", "true"], "interval": "5s"}},
      {"repository": "test/sick", "tag": "1", "digest": "sha256:s1", "command": "app",
       "healthcheck": {"test": ["CMD-SHELL", "exit 1"], "interval": "1s", "retries": 2}},
      {"repository": "test/sick-clean-exit", "tag": "1", "digest": "sha256:s2", "command": "app",
       "stopExitCode": 0,
       "healthcheck": {"test": ["CMD-SHELL", "false"], "interval": "1s", "retries": 1}}
    ]}
    """

  enum NewImage: String, Sendable {
    case good = "diamol/ch12-timecheck:2.0"
    case missing = "nosuch:1"
    case crashes = "test/crash:1"
    case healthy = "test/healthy:1"
    case sick = "test/sick:1"
  }

  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var replicas = 4
    var parallelism = 1
    var action = UpdatePolicy.FailureAction.pause
    var ratio = 0.0
    var order = UpdatePolicy.Order.stopFirst
    var monitor = SimDuration.seconds(5)
    var image = NewImage.missing
    var wait = SimDuration.seconds(60)
    var state: UpdateStatus.State
    var message: String
    /// Slots the updater started (distinct slots holding a task of the new image).
    var slotsTried: Int?
    var runningImage: String
    /// Tasks running at the end (all of `runningImage`): the replicas unless slots failed.
    var running: Int? = nil
  }

  static let cases: [Case] = [
    Case(
      description: "pause stops at the first failure", state: .paused,
      message: "update paused due to failure or early termination of task ", slotsTried: 1,
      runningImage: "diamol/ch12-timecheck:1.0", running: 3),
    Case(
      description: "continue goes through every slot", action: .continue, state: .completed,
      message: "update completed", slotsTried: 4, runningImage: "diamol/ch12-timecheck:1.0",
      running: 0),
    Case(
      description: "rollback restores the previous spec", action: .rollback,
      state: .rollbackCompleted, message: "rollback completed", slotsTried: 1,
      runningImage: "diamol/ch12-timecheck:1.0"),
    Case(
      description: "a ratio of 0.5 tolerates two failures in four", ratio: 0.5, state: .paused,
      message: "update paused due to failure or early termination of task ", slotsTried: 3,
      runningImage: "diamol/ch12-timecheck:1.0", running: 1),
    Case(
      description: "a ratio of 1 tolerates every failure", ratio: 1, state: .completed,
      message: "update completed", slotsTried: 4, runningImage: "diamol/ch12-timecheck:1.0",
      running: 0),
    Case(
      description: "parallelism 2 has two slots in flight when the first fails", parallelism: 2,
      state: .paused, message: "update paused due to failure or early termination of task ",
      slotsTried: 2, runningImage: "diamol/ch12-timecheck:1.0", running: 2),
    Case(
      description: "a crash within the monitor period rolls back", action: .rollback,
      image: .crashes, state: .rollbackCompleted, message: "rollback completed",
      runningImage: "diamol/ch12-timecheck:1.0"),
    Case(
      // Slot 1 runs at 0.85 s and crashes at 3.85 s, 3 s later; slot 2 runs at 1.7 s, so
      // the update is still being monitored (until 4.2 s) when slot 1 crashes.
      description: "a crash after the task's monitor period does not count", replicas: 2,
      action: .rollback, monitor: .milliseconds(2500), image: .crashes, wait: .seconds(9),
      state: .completed, message: "update completed", runningImage: "test/crash:1", running: 0),
    Case(
      description: "start-first completes a good update", order: .startFirst, image: .good,
      state: .completed, message: "update completed", slotsTried: 4,
      runningImage: "diamol/ch12-timecheck:2.0"),
    Case(
      description: "an unhealthy new task rolls back", action: .rollback, order: .startFirst,
      image: .sick, state: .rollbackCompleted, message: "rollback completed", slotsTried: 1,
      runningImage: "diamol/ch12-timecheck:1.0"),
    Case(
      description: "healthy new tasks complete the update", image: .healthy, wait: .seconds(90),
      state: .completed, message: "update completed", slotsTried: 4,
      runningImage: "test/healthy:1"),
  ]

  static func cluster(replicas: Int, update: UpdatePolicy = UpdatePolicy()) throws -> (
    Cluster, String
  ) {
    var cluster = Cluster()
    cluster.catalog.merge(try ImageCatalog(json: Array(images.utf8)))
    try ControlAPI.initSwarm(&cluster)
    var spec = ServiceSpec(name: "web", template: template("diamol/ch12-timecheck:1.0", cluster))
    spec.mode = .replicated(replicas: replicas)
    spec.update = update
    let id = try ControlAPI.createService(spec, &cluster).id
    cluster.advance(by: .seconds(5))
    return (cluster, id)
  }

  static func template(_ image: String, _ cluster: Cluster) -> TaskTemplate {
    TaskTemplate(
      image: image,
      resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog) ?? image)
  }

  @Test(arguments: cases) func updateOutcome(_ c: Case) throws {
    var policy = UpdatePolicy()
    policy.parallelism = c.parallelism
    policy.failureAction = c.action
    policy.maxFailureRatio = c.ratio
    policy.order = c.order
    policy.monitor = c.monitor
    var (cluster, id) = try Self.cluster(replicas: c.replicas, update: policy)
    let new = Self.template(c.image.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    #expect(cluster.state.services[id]?.updateStatus?.state == .updating)
    cluster.advance(by: c.wait)
    let status = try #require(cluster.state.services[id]?.updateStatus)
    #expect(status.state == c.state)
    #expect(status.message.hasPrefix(c.message))
    let tasks = cluster.state.tasks(ofService: id)
    if let tried = c.slotsTried {
      #expect(
        Set(tasks.filter { $0.template.image == c.image.rawValue }.map(\.slot)).count == tried)
    }
    let running = tasks.filter { $0.status.state == .running && $0.desiredState == .running }
    #expect(running.count == c.running ?? c.replicas)
    #expect(running.allSatisfy { $0.template.image == c.runningImage })
  }

  /// A start-first update whose new task turns unhealthy leaves nothing to redo (the old tasks
  /// still run), yet a real 20.10 engine shows `rollback_started` for a while (checked with a
  /// failing `--health-cmd`): the state lasts the rollback's monitor period, then completes.
  @Test func anUnhealthyStartFirstUpdateShowsItsRollbackForTheRollbackMonitor() throws {
    var policy = UpdatePolicy()
    policy.failureAction = .rollback
    policy.order = .startFirst
    var (cluster, id) = try Self.cluster(replicas: 2, update: policy)
    let new = Self.template(NewImage.sick.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    var startedAt: SimTime?
    for _ in 0..<300 where startedAt == nil {
      cluster.advance(by: .milliseconds(100))
      if cluster.state.services[id]?.updateStatus?.state == .rollbackStarted {
        startedAt = cluster.now
      }
    }
    let status = try #require(cluster.state.services[id]?.updateStatus)
    #expect(status.state == .rollbackStarted)
    #expect(
      status.message.hasPrefix("update rolled back due to failure or early termination of task "))
    cluster.advance(by: .seconds(4))
    #expect(cluster.state.services[id]?.updateStatus?.state == .rollbackStarted)
    cluster.advance(by: .seconds(2))
    #expect(cluster.state.services[id]?.updateStatus?.state == .rollbackCompleted)
    #expect(cluster.state.services[id]?.updateStatus?.message == "rollback completed")
  }

  /// After a failed start-first update a real 20.10 swarm shows the failed task as
  /// `Shutdown / Failed`, and the restart supervisor's replacement (of the failed spec) stopped
  /// by the rollback before it ran: `Shutdown / Shutdown`, no error. The old task never stops.
  @Test func aFailedStartFirstTaskIsShutDownAndItsReplacementRetiredByTheRollback() throws {
    var policy = UpdatePolicy()
    policy.failureAction = .rollback
    policy.order = .startFirst
    var (cluster, id) = try Self.cluster(replicas: 2, update: policy)
    let old = cluster.state.tasks(ofService: id).map(\.id)
    let new = Self.template(NewImage.sick.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    cluster.advance(by: .seconds(30))
    #expect(cluster.state.services[id]?.updateStatus?.state == .rollbackCompleted)
    let sick = cluster.state.tasks(ofService: id).filter { $0.template.image == new.image }
      .sorted { $0.createdAt < $1.createdAt }
    try #require(sick.count == 2)
    #expect(sick[0].desiredState == .shutdown)
    #expect(sick[0].status.state == .failed)
    #expect(sick[0].status.err?.hasSuffix("dockerexec: unhealthy container") == true)
    #expect(sick[1].slot == sick[0].slot)
    #expect(sick[1].desiredState == .shutdown)
    #expect(sick[1].status.state == .shutdown)
    #expect(sick[1].status.err == nil)
    #expect(old.allSatisfy { cluster.state.tasks[$0]?.status.state == .running })
  }

  /// A paused update leaves the failed task's slot to the restart supervisor: the failed task
  /// is shut down and replaced (with the new spec) after the restart delay, next to the old
  /// task, again and again, as a real 20.10 swarm does.
  @Test func aPausedStartFirstUpdateKeepsRestartingTheFailedSlot() throws {
    var policy = UpdatePolicy()
    policy.order = .startFirst
    var (cluster, id) = try Self.cluster(replicas: 2, update: policy)
    let new = Self.template(NewImage.sick.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    cluster.advance(by: .seconds(40))
    #expect(cluster.state.services[id]?.updateStatus?.state == .paused)
    let sick = cluster.state.tasks(ofService: id).filter { $0.template.image == new.image }
    #expect(sick.count >= 3)
    #expect(Set(sick.map(\.slot)).count == 1)
    #expect(sick.filter(\.status.state.isTerminal).allSatisfy { $0.desiredState == .shutdown })
    #expect(sick.count { !$0.status.state.isTerminal } == 1)
    let oldRunning = cluster.state.tasks(ofService: id).count {
      $0.template.image != new.image && $0.status.state == .running
    }
    #expect(oldRunning == 2)
  }

  @Test func stopFirstNeverRunsMoreThanTheReplicas() throws {
    var (cluster, id) = try Self.cluster(replicas: 3)
    let new = Self.template(NewImage.good.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    var most = 0
    for _ in 0..<100 {
      cluster.advance(by: .milliseconds(100))
      most = max(most, cluster.state.tasks(ofService: id).count { $0.status.state == .running })
    }
    #expect(most == 3)
  }

  @Test func startFirstRunsOneExtraTaskPerSlotInFlight() throws {
    var policy = UpdatePolicy()
    policy.order = .startFirst
    var (cluster, id) = try Self.cluster(replicas: 3, update: policy)
    let new = Self.template(NewImage.good.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    var most = 0
    for _ in 0..<100 {
      cluster.advance(by: .milliseconds(100))
      most = max(most, cluster.state.tasks(ofService: id).count { $0.status.state == .running })
    }
    #expect(most == 4)
  }

  @Test func hostModePortForcesStopFirst() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    var spec = ServiceSpec(
      name: "web", template: Self.template("diamol/ch12-timecheck:1.0", cluster))
    spec.mode = .global
    spec.ports = [PortConfig(targetPort: 80, publishedPort: 80, publishMode: "host")]
    spec.update.order = .startFirst
    let id = try ControlAPI.createService(spec, &cluster).id
    cluster.advance(by: .seconds(5))
    let new = Self.template(NewImage.good.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    // The old task is told to stop before the new one may start.
    let old = cluster.state.tasks(ofService: id).filter {
      $0.template.image == "diamol/ch12-timecheck:1.0"
    }
    #expect(old.allSatisfy { $0.desiredState == .shutdown })
    cluster.advance(by: .seconds(10))
    #expect(cluster.state.services[id]?.updateStatus?.state == .completed)
  }

  @Test func automaticRollbackRestoresTheWholePreviousSpec() throws {
    var policy = UpdatePolicy()
    policy.failureAction = .rollback
    var (cluster, id) = try Self.cluster(replicas: 2, update: policy)
    let new = Self.template(NewImage.crashes.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) {
      $0.template = new
      $0.rollback.parallelism = 6
      $0.rollback.failureAction = .continue
    }
    cluster.advance(by: .seconds(60))
    let service = try #require(cluster.state.services[id])
    #expect(service.updateStatus?.state == .rollbackCompleted)
    // The rollback config is the old spec's, not the one deployed with the failed update.
    #expect(service.spec.rollback == UpdatePolicy())
    #expect(service.spec.update == policy)
    // swarmkit forgets the failed spec: there is nothing left to roll back to.
    #expect(service.previousSpec == nil)
    #expect(throws: ControlError.self) { try ControlAPI.rollbackService(id, &cluster) }
  }

  @Test func rollbackUsesTheRestoredSpecsRollbackConfig() throws {
    var policy = UpdatePolicy()
    policy.failureAction = .rollback
    policy.monitor = .seconds(10)
    policy.parallelism = 0
    var (cluster, id) = try Self.cluster(replicas: 3, update: policy)
    cluster.state.services[id]?.spec.rollback.parallelism = 0
    let new = Self.template(NewImage.crashes.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    // Every slot runs the crashing image, then the first crash starts the rollback.
    cluster.advance(
      until: { $0.state.services[id]?.updateStatus?.state == .rollbackStarted }, limit: .seconds(10)
    )
    cluster.settle()
    // Parallelism 0 in the restored rollback config: every slot is replaced at once.
    let replacing = cluster.state.tasks(ofService: id).count {
      $0.template.image == "diamol/ch12-timecheck:1.0" && $0.desiredState <= .running
        && !$0.status.state.isTerminal
    }
    #expect(replacing == 3)
  }

  @Test func aRollbackThatFailsPausesInsteadOfRollingBack() throws {
    var (cluster, id) = try Self.cluster(replicas: 2)
    // The "previous" spec is a broken one whose rollback config says to roll back.
    var previous = try #require(cluster.state.services[id]?.spec)
    previous.template = Self.template(NewImage.missing.rawValue, cluster)
    previous.rollback.failureAction = .rollback
    cluster.state.services[id]?.previousSpec = previous
    try ControlAPI.rollbackService(id, &cluster)
    cluster.advance(by: .seconds(10))
    let status = try #require(cluster.state.services[id]?.updateStatus)
    #expect(status.state == .rollbackPaused)
    #expect(
      status.message.hasPrefix("rollback paused due to failure or early termination of task "))
  }

  @Test func aNewTaskCountsAsRunningOnlyOnceHealthy() throws {
    var (cluster, id) = try Self.cluster(replicas: 2)
    let new = Self.template(NewImage.healthy.rawValue, cluster)
    try ControlAPI.updateService(id, &cluster) { $0.template = new }
    cluster.advance(by: .seconds(3))
    let first = try #require(
      cluster.state.tasks(ofService: id).first { $0.template.image == NewImage.healthy.rawValue })
    #expect(first.status.state == .starting)
    #expect(cluster.state.containers[first.containerID ?? ""]?.health?.status == .starting)
    // Slot 2 waits for slot 1 to be healthy (the first probe, 5 s after it started).
    #expect(
      cluster.state.tasks(ofService: id).count { $0.template.image == NewImage.healthy.rawValue }
        == 1)
    cluster.advance(by: .seconds(3))
    #expect(cluster.state.tasks[first.id]?.status.state == .running)
    #expect(cluster.state.containers[first.containerID ?? ""]?.health?.status == .healthy)
    #expect(
      cluster.state.tasks(ofService: id).count { $0.template.image == NewImage.healthy.rawValue }
        == 2)
  }
}
