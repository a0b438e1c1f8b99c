import Testing

@testable import SwarmCore

/// Health checks on the simulated clock: a failing check fails the task with swarm's error,
/// an app exiting cleanly on SIGTERM completes it, the start period, the bounded log, and how
/// the spec's settings merge with the image's.
@Suite struct HealthCheckTests {
  @Test func anUnhealthyContainerFailsItsTaskWithSwarmsMessage() throws {
    var cluster = Cluster()
    cluster.catalog.merge(try ImageCatalog(json: Array(RolloutTableTests.images.utf8)))
    try ControlAPI.initSwarm(&cluster)
    let id = try ControlAPI.createService(
      ServiceSpec(
        name: "sick",
        template: RolloutTableTests.template(RolloutTableTests.NewImage.sick.rawValue, cluster)),
      &cluster
    ).id
    // Started at 0.85 s; probes fail at 1.85 s and 2.85 s (retries 2).
    cluster.advance(by: .milliseconds(2900))
    let failed = try #require(cluster.state.tasks(ofService: id).first)
    #expect(failed.status.state == .failed)
    #expect(failed.status.message == "starting")
    #expect(failed.status.err == "task: non-zero exit (143): dockerexec: unhealthy container")
    let health = try #require(cluster.state.containers[failed.containerID ?? ""]?.health)
    #expect(health.status == .unhealthy)
    #expect(health.failingStreak == 2)
    // The slot is restarted after the restart delay.
    cluster.advance(by: .seconds(6))
    #expect(cluster.state.tasks(ofService: id).count { !$0.status.state.isTerminal } == 1)
  }

  @Test func anAppExitingCleanlyOnSigtermCompletesItsTask() throws {
    var cluster = Cluster()
    cluster.catalog.merge(try ImageCatalog(json: Array(RolloutTableTests.images.utf8)))
    try ControlAPI.initSwarm(&cluster)
    let id = try ControlAPI.createService(
      ServiceSpec(
        name: "sick", template: RolloutTableTests.template("test/sick-clean-exit:1", cluster)),
      &cluster
    ).id
    cluster.advance(by: .milliseconds(1900))
    let task = try #require(cluster.state.tasks(ofService: id).first)
    #expect(task.status.state == .complete)
    #expect(task.status.err == nil)
  }

  @Test func failuresInTheStartPeriodDoNotCount() throws {
    var cluster = Cluster()
    cluster.catalog.merge(try ImageCatalog(json: Array(RolloutTableTests.images.utf8)))
    try ControlAPI.initSwarm(&cluster)
    var template = RolloutTableTests.template(RolloutTableTests.NewImage.sick.rawValue, cluster)
    var check = HealthCheck(test: [])
    check.startPeriod = .seconds(10)
    template.healthCheck = check
    let id = try ControlAPI.createService(ServiceSpec(name: "sick", template: template), &cluster)
      .id
    cluster.advance(by: .seconds(10))
    let task = try #require(cluster.state.tasks(ofService: id).first)
    #expect(task.status.state == .starting)
    let health = try #require(cluster.state.containers[task.containerID ?? ""]?.health)
    #expect(health.failingStreak == 0)
    // The log keeps the last five probes only.
    #expect(health.log.count == ContainerHealth.maxLogEntries)
    #expect(health.log.allSatisfy { $0.exitCode == 1 })
    cluster.advance(by: .seconds(2))
    #expect(cluster.state.tasks[task.id]?.status.state == .failed)
  }

  @Test func specSettingsOverrideTheImagesCheckAndNoneDisablesIt() throws {
    let image = CatalogHealthCheck(
      test: ["CMD", "true"], interval: "5s", timeout: nil, startPeriod: nil, retries: nil)
    var spec = HealthCheck(test: [])
    spec.interval = .seconds(2)
    spec.retries = 7
    let merged = try #require(EffectiveHealthCheck.resolve(spec: spec, image: image))
    #expect(merged.test == ["CMD", "true"])
    #expect(merged.interval == .seconds(2))
    #expect(merged.retries == 7)
    #expect(merged.timeout == .seconds(30))
    #expect(EffectiveHealthCheck.resolve(spec: .disabled, image: image) == nil)
    #expect(EffectiveHealthCheck.resolve(spec: nil, image: nil) == nil)
  }

  @Test func disabledCheckRunsTheTaskAtOnce() throws {
    var cluster = Cluster()
    cluster.catalog.merge(try ImageCatalog(json: Array(RolloutTableTests.images.utf8)))
    try ControlAPI.initSwarm(&cluster)
    var template = RolloutTableTests.template(RolloutTableTests.NewImage.sick.rawValue, cluster)
    template.healthCheck = .disabled
    let id = try ControlAPI.createService(ServiceSpec(name: "sick", template: template), &cluster)
      .id
    cluster.advance(by: .seconds(30))
    let task = try #require(cluster.state.tasks(ofService: id).first)
    #expect(task.status.state == .running)
    #expect(cluster.state.containers[task.containerID ?? ""]?.health == nil)
  }
}
