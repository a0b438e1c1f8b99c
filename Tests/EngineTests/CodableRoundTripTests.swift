import Engine
import EngineAPI
import Foundation
import GoDurations
import SwarmCore
import Testing

/// The API values travel as JSON (a socket server decodes requests, a real-engine client
/// decodes responses): encoding then decoding must give the same value back.
@Suite struct CodableRoundTripTests {
  func roundTrip<T: Codable & Equatable>(_ value: T) throws {
    let data = try JSONEncoder().encode(value)
    #expect(try JSONDecoder().decode(T.self, from: data) == value)
  }

  @Test func everyObjectKindSurvivesJSON() throws {
    let engine = try EngineFixture.engine()
    var spec = EngineFixture.spec("web", replicas: 2)
    spec.taskTemplate.containerSpec?.env = ["A=1"]
    spec.endpointSpec = EndpointSpec(ports: [PortConfig(targetPort: 80, publishedPort: 8080)])
    _ = try engine.serviceCreate(spec, options: .init())
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    for service in try engine.serviceList(ServiceListOptions(status: true)) {
      try roundTrip(service)
    }
    try roundTrip(
      try engine.serviceInspect("web", options: ServiceInspectOptions(insertDefaults: true)))
    for task in try engine.taskList(.init()) { try roundTrip(task) }
    for node in try engine.nodeList(.init()) { try roundTrip(node) }
    try roundTrip(try engine.swarmInspect())
    for network in try engine.networkList(.init()) { try roundTrip(network) }
    for var container in try engine.containerList(ContainerListOptions(all: true)) {
      // `Created` travels in whole seconds, as in the Engine API.
      container.createdAt = Timestamp(unixNanos: container.created * 1_000_000_000)
      try roundTrip(container)
      try roundTrip(try engine.containerInspect(container.id))
    }
    try roundTrip(engine.info())
    try roundTrip(engine.version())
    try roundTrip(EngineError.notFound("No such container: x"))
    try roundTrip(FilterArgs([("label", "a=b"), ("name", "web"), ("label", "c")]))
  }

  @Test func timestampsAreGoRFC3339Nano() throws {
    let t = Timestamp(unixNanos: 1_605_906_870_120_000_000)
    #expect(t.rfc3339Nano == "2020-11-20T21:14:30.12Z")
    #expect(Timestamp(rfc3339: "2020-11-20T21:14:30.12Z") == t)
    #expect(Timestamp(rfc3339: "2020-11-20T22:14:30.12+01:00") == t)
    #expect(Timestamp(unixNanos: 0).rfc3339Nano == "1970-01-01T00:00:00Z")
    #expect(Timestamp(unixNanos: -1).rfc3339Nano == "1969-12-31T23:59:59.999999999Z")
    #expect(Timestamp(rfc3339: "0001-01-01T00:00:00Z") == .goZero)
    #expect(Timestamp(rfc3339: "2020-11-20T21:14:30.1234567891234Z") != nil)
    // Year 9999 does not fit in nanoseconds since 1970: refused, not trapped.
    #expect(Timestamp(rfc3339: "9999-12-31T23:59:59Z") == nil)
    #expect(Timestamp(rfc3339: "2020-13-01T00:00:00Z") == nil)
    #expect(Timestamp(rfc3339: "yesterday") == nil)
    let json = try JSONEncoder().encode([t])
    #expect(String(decoding: json, as: UTF8.self) == "[\"2020-11-20T21:14:30.12Z\"]")
  }
}
