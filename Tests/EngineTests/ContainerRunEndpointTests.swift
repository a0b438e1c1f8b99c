import Engine
import EngineAPI
import GoDurations
import SwarmCore
import Testing

/// `docker run`'s endpoints on the simulated daemon: create, start (detached and attached),
/// an attachable overlay's address and endpoint, `--rm`, and the daemon's refusals.
@Suite struct ContainerRunEndpointTests {
  let image = "diamol/ch12-timecheck:1.0"

  @Test func aForegroundCommandWritesItsLogAndExitsWithItsStatus() throws {
    let engine = try EngineFixture.engine(swarm: false)
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["sh", "-c", "echo out; echo err >&2; exit 3"]),
      name: "one"
    ).id
    let output = try engine.containerAttachStart(id)
    #expect(output.exitCode == 3)
    #expect(output.chunks == [.stdout("out\n"), .stderr("err\n")])
    let inspect = try engine.containerInspect("one")
    #expect(inspect.state.status == "exited")
    #expect(inspect.state.exitCode == 3)
    #expect(inspect.path == "sh")
    #expect(inspect.args == ["-c", "echo out; echo err >&2; exit 3"])
    let logs = try engine.containerLogs("one", options: LogsOptions())
    #expect(logs.map(\.line) == ["out", "err"])
    #expect(logs.map(\.stream) == [.stdout, .stderr])
  }

  @Test func autoRemoveTakesTheContainerAwayWhenItExits() throws {
    let engine = try EngineFixture.engine(swarm: false)
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["echo", "hi"], autoRemove: true), name: nil
    ).id
    #expect(try engine.containerAttachStart(id).stdout == "hi\n")
    #expect(throws: EngineError.self) { try engine.containerInspect(id) }
  }

  @Test func aDetachedSleepKeepsRunningUntilRemoved() throws {
    let engine = try EngineFixture.engine(swarm: false)
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["sleep", "1000"], autoRemove: true),
      name: "sleeper"
    ).id
    try engine.containerStart(id)
    engine.wait(GoDuration(nanoseconds: 60_000_000_000))
    #expect(try engine.containerInspect("sleeper").state.running)
    try engine.containerStop("sleeper")
    #expect(throws: EngineError.self) { try engine.containerInspect("sleeper") }
  }

  @Test func anAttachableOverlayGivesAnAddressThenTheNodeEndpoint() throws {
    let engine = try EngineFixture.engine()
    let net = try engine.networkCreate(
      NetworkCreateRequest(name: "att", driver: "overlay", attachable: true)
    ).id
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["sleep", "1000"], networkMode: "att"),
      name: "box"
    ).id
    try engine.containerStart(id)
    let network = try engine.networkInspect(net)
    let subnet = try #require(network.ipam.config.first?.subnet)
    let base = subnet.split(separator: ".").prefix(3).joined(separator: ".")
    #expect(network.containers[id]?.ipv4Address == "\(base).2/24")
    #expect(network.containers["lb-att"]?.ipv4Address == "\(base).3/24")
    #expect(try engine.containerList(.init()).first?.networks == ["att"])
    // A second container takes the next address; the endpoint is not made twice.
    let second = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["sleep", "1"], networkMode: "att"), name: nil
    ).id
    try engine.containerStart(second)
    #expect(try engine.networkInspect(net).containers[second]?.ipv4Address == "\(base).4/24")
    // The network is in use by the container's attachment until it goes.
    let error = try #require(throws: EngineError.self) { try engine.networkRemove("att") }
    #expect(error.message.contains("is in use by task"))
    try engine.containerRemove("box", force: true)
    try engine.containerRemove(second, force: true)
    try engine.networkRemove("att")
  }

  @Test func aContainerResolvesServicesAndItsOwnNameOnTheOverlay() throws {
    let engine = try EngineFixture.engine()
    _ = try engine.networkCreate(
      NetworkCreateRequest(name: "att", driver: "overlay", attachable: true))
    var spec = EngineFixture.spec("web", image: "diamol/ch09-image-of-the-day")
    spec.taskTemplate.networks = [NetworkAttachmentConfig(target: "att")]
    _ = try engine.serviceCreate(spec, options: .init())
    engine.wait(GoDuration(nanoseconds: 5_000_000_000))
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["nslookup", "web"], networkMode: "att"),
      name: "probe"
    ).id
    let output = try engine.containerAttachStart(id)
    #expect(output.exitCode == 0)
    #expect(output.stdout.contains("Name:      web"))
    let vip = try engine.serviceInspect("web", options: .init()).endpoint.virtualIPs?.first
    let address = try #require(vip?.addr?.split(separator: "/").first)
    #expect(output.stdout.contains("Address 1: \(address)"))
  }

  @Test func anInteractiveShellStaysOpenAndItsExitStopsTheContainer() throws {
    let engine = try EngineFixture.engine(swarm: false)
    let id = try engine.containerCreate(
      ContainerCreateRequest(
        image: image, cmd: ["sh"], tty: true, openStdin: true, attachStdin: true),
      name: "shell"
    ).id
    let opened = try engine.containerAttachStart(id)
    #expect(opened.exitCode == nil)
    #expect(opened.prompt == "/app # ")
    #expect(try engine.execInput(id, line: "echo $((1))x hostname").exitCode == nil)
    let closed = try engine.execInput(id, line: "exit 4")
    #expect(closed.exitCode == 4)
    let state = try engine.containerInspect("shell").state
    #expect(state.status == "exited" && state.exitCode == 4)
  }

  @Test func theDaemonRefusesAsDockerDoes() throws {
    let engine = try EngineFixture.engine()
    _ = try engine.networkCreate(NetworkCreateRequest(name: "plain", driver: "overlay"))
    let missing = try #require(throws: EngineError.self) {
      try engine.containerCreate(ContainerCreateRequest(image: "nosuch"), name: nil)
    }
    #expect(missing.statusCode == 404 && missing.message == "No such image: nosuch:latest")
    #expect(throws: EngineError.self) { try engine.imagePull("nosuch:latest") }
    let bad = try #require(throws: EngineError.self) {
      try engine.containerCreate(ContainerCreateRequest(image: image), name: "a b")
    }
    #expect(bad.statusCode == 400)
    _ = try engine.containerCreate(ContainerCreateRequest(image: image), name: "taken")
    let conflict = try #require(throws: EngineError.self) {
      try engine.containerCreate(ContainerCreateRequest(image: image), name: "taken")
    }
    #expect(conflict.statusCode == 409)
    let id = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["echo"], networkMode: "plain"), name: nil
    ).id
    let denied = try #require(throws: EngineError.self) { try engine.containerStart(id) }
    #expect(denied.statusCode == 403 && denied.message.hasSuffix("not manually attachable"))
    #expect(try engine.containerInspect(id).state.status == "created")
    let noExe = try engine.containerCreate(
      ContainerCreateRequest(image: image, cmd: ["nosuchcmd"]), name: nil
    ).id
    let runtime = try #require(throws: EngineError.self) { try engine.containerStart(noExe) }
    #expect(runtime.message.contains("executable file not found in $PATH"))
    #expect(try engine.containerInspect(noExe).state.exitCode == 127)
  }
}
