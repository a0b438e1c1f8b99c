import EngineAPI
import GoDurations
import SwarmCore
import Testing

@testable import Engine

@Suite struct LocalEndpointTests {
  static func withTask() throws -> (Engine, ContainerSummary) {
    let engine = try EngineFixture.engine()
    _ = try engine.serviceCreate(EngineFixture.spec("timecheck"), options: .init())
    engine.wait(GoDuration(nanoseconds: 5_000_000_000))
    let containers = try engine.containerList(.init())
    #expect(containers.count == 1)
    return (engine, containers[0])
  }

  @Test func containersListInspectAndStop() throws {
    let (engine, summary) = try Self.withTask()
    #expect(summary.names[0].hasPrefix("/timecheck.1."))
    #expect(summary.status.hasPrefix("Up "))
    let inspected = try engine.containerInspect(String(summary.id.prefix(5)))
    #expect(inspected.id == summary.id && inspected.state.running)
    try engine.containerStop(summary.id)
    #expect(try engine.containerList(.init()).map(\.id) != [summary.id])
    let all = try engine.containerList(ContainerListOptions(all: true))
    #expect(all.contains { $0.id == summary.id && $0.status.hasPrefix("Exited (143)") })
    do {
      try engine.containerKill(summary.id)
      Issue.record("a stopped container was killed")
    } catch {
      #expect(error.message.hasSuffix("is not running"))
    }
    #expect(throws: EngineError.notFound("No such container: nope")) {
      try engine.containerInspect("nope")
    }
    #expect(throws: EngineError.invalidParameter("Invalid filter 'shape'")) {
      try engine.containerList(ContainerListOptions(filters: FilterArgs([("shape", "x")])))
    }
  }

  @Test func networksCreateListInspectRemove() throws {
    let engine = try EngineFixture.engine()
    let created = try engine.networkCreate(
      NetworkCreateRequest(name: "app", driver: "overlay", attachable: true, labels: ["": ""]))
    let network = try engine.networkInspect("app")
    #expect(network.id == created.id && network.scope == "swarm" && network.attachable)
    #expect(network.labels == ["": ""])
    let overlays = try engine.networkList(ListOptions(filters: FilterArgs([("driver", "overlay")])))
    #expect(overlays.map(\.name) == ["ingress", "app"])
    try engine.networkRemove("app")
    #expect(throws: EngineError.self) { try engine.networkInspect("app") }
    do {
      try engine.networkRemove("bridge")
      Issue.record("the default bridge was removed")
    } catch {
      #expect(error.message == "bridge is a pre-defined network and cannot be removed")
    }
  }

  /// dockerd's network list names no containers and no peers (API 1.28 on; on a 20.10 swarm
  /// inspect of `docker_gwbridge` names `ingress-sbox` where the list gives `{}`): only
  /// inspect works them out.
  @Test func networkListNamesNoContainersWhereInspectDoes() throws {
    let (engine, summary) = try Self.withTask()
    let bridge = try engine.networkInspect("bridge")
    #expect(bridge.containers[summary.id] != nil)
    #expect(try engine.networkInspect("ingress").containers["ingress-sbox"] != nil)
    for network in try engine.networkList(.init()) {
      #expect(network.containers.isEmpty && network.peers == nil, "\(network.name)")
    }
  }

  @Test func execRunsAppletsAndKeepsAShellOpen() throws {
    let (engine, summary) = try Self.withTask()
    let hostname = try engine.execCreate(summary.id, config: ExecConfig(cmd: ["hostname"]))
    let output = try engine.execStart(hostname.id)
    #expect(output.stdout == String(summary.id.prefix(12)) + "\n")
    #expect(output.exitCode == 0)
    #expect(throws: EngineError.self) { try engine.execStart(hostname.id) }

    let missing = try engine.execCreate(summary.id, config: ExecConfig(cmd: ["bash"]))
    #expect(try engine.execStart(missing.id).exitCode == 126)

    let shell = try engine.execCreate(
      summary.id, config: ExecConfig(cmd: ["sh"], attachStdin: true, tty: true))
    let opened = try engine.execStart(shell.id)
    #expect(opened.exitCode == nil && opened.prompt == "/app # ")
    let echo = try engine.execInput(shell.id, line: "echo $HOSTNAME; false")
    #expect(echo.exitCode == nil && echo.prompt == "/app # ")
    #expect(echo.stdout == String(summary.id.prefix(12)) + "\n")
    let exit = try engine.execInput(shell.id, line: "exit 3")
    #expect(exit.exitCode == 3)
    #expect(throws: EngineError.self) { try engine.execInput(shell.id, line: "pwd") }
    #expect(engine.execRecords.map(\.argv.first) == ["hostname", "echo", "false", "exit"])
    #expect(engine.execRecords(since: 2).map(\.argv.first) == ["false", "exit"])

    try engine.containerStop(summary.id)
    #expect(throws: EngineError.self) {
      try engine.execCreate(summary.id, config: ExecConfig(cmd: ["sh"]))
    }
  }

  /// Commands run inside containers are kept as a ring (issue 11): a long session does not
  /// grow the engine without bound, and a reader that fell behind gets what is still kept.
  @Test func execRecordsStayBounded() throws {
    let engine = try EngineFixture.engine()
    let limit = Engine.execRecordLimit
    for n in 0..<(2 * limit + 5) { engine.record(["echo", "\(n)"], exitCode: 0, container: "c") }
    #expect(engine.execRecordCount == 2 * limit + 5)
    #expect(engine.execRecords.count <= 2 * limit)
    #expect(engine.execRecords.count >= limit)
    #expect(engine.execRecords.last?.argv == ["echo", "\(2 * limit + 4)"])
    #expect(
      engine.execRecords(since: 2 * limit + 3).map(\.argv[1]) == [
        "\(2 * limit + 3)", "\(2 * limit + 4)",
      ])
    // Records already dropped are skipped, never repeated.
    #expect(engine.execRecords(since: 0).first?.argv[1] == "\(limit)")
  }

  /// Exec instances are forgotten once exited and old, as dockerd's exec garbage collection
  /// does: thousands of `docker exec` keep the table bounded, the newest stay inspectable,
  /// an open shell survives however old, and IDs are never reused.
  @Test func execInstancesStayBounded() throws {
    let (engine, summary) = try Self.withTask()
    let shell = try engine.execCreate(
      summary.id, config: ExecConfig(cmd: ["sh"], attachStdin: true, tty: true))
    _ = try engine.execStart(shell.id)
    var ids: Set<String> = [shell.id]
    var last = shell.id
    for _ in 0..<(3 * Engine.execLimit) {
      let exec = try engine.execCreate(summary.id, config: ExecConfig(cmd: ["true"]))
      _ = try engine.execStart(exec.id)
      #expect(ids.insert(exec.id).inserted)
      last = exec.id
    }
    #expect(engine.execs.count < 2 * Engine.execLimit + 1)
    #expect(engine.execs.count > Engine.execLimit)
    #expect(engine.execs[last]?.phase == .exited(0))
    #expect(try engine.execInput(shell.id, line: "exit 4").exitCode == 4)
  }
}
