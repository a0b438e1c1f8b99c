import Engine
import EngineAPI
import SwarmCore
import Testing

@testable import DockerFormat

/// The default table of tasks the Engine lists prints what the template path printed.
@Suite struct TaskTableEngineTests {
  /// Tasks as the Engine lists them (shared specs, pinned images, rejected tasks with their
  /// history, a global service), named as the CLI names them.
  @Test func engineListingsRenderAsTheTemplatePath() throws {
    var cluster = try InspectFixtures.swarm()
    _ = try ControlAPI.createService(InspectFixtures.spec("web", replicas: 12), &cluster)
    var everywhere = InspectFixtures.spec("everywhere")
    everywhere.mode = .global
    _ = try ControlAPI.createService(everywhere, &cluster)
    _ = try ControlAPI.createService(
      InspectFixtures.spec("broken", image: "nosuch/image:9", replicas: 2), &cluster)
    cluster.advance(by: .seconds(40))
    let engine = Engine(cluster: cluster)
    let tasks = try engine.taskList(ListOptions())
    #expect(tasks.count > 16)
    var names = ObjectNames()
    for service in try engine.serviceList(ServiceListOptions()) {
      names.services[service.id] = service.spec.name
    }
    for node in try engine.nodeList(ListOptions()) {
      names.nodes[node.id] = node.description.hostname
    }
    for noTrunc in [false, true] {
      for noResolve in [false, true] {
        let expected = try TaskTableTests.Reference.table(
          tasks, names, format: TaskContext.defaultFormat, noTrunc: noTrunc, noResolve: noResolve,
          now: engine.now)
        let listing = TaskListing(tasks, names, noResolve: noResolve)
        #expect(TaskTable.render(listing, now: engine.now, noTrunc: noTrunc) == expected)
        // The rejected service's slots hold history rows; the global task's name ends in its node.
        #expect(expected.contains(noResolve ? " \\_ " : " \\_ broken.1"))
        #expect(noResolve || expected.contains("everywhere."))
        #expect(
          listing.sorted.map(\.id)
            == TaskTableTests.Reference.sorted(tasks, names, noResolve: noResolve).map(\.id))
      }
    }
  }

}
