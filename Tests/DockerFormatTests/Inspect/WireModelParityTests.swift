import Engine
import EngineAPI
import GoTemplate
import SwarmCore
import Testing

@testable import DockerFormat

/// The Engine's API values, encoded by `GoValueEncoder`, must be exactly what the
/// hand-built inspect encoding produced: same fields, order, Go types and values. This is
/// what lets `docker … inspect` print the Engine's objects byte for byte as before.
@Suite struct WireModelParityTests {
  /// A swarm with an overlay network, a published and labelled service that was updated and
  /// rolled back, a global service, and running containers.
  static func richCluster() throws -> Cluster {
    var c = Cluster()
    try ControlAPI.initSwarm(&c)
    try ControlAPI.createNetwork(
      name: "app-net", driver: "overlay", attachable: true, subnet: nil, labels: ["tier=web"], &c)
    var spec = InspectFixtures.spec("web", replicas: 2)
    spec.labels = [Label("owner", "ops")]
    spec.template.env = ["A=1"]
    spec.template.networks = ["app-net"]
    spec.template.constraints = ["node.role==manager"]
    spec.template.placementPreferences = ["spread=node.labels.zone"]
    spec.template.containerLabels = [Label("x", "y")]
    spec.template.restart.window = .seconds(30)
    spec.update.parallelism = 2
    spec.update.delay = .seconds(10)
    spec.update.maxFailureRatio = 0.25
    spec.ports = [
      PortConfig(targetPort: 80, publishedPort: 8080), PortConfig(targetPort: 81, publishedPort: 0),
    ]
    let web = try ControlAPI.createService(spec, &c)
    c.advance(by: .seconds(10))
    try ControlAPI.updateService(web.id, &c) { $0.template.env.append("B=2") }
    c.advance(by: .seconds(30))
    var global = InspectFixtures.spec("agent", image: "unknown/image:1")
    global.mode = .global
    global.template.healthCheck = HealthCheck(test: ["CMD-SHELL", "true"])
    global.template.stopGracePeriod = .seconds(3)
    try ControlAPI.createService(global, &c)
    c.advance(by: .seconds(10))
    try ControlAPI.rollbackService(web.id, &c)
    c.advance(by: .seconds(5))
    return c
  }

  @Test func servicesMatch() throws {
    let c = try Self.richCluster()
    #expect(c.state.services.count == 2)
    for s in c.state.services.values {
      let old = InspectEncoding.service(s, c)
      let new = GoValueEncoder.encode(ObjectConversion.service(s, insertDefaults: true))
      #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old))
      #expect(new.sortedMaps == old.sortedMaps)
    }
  }

  @Test func tasksMatch() throws {
    let c = try Self.richCluster()
    #expect(c.state.tasks.count > 3)
    for t in c.state.tasks.values {
      let old = InspectEncoding.task(t, c)
      let new = GoValueEncoder.encode(ObjectConversion.task(t, c))
      #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old))
      #expect(new.sortedMaps == old.sortedMaps)
    }
  }

  @Test func nodeAndSwarmMatch() throws {
    let c = try Self.richCluster()
    for n in c.state.nodes.values {
      let old = InspectEncoding.node(n, c)
      let new = GoValueEncoder.encode(ObjectConversion.node(n, c))
      #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old))
      #expect(new.sortedMaps == old.sortedMaps)
    }
    let old = InspectEncoding.swarm(c)
    let new = GoValueEncoder.encode(ObjectConversion.swarm(c.state.swarm!))
    #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old))
    #expect(new.sortedMaps == old.sortedMaps)
  }

  @Test func networksAndContainersMatch() throws {
    let c = try Self.richCluster()
    for n in c.state.networks.values {
      let old = InspectEncoding.network(n, c)
      let new = GoValueEncoder.encode(LocalObjectConversion.network(n, c))
      #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old), "\(n.name)")
      #expect(new.sortedMaps == old.sortedMaps, "\(n.name)")
    }
    #expect(c.state.containers.values.contains { !$0.isRunning })
    for container in c.state.containers.values {
      let old = InspectEncoding.container(container, c)
      let new = GoValueEncoder.encode(LocalObjectConversion.container(container, c))
      #expect(GoJSON.marshalIndent(new) == GoJSON.marshalIndent(old))
      #expect(new.sortedMaps == old.sortedMaps)
    }
  }
}

extension TemplateValue {
  /// The value with map members sorted by key: maps are unordered in Go.
  var sortedMaps: TemplateValue {
    switch self {
    case .map(let fields):
      .map(fields.map { TemplateField($0.name, $0.value.sortedMaps) }.sorted { $0.name < $1.name })
    case .object(let type, let fields):
      .object(type: type, fields: fields.map { TemplateField($0.name, $0.value.sortedMaps) })
    case .array(let items): .array(items.map(\.sortedMaps))
    default: self
    }
  }
}
