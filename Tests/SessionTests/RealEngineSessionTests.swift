import Engine
import EngineAPI
import Session
import SwarmCore
import Testing

/// A session given an engine of its own (as `swarmlab --engine` gives it a real one) sends
/// docker commands there and guards that engine. The simulated dockerd stands in for the real
/// one here: it is an `EngineClient` too, and deterministic.
@Suite struct RealEngineSessionTests {
  func session(yes: Bool = false) throws -> (Session, Engine) {
    let engine = Engine(cluster: Cluster())
    _ = try engine.swarmInit(SwarmInitRequest())
    return (Session(SessionConfiguration(), realEngine: engine, assumeYes: yes), engine)
  }

  func spec(_ name: String) -> EngineAPI.ServiceSpec {
    ServiceSpec(
      name: name,
      taskTemplate: TaskSpec(containerSpec: ContainerSpec(image: "diamol/ch12-timecheck:1.0")))
  }

  @Test func dockerCommandsGoToTheGivenEngine() throws {
    let (session, engine) = try session()
    #expect(session.isRealEngine)
    let out = session.run("docker service create --detach --name web diamol/ch12-timecheck:1.0")
    #expect(out.exitCode == 0)
    #expect(try engine.serviceList(.init()).map(\.spec.name) == ["web"])
    #expect(session.run("docker service rm web").exitCode == 0)
    #expect(try engine.serviceList(.init()).isEmpty)
  }

  @Test func removingWhatTheSessionDidNotCreateNeedsYes() throws {
    let (session, engine) = try session()
    _ = try engine.serviceCreate(spec("theirs"), options: .init())
    let refused = session.run("docker service rm theirs")
    #expect(refused.exitCode == 1)
    #expect(
      refused.text
        == "swarmlab: service theirs was not created in this SwarmLab session; run swarmlab with --yes to remove it on a real engine\n"
    )
    #expect(try engine.serviceList(.init()).count == 1)
    let leave = session.run("docker swarm leave --force")
    #expect(leave.exitCode == 1)
    #expect(engine.info().swarm.localNodeState == "active")

    let (trusting, other) = try self.session(yes: true)
    _ = try other.serviceCreate(spec("theirs"), options: .init())
    #expect(trusting.run("docker service rm theirs").exitCode == 0)
    #expect(try other.serviceList(.init()).isEmpty)
  }

  @Test func whatNeedsTheSimulationIsRefusedPlainly() throws {
    let (session, _) = try session()
    for line in ["machine ls", "visualize", "curl localhost"] {
      let out = session.run(line)
      #expect(out.exitCode == 127)
      #expect(out.text.contains("works on SwarmLab's simulation only"))
    }
  }

  @Test func sleepWaitsOnTheEnginesClock() throws {
    let (session, engine) = try session()
    let before = engine.now
    #expect(session.run("sleep 10").exitCode == 0)
    #expect(engine.now.unixNanos - before.unixNanos == 10_000_000_000)
  }
}
