import Engine
import Session
import SwarmCore
import Testing

@testable import Lessons

/// Every check kind, passing and failing, on clusters built with the core API and read
/// through the simulated dockerd's Engine API, as lessons read them.
@Suite struct CheckTests {
  func outcome(_ kind: Check.Kind, _ cluster: Cluster, _ records: [CommandRecord] = [])
    -> CheckOutcome
  {
    CheckEvaluator(engine: Engine(cluster: cluster), records: records).evaluate(Check(kind))
  }

  @Test func swarmAndNodes() throws {
    var cluster = Cluster()
    #expect(!outcome(.swarm(active: true), cluster).passed)
    #expect(outcome(.swarm(active: false), cluster).passed)
    try ControlAPI.initSwarm(&cluster)
    #expect(outcome(.swarm(active: true), cluster).passed)
    #expect(outcome(.nodes(NodeQuery(role: "manager", count: 1)), cluster).passed)
    let workers = outcome(.nodes(NodeQuery(role: "worker", min: 1)), cluster)
    #expect(
      !workers.passed
        && workers.reasons == ["The swarm has 0 worker node(s); this step wants at least 1."])
  }

  @Test func serviceFields() throws {
    let state = try Fixtures.timecheck()
    var query = ServiceQuery(name: "timecheck")
    query.image = "diamol/ch12-timecheck:1.0"
    query.replicas = 1
    query.running = 1
    query.converged = true
    #expect(outcome(.service(query), state).passed)
    query.image = "diamol/ch12-timecheck"
    #expect(outcome(.service(query), state).passed)
    query.image = "diamol/ch12-timecheck:2.0"
    query.published = 8010
    query.networks = ["iotd-net"]
    let failed = outcome(.service(query), state)
    #expect(failed.reasons.count == 3)
    #expect(
      failed.reasons[0]
        == "The service timecheck runs diamol/ch12-timecheck:1.0, not diamol/ch12-timecheck:2.0.")
    #expect(!outcome(.service(ServiceQuery(name: "web")), state).passed)
    #expect(outcome(.noService("web"), state).passed)
    #expect(!outcome(.noService("timecheck"), state).passed)
  }

  @Test func publishedPortsAndNetworks() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    try ControlAPI.createNetwork(
      name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &cluster)
    var spec = ServiceSpec(
      name: "image-gallery",
      template: Fixtures.template("diamol/ch09-image-gallery", cluster.catalog))
    spec.template.networks = ["iotd-net"]
    spec.ports = [PortConfig(targetPort: 80, publishedPort: 8010)]
    try ControlAPI.createService(spec, &cluster)
    var query = ServiceQuery(name: "image-gallery")
    query.published = 8010
    query.target = 80
    query.networks = ["iotd-net"]
    #expect(outcome(.service(query), cluster).passed)
    query.target = 8080
    #expect(!outcome(.service(query), cluster).passed)
    #expect(outcome(.network(name: "iotd-net", driver: "overlay"), cluster).passed)
    #expect(!outcome(.network(name: "iotd-net", driver: "bridge"), cluster).passed)
    #expect(!outcome(.network(name: "numbers", driver: nil), cluster).passed)
  }

  @Test func replacedTaskAndRollback() throws {
    var cluster = try Fixtures.timecheck()
    #expect(!outcome(.replacedTask(service: "timecheck"), cluster).passed)
    let service = try #require(cluster.state.service(named: "timecheck"))
    let task = cluster.state.tasks(ofService: service.id)[0]
    try ControlAPI.removeContainer(task.containerID!, force: true, &cluster)
    #expect(!outcome(.replacedTask(service: "timecheck"), cluster).passed, "not running yet")
    cluster.advance(by: .seconds(10))
    #expect(outcome(.replacedTask(service: "timecheck"), cluster).passed)

    #expect(!outcome(.rolledBack(service: "timecheck"), cluster).passed)
    let newer = Fixtures.template("diamol/ch12-timecheck:2.0", cluster.catalog)
    try ControlAPI.updateService(service.id, &cluster) { $0.template = newer }
    cluster.advance(by: .seconds(30))
    #expect(!outcome(.rolledBack(service: "timecheck"), cluster).passed)
    try ControlAPI.rollbackService(service.id, &cluster)
    cluster.advance(by: .seconds(30))
    #expect(outcome(.rolledBack(service: "timecheck"), cluster).passed)
  }

  @Test func commandsRunInTheStep() throws {
    let state = try Fixtures.timecheck()
    let container = state.state.containers.values.first { $0.isRunning }!
    let records = [
      Fixtures.record("docker swarm join-token -q worker"),
      Fixtures.record("docker ps"),
      Fixtures.record("docker service logs --since 10s timecheck"),
      Fixtures.record("docker container exec -it \(container.id.prefix(12)) sh"),
      Fixtures.record("nslookup iotd", container: container.id),
      Fixtures.record("docker exec abc nslookup accesslog"),
      Fixtures.record("curl http://localhost:8010"),
      Fixtures.record("docker swarm join-token manager", exit: 1),
    ]
    let table: [(Check.Kind, Bool)] = [
      (.ran(CommandPattern("docker swarm join-token worker")), true),
      (.ran(CommandPattern("docker swarm join-token manager")), false),
      (.ran(CommandPattern("docker container ls")), true),
      (.ran(CommandPattern("docker service ps timecheck")), false),
      (.logs(service: "timecheck"), true),
      (.logs(service: "iotd"), false),
      (.exec(service: "timecheck"), true),
      (.exec(service: "iotd"), false),
      (.exec(service: nil), true),
      (.nslookup(name: "iotd"), true),
      (.nslookup(name: "accesslog"), true),
      (.nslookup(name: "image-gallery"), false),
      (.curl(port: 8010), true),
      (.curl(port: 8020), false),
    ]
    for (kind, expected) in table {
      #expect(outcome(kind, state, records).passed == expected, "\(kind)")
      #expect(!outcome(kind, state, []).passed, "\(kind) with no records")
    }
  }

  @Test func askingForHelpIsNotRunningTheCommand() throws {
    let state = try Fixtures.timecheck()
    let check = Check.Kind.ran(CommandPattern("docker node ls"))
    #expect(!outcome(check, state, [Fixtures.record("docker node ls --help")]).passed)
    #expect(!outcome(check, state, [Fixtures.record("docker node ls -h")]).passed)
    #expect(!outcome(check, state, [Fixtures.record("docker node ls", exit: 1)]).passed)
    #expect(outcome(check, state, [Fixtures.record("docker node ls")]).passed)
  }

  @Test func aRollbackAfterAManualUpdateExplainsTheTrap() throws {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run("docker service create --name timecheck diamol/ch12-timecheck:1.0")
    _ = session.run("docker service update --image diamol/ch12-timecheck:2.0 timecheck")
    _ = session.run("docker service update --image diamol/ch12-timecheck:1.0 timecheck")
    _ = session.run("docker service update --rollback timecheck")
    session.advanceClock(by: .seconds(30))
    var query = ServiceQuery(name: "timecheck")
    query.image = "diamol/ch12-timecheck:1.0"
    let result = CheckEvaluator(engine: session.engineClient, records: []).evaluate(
      Check(.service(query)))
    #expect(!result.passed)
    #expect(result.reasons.count == 2)
    #expect(result.reasons.last?.contains("type 'reset'") == true)
  }

  @Test func combinatorsAndReasons() throws {
    let state = try Fixtures.timecheck()
    let yes = Check(.swarm(active: true))
    let no = Check(.noService("timecheck"), reason: "Remove timecheck first.")
    #expect(outcome(.all([yes, yes]), state).passed)
    #expect(outcome(.all([yes, no]), state).reasons == ["Remove timecheck first."])
    #expect(outcome(.any([no, yes]), state).passed)
    #expect(!outcome(.any([no, no]), state).passed)
    #expect(outcome(.not(no), state).passed)
    #expect(outcome(.not(yes), state).reasons == ["This should not be so: the swarm is active."])
    let custom = CheckEvaluator(engine: Engine(cluster: state), records: []).evaluate(
      Check(.not(yes), reason: "Leave the swarm."))
    #expect(custom.reasons == ["Leave the swarm."])
  }

  @Test func dockerPathsFoldAliases() {
    #expect(DockerCommandPath(["ps", "-q"]).path == ["container", "ls"])
    #expect(DockerCommandPath(["container", "list"]).path == ["container", "ls"])
    #expect(DockerCommandPath(["service", "ps", "web"]).path == ["service", "ps"])
    #expect(DockerCommandPath(["service", "remove", "web"]).path == ["service", "rm"])
    let exec = DockerCommandPath(["exec", "-e", "A=1", "-it", "c1", "nslookup", "iotd"]).execTarget
    #expect(exec?.container == "c1" && exec?.command == ["nslookup", "iotd"])
  }
}

/// A step's commands are read once however often the step is checked (issue 11: 2,500
/// commands in one step were re-read after every command).
@Suite struct StepCommandsTests {
  func records(_ count: Int, _ line: String = "docker node ls") -> [CommandRecord] {
    Array(repeating: Fixtures.record(line), count: count)
  }

  @Test func eachCommandIsReadOncePerKindWithAMemory() {
    let memory = CommandMemory()
    let kind = Check.Kind.ran(CommandPattern("docker swarm join-token worker"))
    var reads = 0
    var commands = StepCommands(records(100))
    commands.memory = memory
    #expect(
      !commands.contain(kind) { _ in
        reads += 1; return false
      })
    #expect(reads == 100)
    #expect(
      !commands.contain(kind) { _ in
        reads += 1; return false
      })
    #expect(reads == 100, "nothing new to read")
    commands = StepCommands(records(110))
    commands.memory = memory
    #expect(
      !commands.contain(kind) { _ in
        reads += 1; return false
      })
    #expect(reads == 110, "only the ten new commands")
    // Found once, found for the rest of the step, without reading.
    commands = StepCommands(records(111))
    commands.memory = memory
    #expect(
      commands.contain(kind) { _ in
        reads += 1; return true
      })
    #expect(
      commands.contain(kind) { _ in
        reads += 1; return false
      })
    #expect(reads == 111)
    // Another kind has its own place in the same memory.
    #expect(
      !commands.contain(.curl(port: 80)) { _ in
        reads += 1; return false
      })
    #expect(reads == 222)
  }

  @Test func aLessonStepCheckedAfterEveryCommandStaysLinear() throws {
    let lesson = try #require(try LessonLibrary.bundled().first { $0.id == "ch12" })
    let engine = LessonEngine(lesson: lesson)
    _ = engine.run("docker swarm init")
    #expect(engine.currentStep?.id == "join-tokens")
    for _ in 0..<300 { _ = engine.run("docker node ls") }
    _ = engine.run("docker swarm join-token worker")
    #expect(engine.currentStep?.id == "join-tokens")
    #expect(
      engine.evaluate().reasons == [
        "You have not run `docker swarm join-token manager` in this step yet."
      ])
    _ = engine.run("docker swarm join-token manager")
    #expect(
      engine.currentStep?.id == "node-ls", "the worker token found 300 commands ago still counts")
  }
}
