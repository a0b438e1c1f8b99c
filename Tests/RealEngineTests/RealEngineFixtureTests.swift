import EngineAPI
import Foundation
import RealEngine
import Testing

/// Answers captured from a real Docker 20.10.24 engine (Debian's docker.io, API v1.41) with
/// curl, decoded into the EngineAPI wire model: the strongest test that the model reads what a
/// real daemon writes. The engine had a replicated service with a published port, a health
/// check, a memory limit, a constraint and one completed update (`realengine-web`), a global
/// service (`realengine-global`) and an overlay network (`realengine-net`).
@Suite struct RealEngineFixtureTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func bytes(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }

  func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
    try JSONDecoder().decode(type, from: try Self.bytes(name))
  }

  @Test func servicesDecodeWithStatusUpdateAndEndpoint() throws {
    let services = try decode([Service].self, "services.json")
    let web = try #require(services.first { $0.spec.name == "realengine-web" })
    #expect(web.spec.mode.replicated?.replicas == 2)
    #expect(web.spec.labels["stream"] == "realengine")
    #expect(web.spec.taskTemplate.containerSpec?.env == ["STREAM=realengine"])
    #expect(web.spec.taskTemplate.placement?.constraints == ["node.role==manager"])
    #expect(web.spec.endpointSpec?.ports?.first?.publishedPort == 8088)
    #expect(web.endpoint.ports?.first?.targetPort == 80)
    #expect(web.serviceStatus?.runningTasks == 2)
    #expect(web.updateStatus?.state == "completed")
    #expect(web.previousSpec?.taskTemplate.containerSpec?.env == nil)
    let global = try #require(services.first { $0.spec.name == "realengine-global" })
    #expect(global.spec.mode.global != nil)
    #expect(global.serviceStatus?.desiredTasks == 1)
  }

  @Test func insertDefaultsInspectDecodes() throws {
    let service = try decode(Service.self, "service-inspect-defaults.json")
    #expect(service.spec.name == "realengine-web")
    #expect(service.spec.updateConfig?.parallelism == 2)
    #expect(service.spec.updateConfig?.order == "stop-first")
    #expect(service.spec.rollbackConfig != nil)
    #expect(service.spec.taskTemplate.restartPolicy?.condition == "any")
  }

  @Test func tasksDecodeWithSlotsStatesAndNodes() throws {
    let tasks = try decode([Task].self, "tasks.json")
    #expect(tasks.count == 5)
    #expect(tasks.filter { $0.slot == nil }.count == 1)  // the global service's task
    #expect(tasks.filter { $0.desiredState == "shutdown" }.count == 2)
    let running = tasks.filter { $0.status.state == "running" }
    #expect(running.count == 3)
    #expect(running.allSatisfy { $0.status.containerStatus?.containerID.count == 64 })
    #expect(tasks.allSatisfy { $0.nodeID == "ta5c4fglwb5xl010kfpmd1kkb" })
  }

  @Test func nodesSwarmAndSystemDecode() throws {
    let nodes = try decode([Node].self, "nodes.json")
    #expect(nodes.first?.description.hostname == "vm")
    #expect(nodes.first?.managerStatus?.leader == true)
    #expect(nodes.first?.description.engine.engineVersion == "20.10.24+dfsg1")
    let swarm = try decode(Swarm.self, "swarm.json")
    #expect(swarm.joinTokens.worker.hasPrefix("SWMTKN-1-"))
    let info = try decode(SystemInfo.self, "info.json")
    #expect(info.swarm.localNodeState == "active")
    #expect(info.swarm.controlAvailable)
    #expect(info.serverVersion == "20.10.24+dfsg1")
    let version = try decode(SystemVersion.self, "version.json")
    #expect(version.apiVersion == "1.41")
  }

  @Test func networksDecodeLocalAndSwarmScopes() throws {
    let networks = try decode([NetworkResource].self, "networks.json")
    #expect(
      networks.map(\.name).sorted() == ["bridge", "docker_gwbridge", "ingress", "realengine-net"])
    let overlay = try decode(NetworkResource.self, "network-inspect.json")
    #expect(overlay.driver == "overlay")
    #expect(overlay.scope == "swarm")
  }

  /// An overlay network inspected right after `network create`, before swarmkit allocated it
  /// (seen on 20.10.24): Go's nil slices and maps arrive as `null`.
  @Test func unallocatedNetworkDecodes() throws {
    let json = """
      {"Driver":"default","Options":null,"Config":null}
      """
    let ipam = try JSONDecoder().decode(IPAM.self, from: Data(json.utf8))
    #expect(ipam.config.isEmpty)
  }

  @Test func containersDecode() throws {
    let containers = try decode([ContainerSummary].self, "containers.json")
    #expect(containers.count == 2)
    #expect(
      containers.allSatisfy { $0.labels["com.docker.swarm.service.name"] == "realengine-web" })
    let inspect = try decode(ContainerJSON.self, "container-inspect.json")
    #expect(inspect.state.running)
    #expect(inspect.config.labels["com.docker.swarm.service.name"] == "realengine-web")
  }

  @Test func serviceLogStreamSplitsIntoLinesWithSwarmDetails() throws {
    let body = Array(try Self.bytes("service-logs.bin"))
    let lines = DockerStream.logMessages(body, details: true, containerID: "")
    #expect(lines.count == 3)
    #expect(lines.map(\.line).allSatisfy { $0.hasPrefix("App version: 1.0; time check: ") })
    #expect(lines[0].taskID == "3i05qdlhbs1untoxv294a7oml")
    #expect(lines[0].serviceID == "suck9mizh9tt6h84cxmre1619")
    #expect(lines[0].nodeID == "ta5c4fglwb5xl010kfpmd1kkb")
    #expect(lines[0].timestamp.rfc3339Nano == "2026-11-26T13:07:19.633641717Z")
    #expect(lines[0].timestamp < lines[1].timestamp)
  }
}
