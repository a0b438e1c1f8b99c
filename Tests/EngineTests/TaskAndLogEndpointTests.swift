import Engine
import EngineAPI
import GoDurations
import SwarmCore
import Testing

@Suite struct TaskAndLogEndpointTests {
  static func running() throws -> (Engine, String) {
    let engine = try EngineFixture.engine()
    let id = try engine.serviceCreate(
      EngineFixture.spec("timecheck", replicas: 2), options: .init()
    ).id
    engine.wait(GoDuration(nanoseconds: 60_000_000_000))
    return (engine, id)
  }

  @Test func tasksFilterByServiceDesiredStateAndName() throws {
    let (engine, id) = try Self.running()
    let tasks = try engine.taskList(ListOptions(filters: FilterArgs([("service", "timecheck")])))
    #expect(tasks.count == 2)
    #expect(tasks.allSatisfy { $0.serviceID == id && $0.status.state == "running" })
    #expect(Set(tasks.compactMap(\.slot)) == [1, 2])
    let named = try engine.taskList(ListOptions(filters: FilterArgs([("name", "timecheck.2")])))
    #expect(named.map(\.slot) == [2])
    let shutdown = try engine.taskList(
      ListOptions(filters: FilterArgs([("desired-state", "shutdown")])))
    #expect(shutdown.isEmpty)
    #expect(throws: EngineError.invalidParameter("Invalid desired-state filter: 'sleeping'")) {
      try engine.taskList(ListOptions(filters: FilterArgs([("desired-state", "sleeping")])))
    }
    let task = try engine.taskInspect(String(tasks[0].id.prefix(6)))
    #expect(task.id == tasks[0].id)
    #expect(task.status.containerStatus?.containerID.isEmpty == false)
  }

  /// moby resolves `service` and `node` filter values to one object each (ID, name, unique ID
  /// prefix), refuses what it cannot find, and ORs several values: what `service ps A
  /// --filter service=B` and `node ps` send (checked on a 20.10 engine).
  @Test func serviceAndNodeFiltersResolveLikeTheDaemon() throws {
    let (engine, id) = try Self.running()
    let other = try engine.serviceCreate(EngineFixture.spec("other", replicas: 1), options: .init())
      .id
    engine.wait(GoDuration(nanoseconds: 60_000_000_000))
    let both = try engine.taskList(
      ListOptions(filters: FilterArgs([("service", id), ("service", "other")])))
    #expect(Set(both.compactMap(\.serviceID)) == [id, other])
    #expect(both.count == 3)
    // A prefix of a name is no service (it once matched every name and ID prefix).
    #expect(throws: EngineError(statusCode: 404, message: "service time not found")) {
      try engine.taskList(ListOptions(filters: FilterArgs([("service", "time")])))
    }
    let byPrefix = try engine.taskList(
      ListOptions(filters: FilterArgs([("service", String(other.prefix(5)))])))
    #expect(byPrefix.map(\.serviceID) == [other])
    let node = try #require(both.first?.nodeID)
    let onNode = try engine.taskList(
      ListOptions(filters: FilterArgs([("node", node), ("service", "other")])))
    #expect(onNode.map(\.serviceID) == [other])
    #expect(throws: EngineError(statusCode: 404, message: "node nosuch not found")) {
      try engine.taskList(ListOptions(filters: FilterArgs([("node", "nosuch")])))
    }
  }

  @Test func logsCarryTheTaskAndHonourTailAndSince() throws {
    let (engine, id) = try Self.running()
    let all = try engine.serviceLogs("timecheck", options: LogsOptions())
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { $0.serviceID == id && $0.taskID != nil && $0.nodeID != nil })
    let tail = try engine.serviceLogs(id, options: LogsOptions(tail: "1"))
    #expect(tail.count == 2)  // one line per task
    let now = engine.now.unixNanos
    let recent = try engine.serviceLogs(
      id, options: LogsOptions(since: "\(now / 1_000_000_000 - 10)"))
    #expect(!recent.isEmpty && recent.count < all.count)
    // A time beyond the clock's range means "nothing yet", never a crash.
    #expect(try engine.serviceLogs(id, options: LogsOptions(since: "99999999999999999")).isEmpty)
    #expect(throws: EngineError.self) {
      try engine.serviceLogs(id, options: LogsOptions(since: "nan"))
    }
  }
}
