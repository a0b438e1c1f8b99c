import Engine
import EngineAPI
import GoDurations
import SwarmCore
import Testing

@Suite struct ServiceEndpointTests {
  @Test func createPinsTheImageAndWarnsWhenItCannot() throws {
    let engine = try EngineFixture.engine()
    let pinned = try engine.serviceCreate(EngineFixture.spec("web"), options: .init())
    #expect(pinned.warnings == nil)
    let service = try engine.serviceInspect("web", options: .init())
    #expect(service.id == pinned.id)
    #expect(service.spec.taskTemplate.containerSpec?.image?.contains("@sha256:") == true)

    let bare = try engine.serviceCreate(
      EngineFixture.spec("other", image: "nowhere/app:1"), options: .init())
    #expect(bare.warnings?.first?.hasPrefix("image nowhere/app:1 could not be accessed") == true)
  }

  @Test func errorsCarryTheDaemonStatusAndMessage() throws {
    let outside = try EngineFixture.engine(swarm: false)
    #expect(throws: EngineError.self) { try outside.serviceList(.init()) }
    do {
      _ = try outside.serviceList(.init())
    } catch {
      #expect(error.statusCode == 503)
      #expect(error.message.hasPrefix("This node is not a swarm manager."))
    }
    let engine = try EngineFixture.engine()
    do {
      _ = try engine.serviceInspect("missing", options: .init())
      Issue.record("inspect of a missing service succeeded")
    } catch {
      #expect(error.isNotFound)
      #expect(error.message == "service missing not found")
    }
    _ = try engine.serviceCreate(EngineFixture.spec("web"), options: .init())
    do {
      _ = try engine.serviceCreate(EngineFixture.spec("web"), options: .init())
      Issue.record("a second service named web was created")
    } catch {
      #expect(error.statusCode == 409)
    }
  }

  @Test func resolvesByIDPrefixAndReportsAmbiguity() throws {
    let engine = try EngineFixture.engine()
    var ids: [String] = []
    for i in 0..<40 {
      ids.append(try engine.serviceCreate(EngineFixture.spec("s\(i)"), options: .init()).id)
    }
    let first = ids[0]
    #expect(try engine.serviceInspect(String(first.prefix(8)), options: .init()).id == first)
    // Forty IDs share some one-character prefix.
    let shared = Dictionary(grouping: ids, by: { $0.prefix(1) }).first { $0.value.count > 1 }!
    do {
      _ = try engine.serviceInspect(String(shared.key), options: .init())
      Issue.record("an ambiguous prefix resolved")
    } catch {
      #expect(
        error.message == "service \(shared.key) is ambiguous (\(shared.value.count) matches found)")
    }
  }

  @Test func listFiltersAndCountsRunningTasks() throws {
    let engine = try EngineFixture.engine()
    _ = try engine.serviceCreate(EngineFixture.spec("web", replicas: 3), options: .init())
    var global = EngineFixture.spec("agent")
    global.mode = .global
    _ = try engine.serviceCreate(global, options: .init())
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    let all = try engine.serviceList(ServiceListOptions(status: true))
    #expect(all.map(\.spec.name) == ["web", "agent"])
    #expect(all[0].serviceStatus == ServiceStatus(runningTasks: 3, desiredTasks: 3))
    #expect(all[1].serviceStatus == ServiceStatus(runningTasks: 1, desiredTasks: 1))
    #expect(try engine.serviceList(.init()).allSatisfy { $0.serviceStatus == nil })
    let replicated = try engine.serviceList(
      ServiceListOptions(filters: FilterArgs([("mode", "replicated")])))
    #expect(replicated.map(\.spec.name) == ["web"])
    #expect(
      try engine.serviceList(ServiceListOptions(filters: FilterArgs([("name", "ag")]))).count == 1)
    #expect(throws: EngineError.invalidParameter("Invalid filter 'colour'")) {
      try engine.serviceList(ServiceListOptions(filters: FilterArgs([("colour", "red")])))
    }
    // A real 20.10 engine answers an unknown mode with no services, not an error.
    #expect(
      try engine.serviceList(ServiceListOptions(filters: FilterArgs([("mode", "both")]))).isEmpty)
  }

  @Test func updateNeedsTheCurrentVersionAndKeepsThePreviousSpec() throws {
    let engine = try EngineFixture.engine()
    let id = try engine.serviceCreate(EngineFixture.spec("web"), options: .init()).id
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    let before = try engine.serviceInspect(id, options: .init())
    var spec = before.spec
    spec.taskTemplate.containerSpec?.env = ["MODE=new"]
    spec.updateConfig = UpdateConfig(parallelism: 2, maxFailureRatio: 0.5)
    _ = try engine.serviceUpdate(id, version: before.version, spec: spec, options: .init())
    let after = try engine.serviceInspect(id, options: .init())
    #expect(after.version.index == before.version.index + 1)
    #expect(after.spec.taskTemplate.containerSpec?.env == ["MODE=new"])
    #expect(after.spec.updateConfig?.maxFailureRatio == 0.5)
    #expect(after.spec.updateConfig?.parallelism == 2)
    #expect(after.previousSpec?.taskTemplate.containerSpec?.env == nil)
    #expect(after.updateStatus?.state == "updating")
    // The image the spec was read with is not looked up again.
    #expect(
      after.spec.taskTemplate.containerSpec?.image == before.spec.taskTemplate.containerSpec?.image)

    do {
      _ = try engine.serviceUpdate(id, version: before.version, spec: spec, options: .init())
      Issue.record("a stale version was accepted")
    } catch {
      #expect(error.message == "rpc error: code = Unknown desc = update out of sequence")
    }
    _ = try engine.serviceUpdate(
      id, version: after.version, spec: after.spec,
      options: ServiceUpdateOptions(rollback: "previous"))
    let rolled = try engine.serviceInspect(id, options: .init())
    #expect(rolled.spec.taskTemplate.containerSpec?.env == nil)
    #expect(rolled.updateStatus?.state == "rollback_started")
  }

  @Test func refusesWhatItDoesNotSimulateAndHugeReplicaCounts() throws {
    let engine = try EngineFixture.engine()
    var spec = EngineFixture.spec("web")
    spec.taskTemplate.containerSpec?.tty = true
    do {
      _ = try engine.serviceCreate(spec, options: .init())
      Issue.record("tty was accepted")
    } catch {
      #expect(error.message == "swarmlab: SwarmLab does not simulate container tty")
    }
    #expect(throws: EngineError.self) {
      try engine.serviceCreate(EngineFixture.spec("big", replicas: .max), options: .init())
    }
    #expect(try engine.serviceList(.init()).isEmpty)
  }

  @Test func mountsConfigsAndAliasesReachTheTasks() throws {
    let engine = try EngineFixture.engine()
    let config = try ControlAPI.createDataObject(
      .config, name: "cfg", data: Array("{}".utf8), &engine.cluster)
    _ = try engine.networkCreate(NetworkCreateRequest(name: "app-net", driver: "overlay"))
    var spec = EngineFixture.spec("db", image: "diamol/postgres:11.5")
    spec.taskTemplate.containerSpec?.mounts = [
      Mount(type: "volume", source: "data", target: "/var/lib/postgresql/data")
    ]
    spec.taskTemplate.containerSpec?.configs = [
      ConfigReference(
        file: FileTarget(name: "/etc/app.json"), configID: config.id, configName: "cfg")
    ]
    spec.taskTemplate.networks = [NetworkAttachmentConfig(target: "app-net", aliases: ["database"])]
    _ = try engine.serviceCreate(spec, options: .init())
    engine.wait(GoDuration(nanoseconds: 3_000_000_000))
    let shown = try engine.serviceInspect("db", options: .init()).spec.taskTemplate
    #expect(shown.containerSpec?.mounts == spec.taskTemplate.containerSpec?.mounts)
    #expect(shown.containerSpec?.configs == spec.taskTemplate.containerSpec?.configs)
    #expect(shown.networks?.first?.aliases == ["database"])
    #expect(engine.cluster.state.volumes.values.map(\.name) == ["data"])
    let container = try #require(engine.cluster.state.containers.values.first { $0.isRunning })
    #expect(
      engine.cluster.state.mountedFile("/etc/app.json", inContainer: container.id)
        == Array("{}".utf8))
  }

  @Test func removeTakesTheTasksAway() throws {
    let engine = try EngineFixture.engine()
    _ = try engine.serviceCreate(EngineFixture.spec("web", replicas: 2), options: .init())
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    try engine.serviceRemove("web")
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    #expect(try engine.serviceList(.init()).isEmpty)
    #expect(try engine.taskList(.init()).isEmpty)
    #expect(throws: EngineError.self) { try engine.serviceRemove("web") }
  }
}
