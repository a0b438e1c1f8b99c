import Engine
import EngineAPI
import Foundation
import GoDurations
import SwarmCore
import Testing

/// `/configs`, `/secrets` and `/volumes` of the simulated daemon: shapes, filters and the
/// statuses and messages a 20.10 engine answers with (checked with tools/real-swarm).
@Suite struct DataObjectEndpointTests {
  @Test func configsAreCreatedListedFilteredAndRemoved() throws {
    let engine = try EngineFixture.engine()
    let id = try engine.configCreate(
      ConfigSpec(name: "app-config", labels: ["app": "todo"], bytes: Array("{}\n".utf8))
    ).id
    _ = try engine.configCreate(ConfigSpec(name: "other", bytes: [1, 2, 3]))
    let config = try engine.configInspect("app-config")
    #expect(config.id == id && config.spec.bytes == Array("{}\n".utf8))
    #expect(config.spec.data == "e30K")
    #expect(try engine.configInspect(String(id.prefix(5))).id == id)
    let byName = try engine.configList(ListOptions(filters: FilterArgs([("name", "app")])))
    #expect(byName.map(\.spec.name) == ["app-config"])
    let byLabel = try engine.configList(ListOptions(filters: FilterArgs([("label", "app=todo")])))
    #expect(byLabel.map(\.id) == [id])
    #expect(throws: EngineError.invalidParameter("Invalid filter 'names'")) {
      try engine.configList(ListOptions(filters: FilterArgs([("names", "x")])))
    }
    #expect(
      throws: EngineError.conflict(
        "rpc error: code = AlreadyExists desc = config app-config already exists")
    ) {
      try engine.configCreate(ConfigSpec(name: "app-config", bytes: [1]))
    }
    try engine.configRemove("app-config")
    #expect(throws: EngineError.notFound("config app-config not found")) {
      try engine.configInspect("app-config")
    }
  }

  @Test func aSecretsDataNeverLeavesTheDaemon() throws {
    let engine = try EngineFixture.engine()
    _ = try engine.secretCreate(SecretSpec(name: "pw", bytes: Array("s3cret".utf8)))
    #expect(try engine.secretInspect("pw").spec.data == nil)
    #expect(try engine.secretList(ListOptions()).allSatisfy { $0.spec.data == nil })
    let exact = try engine.secretList(ListOptions(filters: FilterArgs([("names", "p")])))
    #expect(exact.isEmpty)
    let json = String(decoding: try JSONEncoder().encode(engine.secretInspect("pw")), as: UTF8.self)
    #expect(!json.contains("Data"))
  }

  @Test func configsInUseAreRefusedAndTheirFilesReachTheContainer() throws {
    let engine = try EngineFixture.engine()
    let id = try engine.configCreate(ConfigSpec(name: "c", bytes: Array("hello\n".utf8))).id
    var spec = EngineFixture.spec("web", replicas: 1)
    spec.taskTemplate.containerSpec?.configs = [
      ConfigReference(file: FileTarget(name: "/etc/c.conf"), configID: id, configName: "c")
    ]
    _ = try engine.serviceCreate(spec, options: .init())
    engine.wait(GoDuration(nanoseconds: 10_000_000_000))
    #expect(
      throws: EngineError.invalidParameter(
        "rpc error: code = InvalidArgument desc = config 'c' is in use by the following service: web"
      )
    ) {
      try engine.configRemove("c")
    }
    let container = try #require(try engine.containerList(.init()).first)
    #expect(
      engine.cluster.state.mountedFile("/etc/c.conf", inContainer: container.id)
        == Array("hello\n".utf8))
  }

  @Test func volumesHave20_10sShapesFiltersAndPrune() throws {
    let engine = try EngineFixture.engine(swarm: false)
    let made = try engine.volumeCreate(VolumeCreateBody(labels: ["v": "1"], name: "data"))
    #expect(made.labels == ["v": "1"] && made.options == [:] && made.scope == "local")
    #expect(made.mountpoint == "/var/lib/docker/volumes/data/_data")
    _ = try engine.volumeCreate(VolumeCreateBody(name: "logs"))
    #expect(made.createdAt == "2020-11-20T21:14:30Z")
    let named = try engine.volumeList(ListOptions(filters: FilterArgs([("name", "at")])))
    #expect(named.volumes?.map(\.name) == ["data"])
    #expect(throws: EngineError.invalidParameter("Invalid filter 'dangling=[maybe]'")) {
      try engine.volumeList(ListOptions(filters: FilterArgs([("dangling", "maybe")])))
    }
    #expect(throws: EngineError.notFound("get nosuch: no such volume")) {
      try engine.volumeInspect("nosuch")
    }
    try engine.volumeRemove("nosuch", force: true)
    let pruned = try engine.volumesPrune(ListOptions(filters: FilterArgs([("label", "v=1")])))
    #expect(pruned.volumesDeleted == ["data"])
    #expect(throws: EngineError.invalidParameter("Invalid filter 'dangling'")) {
      try engine.volumesPrune(ListOptions(filters: FilterArgs([("dangling", "true")])))
    }
    #expect(try engine.volumesPrune(ListOptions()).volumesDeleted == ["logs"])
    #expect(try engine.volumeList(ListOptions()).volumes == [])
  }

  @Test func base64IsGosStandardEncoding() {
    for text in ["", "a", "ab", "abc", "abcd", "{\"a\": 1}\n"] {
      let bytes = Array(text.utf8)
      #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    }
    #expect(Base64.encode(Array("{\"a\": 1}\n".utf8)) == "eyJhIjogMX0K")
    #expect(Base64.decode("abc") == nil && Base64.decode("a=bc") == nil)
  }
}
