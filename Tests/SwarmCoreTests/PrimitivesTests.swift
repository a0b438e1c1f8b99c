import Testing

@testable import SwarmCore

/// Clock arithmetic, civil time, seeded identifiers, durations and task states.
@Suite struct PrimitivesTests {
  @Test func civilTimeRoundTripsRFC3339() throws {
    let t = try #require(SimTime.parseRFC3339("2020-11-20T21:14:30Z"))
    #expect(t.nanos == 1_605_906_870_000_000_000)
    #expect(t.civil.rfc3339Nano == "2020-11-20T21:14:30Z")
    #expect((t + .milliseconds(250)).civil.rfc3339Nano == "2020-11-20T21:14:30.25Z")
    #expect(SimTime.parseRFC3339("2020-13-01T00:00:00Z") == nil)
    #expect(SimTime.parseRFC3339("yesterday") == nil)
    #expect(SimTime(nanos: 951_782_400_000_000_000).civil.day == 29)  // 2000-02-29
  }

  @Test func idsAreSeededAndShapedLikeDockers() {
    var a = IDGenerator(seed: 7)
    var b = IDGenerator(seed: 7)
    var c = IDGenerator(seed: 8)
    let id = a.objectID()
    #expect(id == b.objectID())
    #expect(id != c.objectID())
    #expect(id.count == 25 && id.allSatisfy { $0.isLowercase || $0.isNumber })
    let cid = a.containerID()
    #expect(cid.count == 64 && cid.allSatisfy(\.isHexDigit))
    #expect(cid.prefix(12).contains { !$0.isNumber })
  }

  @Test func joinTokensHaveTheRealLengthAndShareTheCAPart() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let worker = try ControlAPI.joinToken(role: .worker, rotate: false, &cluster)
    let manager = try ControlAPI.joinToken(role: .manager, rotate: false, &cluster)
    #expect(worker.count == 85 && worker.hasPrefix("SWMTKN-1-"))
    #expect(worker.prefix(59) == manager.prefix(59))
    #expect(worker != manager)
    let rotated = try ControlAPI.joinToken(role: .worker, rotate: true, &cluster)
    #expect(rotated != worker && rotated.prefix(59) == worker.prefix(59))
  }

  @Test(
    arguments: [
      ("10s", 10_000_000_000), ("1m30s", 90_000_000_000), ("1.5h", 5_400_000_000_000),
      ("300ms", 300_000_000),
      ("-2s", -2_000_000_000), ("0", 0),
    ] as [(String, Int64)])
  func goDurationsParse(text: String, nanos: Int64) {
    #expect(GoDurationParser.parse(text)?.nanos == nanos)
  }

  @Test func goDurationsFormatAsGo() {
    #expect(GoDurationParser.format(.seconds(90)) == "1m30s")
    #expect(GoDurationParser.format(.seconds(5)) == "5s")
    #expect(GoDurationParser.format(.milliseconds(500)) == "500ms")
    #expect(GoDurationParser.format(.seconds(7200)) == "2h0m0s")
    #expect(GoDurationParser.format(.zero) == "0s")
    #expect(GoDurationParser.parse("10") == nil)
    #expect(GoDurationParser.parse("abc") == nil)
  }

  @Test func taskStatesOrderAndNamesFollowSwarmkit() {
    #expect(TaskState.running < TaskState.shutdown)
    #expect(TaskState.ready.isTerminal == false && TaskState.failed.isTerminal)
    #expect(TaskState.running.pretty == "Running")
    #expect(TaskState(apiName: "SHUTDOWN") == .shutdown)
  }

  @Test func catalogResolvesEveryReferenceSpelling() {
    let catalog = ImageCatalog.builtin
    #expect(catalog.lookup("diamol/ch12-timecheck:1.0")?.tag == "1.0")
    #expect(catalog.lookup("docker.io/diamol/ch09-image-of-the-day")?.tag == "latest")
    #expect(catalog.lookup("diamol/ch12-timecheck:9.9") == nil)
    #expect(
      ControlAPI.resolveImage("diamol/ch12-timecheck:1.0", catalog: catalog)
        == "diamol/ch12-timecheck:1.0@sha256:9d3010a572344c988da8e28444ed345c63662a5c211886e670a8ef3c84689b4e"
    )
  }

  @Test func logsFollowTheImageScheduleInSimulatedTime() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let image = "diamol/ch12-timecheck:1.0"
    let service = try ControlAPI.createService(
      ServiceSpec(
        name: "t",
        template: TaskTemplate(
          image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog)!)),
      &cluster)
    cluster.advance(by: .seconds(60))
    let task = cluster.state.tasks(ofService: service.id)[0]
    let container = try #require(cluster.state.containers[task.containerID!])
    let last10 = ContainerLogs.lines(
      of: container, catalog: cluster.catalog, since: cluster.now - .seconds(10), now: cluster.now)
    #expect(last10.count == 2)
    #expect(last10.allSatisfy { $0.text.hasPrefix("App version: 1.0; time check: 21:15.") })
  }
}
