import EngineAPI
import Foundation
import GoDurations
import RealEngine
import Testing

/// The client against a running dockerd named by `SWARMLAB_REAL_ENGINE` (an `--engine` value,
/// for example `unix:///tmp/real-swarm/docker.sock`), which must be a swarm manager with the
/// stand-in `diamol/ch12-timecheck:1.0` image. The engine may be shared: every object made here
/// is named `realengine-test-…` and removed again; nothing else is touched.
@Suite(
  .serialized,
  .enabled(
    if: LiveEngine.address != nil,
    "set SWARMLAB_REAL_ENGINE=unix:///PATH to run these against a real Docker engine"))
struct RealEngineLiveTests {
  func client() throws -> RealEngineClient {
    try RealEngineClient(endpoint: try EngineEndpoint(address: try #require(LiveEngine.address)))
  }

  func timecheck(_ name: String, replicas: UInt64 = 1) -> ServiceSpec {
    ServiceSpec(
      name: name, labels: ["swarmlab.test": "realengine"],
      taskTemplate: TaskSpec(containerSpec: ContainerSpec(image: "diamol/ch12-timecheck:1.0")),
      mode: .replicated(replicas))
  }

  /// Polls (really waiting) until `done` holds or 30 s pass.
  func eventually(_ engine: RealEngineClient, _ done: () throws -> Bool) rethrows -> Bool {
    for _ in 0..<60 {
      if try done() { return true }
      engine.wait(GoDuration(nanoseconds: 500_000_000))
    }
    return false
  }

  @Test func negotiatesTheAPIVersionAndReportsTheSwarm() throws {
    let engine = try client()
    #expect(engine.apiVersion <= .supported)
    #expect(engine.ping().swarmStatus == "active/manager")
    #expect(engine.info().swarm.localNodeState == "active")
    #expect(try engine.swarmInspect().joinTokens.worker.hasPrefix("SWMTKN-1-"))
    // `self` is the CLI's word (DockerCLI resolves it); the daemon takes the node's ID.
    #expect(try engine.nodeInspect(engine.info().swarm.nodeID).managerStatus?.leader == true)
  }

  @Test func serviceLifecycleListLogsUpdateRemove() throws {
    let engine = try client()
    let name = "realengine-test-svc"
    try? engine.serviceRemove(name)
    let created = try engine.serviceCreate(timecheck(name), options: .init())
    defer { try? engine.serviceRemove(created.id) }
    var filters = FilterArgs()
    filters.add("name", name)
    let listed = try engine.serviceList(ServiceListOptions(filters: filters, status: true))
    #expect(listed.map(\.id) == [created.id])
    var taskFilters = FilterArgs()
    taskFilters.add("service", name)
    let running = try eventually(engine) {
      try engine.taskList(ListOptions(filters: taskFilters)).contains {
        $0.status.state == "running"
      }
    }
    #expect(running)
    let logged = try eventually(engine) {
      !(try engine.serviceLogs(name, options: .init()).isEmpty)
    }
    #expect(logged)
    let line = try #require(try engine.serviceLogs(name, options: LogsOptions(tail: "1")).first)
    #expect(line.line.hasPrefix("App version: 1.0; time check: "))
    #expect(line.serviceID == created.id)
    #expect(line.taskID != nil)

    let service = try engine.serviceInspect(
      name, options: ServiceInspectOptions(insertDefaults: true))
    var spec = service.spec
    spec.mode = .replicated(2)
    _ = try engine.serviceUpdate(service.id, version: service.version, spec: spec, options: .init())
    #expect(try engine.serviceInspect(name, options: .init()).spec.mode.replicated?.replicas == 2)
    // Quoting a stale version is refused, as swarmkit does.
    #expect(throws: EngineError.self) {
      try engine.serviceUpdate(service.id, version: service.version, spec: spec, options: .init())
    }
    try engine.serviceRemove(created.id)
    #expect(throws: EngineError(statusCode: 404, message: "service \(name) not found")) {
      try engine.serviceInspect(name, options: .init())
    }
  }

  @Test func oneShotExecReturnsBothStreamsAndTheExitCode() throws {
    let engine = try client()
    let name = "realengine-test-exec"
    try? engine.serviceRemove(name)
    let created = try engine.serviceCreate(timecheck(name), options: .init())
    defer { try? engine.serviceRemove(created.id) }
    var filters = FilterArgs()
    filters.add("label", "com.docker.swarm.service.name=\(name)")
    var container: ContainerSummary?
    _ = try eventually(engine) {
      container = try engine.containerList(ContainerListOptions(filters: filters)).first
      return container != nil
    }
    let id = try #require(container).id
    let exec = try engine.execCreate(
      id, config: ExecConfig(cmd: ["sh", "-c", "echo hi; echo oops >&2; exit 3"]))
    let output = try engine.execStart(exec.id)
    #expect(output.stdout == "hi\n")
    #expect(output.chunks.contains(.stderr("oops\n")))
    #expect(output.exitCode == 3)

    let shell = try engine.execCreate(
      id, config: ExecConfig(cmd: ["sh"], attachStdin: true, tty: true))
    #expect(try engine.execStart(shell.id).prompt == "/ # ")
    #expect(try engine.execInput(shell.id, line: "echo $((6 * 7))").stdout == "42\r\n")
    #expect(try engine.execInput(shell.id, line: "exit 4").exitCode == 4)
  }

  @Test func networksCreateInspectRemove() throws {
    let engine = try client()
    let name = "realengine-test-net"
    try? engine.networkRemove(name)
    let created = try engine.networkCreate(NetworkCreateRequest(name: name, driver: "overlay"))
    defer { try? engine.networkRemove(created.id) }
    let network = try engine.networkInspect(name)
    #expect(network.id == created.id)
    #expect(network.scope == "swarm")
    try engine.networkRemove(created.id)
    #expect(throws: EngineError.self) { try engine.networkInspect(name) }
  }
}

/// The engine the live tests use, if any.
enum LiveEngine {
  static let address = ProcessInfo.processInfo.environment["SWARMLAB_REAL_ENGINE"]
}
