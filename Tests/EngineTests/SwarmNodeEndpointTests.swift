import Engine
import EngineAPI
import GoDurations
import SwarmCore
import Testing

@Suite struct SwarmNodeEndpointTests {
  @Test func initInspectAndRotateTokens() throws {
    let engine = try EngineFixture.engine(swarm: false)
    #expect(engine.ping().swarmStatus == "inactive")
    #expect(engine.info().swarm.localNodeState == "inactive")
    let nodeID = try engine.swarmInit(SwarmInitRequest(advertiseAddr: "10.0.0.5:2377"))
    #expect(engine.ping().swarmStatus == "active/manager")
    let info = engine.info()
    #expect(info.swarm.nodeID == nodeID && info.swarm.nodeAddr == "10.0.0.5")
    #expect(info.swarm.nodes == 1 && info.swarm.managers == 1)
    engine.wait(GoDuration(nanoseconds: 1_000_000_000))
    let swarm = try engine.swarmInspect()
    try engine.swarmUpdate(
      version: swarm.version, spec: swarm.spec, flags: SwarmUpdateFlags(rotateWorkerToken: true))
    let rotated = try engine.swarmInspect()
    #expect(rotated.joinTokens.worker != swarm.joinTokens.worker)
    #expect(rotated.joinTokens.manager == swarm.joinTokens.manager)
    #expect(rotated.version.index > swarm.version.index)
    #expect(throws: EngineError.self) {
      try engine.swarmInit(SwarmInitRequest())
    }
  }

  @Test func anEmptyAdvertiseAddressIsNoAddress() throws {
    let engine = try EngineFixture.engine(swarm: false)
    _ = try engine.swarmInit(SwarmInitRequest(advertiseAddr: ""))
    #expect(engine.info().swarm.nodeAddr == engine.cluster.localMachine.address)
    let other = try EngineFixture.engine(swarm: false)
    #expect(throws: EngineError.self) {
      try other.swarmInit(SwarmInitRequest(advertiseAddr: ":2377"))
    }
  }

  @Test func leaveAsTheLastManagerNeedsForce() throws {
    let engine = try EngineFixture.engine()
    do {
      try engine.swarmLeave(force: false)
      Issue.record("the last manager left without --force")
    } catch {
      #expect(error.statusCode == 503)
    }
    try engine.swarmLeave(force: true)
    #expect(engine.ping().swarmStatus == "inactive")
  }

  @Test func nodesListInspectAndUpdate() throws {
    let engine = try EngineFixture.engine()
    // `self` is the CLI's word; the daemon answers 404 for it, as dockerd does.
    #expect(throws: EngineError.self) { try engine.nodeInspect("self") }
    let node = try engine.nodeInspect(engine.info().swarm.nodeID)
    #expect(node.description.hostname == "docker-desktop")
    #expect(node.managerStatus?.leader == true)
    #expect(try engine.nodeInspect("docker-desktop").id == node.id)
    #expect(try engine.nodeList(ListOptions(filters: FilterArgs([("role", "worker")]))).isEmpty)
    var spec = node.spec
    spec.labels["zone"] = "east"
    spec.availability = "drain"
    try engine.nodeUpdate(node.id, version: node.version, spec: spec)
    let updated = try engine.nodeInspect(node.id)
    #expect(updated.spec.labels == ["zone": "east"])
    #expect(updated.spec.availability == "drain")
    #expect(
      try engine.nodeList(ListOptions(filters: FilterArgs([("label", "zone=east")]))).count == 1)
    spec.availability = "sleep"
    #expect(throws: EngineError.invalidParameter("invalid Availability: \"sleep\"")) {
      try engine.nodeUpdate(node.id, version: updated.version, spec: spec)
    }
    do {
      _ = try engine.nodeInspect("nope")
      Issue.record("a missing node was found")
    } catch {
      #expect(error.isNotFound && error.message == "node nope not found")
    }
  }
}
