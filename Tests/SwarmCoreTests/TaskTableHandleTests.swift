import Testing

@testable import SwarmCore

/// The task table's handles, which the task index keys its arrays by: each task keeps its
/// handle while it exists, positions follow removals, and a freed handle is given out again
/// only after the index has taken the changes that freed it.
@Suite struct TaskTableHandleTests {
  func task(_ id: String) -> SwarmTask {
    SwarmTask(
      id: id, serviceID: "s", slot: 1, nodeID: nil,
      template: TaskTemplate(image: "nginx", resolvedImage: "nginx"), specVersion: 1,
      desiredState: .running, now: SimTime(nanos: 0))
  }

  func ids(_ table: TaskTable, _ handles: [Int]) -> [String?] {
    handles.map { table.position(ofHandle: $0).map { table.keys[$0] } }
  }

  @Test func handlesFollowTheirTasksThroughRemovals() {
    var table = TaskTable()
    for id in ["a", "b", "c", "d"] { table[id] = task(id) }
    let handles = (0..<4).map { table.handle(at: $0) }
    #expect(Set(handles).count == 4)
    table["b"] = nil
    table.remove(["a"])
    #expect(ids(table, handles) == [nil, nil, "c", "d"])
    #expect(table.keys.elementsEqual(["c", "d"]))
    // Replacing a task's value keeps its handle.
    table["c"] = task("c")
    #expect(table.handle(at: 0) == handles[2])
    let (changes, replaced) = table.takeChanges()
    #expect(!replaced)
    #expect(
      changes == [
        handles[0], handles[1], handles[2], handles[3], handles[1], handles[0], handles[2],
      ])
  }

  @Test func aFreedHandleWaitsForTheIndexBeforeItIsReused() {
    var table = TaskTable()
    table["a"] = task("a")
    let freed = table.handle(at: 0)
    table["a"] = nil
    table["b"] = task("b")
    // Within one batch of changes, one handle stands for one task.
    #expect(table.handle(at: 0) != freed)
    _ = table.takeChanges()
    table["c"] = task("c")
    #expect(table.handle(at: 1) == freed)
    #expect(table.handleLimit == 2)
  }

  @Test func handleSetsCountAndListTheirMembersAscending() {
    var set = DenseSet()
    for handle in [130, 3, 64, 3, 0] { set.insert(handle) }
    set.remove(64)
    set.remove(999)
    #expect(set.count == 3 && set.contains(130) && !set.contains(64))
    #expect(set.elements == [0, 3, 130])
  }
}
