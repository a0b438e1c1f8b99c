import Testing

@testable import SwarmCore

/// The chapter 14 apps as catalog data: the numbers API's health checks and its v5 `Broken`
/// switch, the web's start-up checks, the lab's iotd check, and the book's 14.3 rollout.
@Suite struct NumbersAppTests {
  static func swarm() throws -> Cluster {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    try ControlAPI.createNetwork(
      name: "numbers-prod", driver: "overlay", attachable: false, subnet: nil, labels: [],
      &cluster)
    return cluster
  }

  static func spec(_ name: String, _ image: String, _ cluster: Cluster, replicas: Int = 1)
    -> ServiceSpec
  {
    var template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog) ?? image
    )
    template.networks = ["numbers-prod"]
    var spec = ServiceSpec(name: name, template: template)
    spec.mode = .replicated(replicas: replicas)
    return spec
  }

  /// The API as the book's prod.yml, prod-healthcheck.yml and prod-update-config.yml make it.
  static func bookAPI(_ image: String, _ cluster: Cluster) -> ServiceSpec {
    var spec = spec("numbers_numbers-api", image, cluster, replicas: 6)
    var check = HealthCheck(test: [])
    check.interval = .seconds(2)
    check.timeout = .seconds(3)
    check.retries = 2
    check.startPeriod = .seconds(5)
    spec.template.healthCheck = check
    spec.update.parallelism = 3
    spec.update.monitor = .seconds(60)
    spec.update.failureAction = .rollback
    spec.update.order = .startFirst
    return spec
  }

  static func running(_ cluster: Cluster, _ id: String) -> [SwarmTask] {
    cluster.state.tasks(ofService: id).filter {
      $0.status.state == .running && $0.desiredState == .running
    }
  }

  @Test func v5BadRollsBackByItself() throws {
    var cluster = try Self.swarm()
    let id = try ControlAPI.createService(
      Self.bookAPI("diamol/ch08-numbers-api:v3", cluster), &cluster
    ).id
    cluster.advance(by: .seconds(10))
    #expect(Self.running(cluster, id).count == 6)
    let v5 = Self.bookAPI("diamol/ch14-numbers-api:v5", cluster).template
    try ControlAPI.updateService(id, &cluster) { $0.template = v5 }
    cluster.advance(by: .seconds(60))
    let service = try #require(cluster.state.services[id])
    #expect(service.updateStatus?.state == .rollbackCompleted)
    #expect(service.updateStatus?.message == "rollback completed")
    #expect(service.spec.template.image == "diamol/ch08-numbers-api:v3")
    let running = Self.running(cluster, id)
    #expect(running.count == 6)
    #expect(running.allSatisfy { $0.template.image == "diamol/ch08-numbers-api:v3" })
    let failed = cluster.state.tasks(ofService: id).filter { $0.status.state == .failed }
    #expect(failed.count == 3)
    #expect(
      failed.allSatisfy {
        $0.template.image == "diamol/ch14-numbers-api:v5"
          && $0.status.err == "task: non-zero exit (143): dockerexec: unhealthy container"
      })
    // The failing probes are in each container's health log: HttpCheck's line for a 500.
    let container = try #require(cluster.state.containers[failed[0].containerID ?? ""])
    #expect(
      container.health?.log.last?.output.hasPrefix(
        "HTTPCheck: status InternalServerError, url http://localhost/health, took ") == true)
  }

  @Test func v5WithBrokenFalseRollsOut() throws {
    var cluster = try Self.swarm()
    let id = try ControlAPI.createService(
      Self.bookAPI("diamol/ch08-numbers-api:v3", cluster), &cluster
    ).id
    cluster.advance(by: .seconds(10))
    var v5 = Self.bookAPI("diamol/ch14-numbers-api:v5", cluster).template
    v5.env = ["Broken=False"]
    try ControlAPI.updateService(id, &cluster) { $0.template = v5 }
    cluster.advance(by: .seconds(20))
    // Two batches of three, each healthy at its first probe; then the 60 s monitor.
    #expect(Self.running(cluster, id).allSatisfy { $0.template.image.hasSuffix(":v5") })
    #expect(cluster.state.services[id]?.updateStatus?.state == .updating)
    cluster.advance(by: .seconds(60))
    #expect(cluster.state.services[id]?.updateStatus?.state == .completed)
    #expect(Self.running(cluster, id).count == 6)
  }

  @Test func v2TurnsUnhealthyAfterItsFourthNumberAndIsReplaced() throws {
    var cluster = try Self.swarm()
    let id = try ControlAPI.createService(
      Self.spec("numbers-api", "diamol/ch08-numbers-api:v2", cluster), &cluster
    ).id
    // The image's check: curl every 30 s, so the task runs from its first probe.
    cluster.advance(by: .seconds(29))
    #expect(Self.running(cluster, id).isEmpty)
    cluster.advance(by: .seconds(3))
    let task = try #require(Self.running(cluster, id).first)
    let cid = try #require(task.containerID)
    #expect(cluster.state.containers[cid]?.health?.log.last?.output == "Ok")
    let url = try #require(HTTPURL("http://localhost/rng"))
    for _ in 1...4 { _ = ClusterHTTP.send("GET", url, from: cid, &cluster) }
    // Three failing probes, 30 s apart.
    cluster.advance(by: .seconds(91))
    let failed = try #require(cluster.state.tasks[task.id])
    #expect(failed.status.state == .failed)
    #expect(failed.status.err == "task: non-zero exit (143): dockerexec: unhealthy container")
    #expect(
      cluster.state.containers[cid]?.health?.log.last?.output
        == "curl: (22) The requested URL returned error: 500 Internal Server Error\n")
    cluster.advance(by: .seconds(40))
    #expect(Self.running(cluster, id).count == 1)
  }

  @Test func webV2StartsOnlyWhenItsCurlCheckPasses() throws {
    var cluster = try Self.swarm()
    let web = try ControlAPI.createService(
      Self.spec("numbers-web", "diamol/ch08-numbers-web:v2", cluster), &cluster
    ).id
    cluster.advance(by: .seconds(2))
    let first = try #require(cluster.state.tasks(ofService: web).first)
    #expect(first.status.state == .failed)
    #expect(first.status.err == "task: non-zero exit (6)")
    let log = ContainerLogs.lines(
      of: cluster.state.containers[first.containerID ?? ""]!, catalog: cluster.catalog,
      now: cluster.now)
    // Only curl's error: the app itself never started.
    #expect(log.map(\.text) == ["curl: (6) Could not resolve host: numbers-api"])
    _ = try ControlAPI.createService(
      Self.spec("numbers-api", "diamol/ch08-numbers-api:v2", cluster), &cluster)
    cluster.advance(by: .seconds(60))
    let running = try #require(Self.running(cluster, web).first)
    let lines = ContainerLogs.lines(
      of: cluster.state.containers[running.containerID ?? ""]!, catalog: cluster.catalog,
      now: cluster.now
    ).map(\.text)
    // curl's output (the random number) comes before the app's start-up lines.
    #expect(Int(lines[0]) != nil)
    #expect(lines[1] == "info: Microsoft.Hosting.Lifetime[0]")
  }

  @Test func labIotdHealthCheckCurlsTheImageEndpoint() throws {
    var cluster = try Self.swarm()
    var spec = Self.spec("image-gallery_iotd", "diamol/ch04-image-of-the-day", cluster, replicas: 4)
    var check = HealthCheck(test: ["CMD", "curl", "-f", "http://localhost/image"])
    check.interval = .seconds(5)
    check.timeout = .seconds(20)
    check.retries = 2
    check.startPeriod = .seconds(10)
    spec.template.healthCheck = check
    let id = try ControlAPI.createService(spec, &cluster).id
    cluster.advance(by: .seconds(5))
    #expect(Self.running(cluster, id).isEmpty)
    cluster.advance(by: .seconds(1))
    let running = Self.running(cluster, id)
    #expect(running.count == 4)
    let health = try #require(cluster.state.containers[running[0].containerID ?? ""]?.health)
    #expect(health.status == .healthy)
    #expect(health.log.last?.output.contains("\"caption\":\"M31: The Andromeda Galaxy\"") == true)
  }
}
