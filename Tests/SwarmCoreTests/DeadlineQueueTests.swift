import Testing

@testable import SwarmCore

/// The deadline heap the agents and the restart supervisor wait on: the earliest live
/// deadline, moved and cleared deadlines, and items due at one instant in the order they
/// were set (not compared by key, which made a large create slow).
@Suite struct DeadlineQueueTests {
  let t0 = SimTime(nanos: 1_000)

  @Test func dueItemsComeEarliestFirstThenInTheOrderTheyWereSet() {
    var queue = DeadlineQueue()
    queue.set("c", at: t0 + .seconds(1))
    queue.set("b", at: t0)
    queue.set("a", at: t0 + .seconds(1))
    queue.set("d", at: t0 + .seconds(2))
    queue.removeStale()
    #expect(queue.earliest == t0)
    #expect(queue.takeDue(t0 + .seconds(1)) == ["b", "c", "a"])
    #expect(queue.count == 1)
    #expect(queue.deadline(of: "d") == t0 + .seconds(2))
  }

  @Test func aMovedOrClearedDeadlineLeavesNoLiveEntryBehind() {
    var queue = DeadlineQueue()
    queue.set("a", at: t0)
    queue.set("a", at: t0 + .seconds(3))
    queue.set("b", at: t0)
    queue.set("b", at: nil)
    // Back at the instant it had before it was cleared: still due once, not twice.
    queue.set("b", at: t0)
    queue.removeStale()
    #expect(queue.earliest == t0)
    #expect(queue.takeDue(t0) == ["b"])
    queue.removeStale()
    #expect(queue.earliest == t0 + .seconds(3))
    #expect(queue.takeDue(t0 + .seconds(10)) == ["a"])
    queue.removeStale()
    #expect(queue.earliest == nil && queue.count == 0)
  }

  @Test func staleEntriesAreCompactedAway() {
    var queue = DeadlineQueue()
    for round in 0..<100 {
      for key in ["a", "b", "c"] { queue.set(key, at: t0 + .seconds(Int64(round))) }
    }
    #expect(queue.count == 3)
    #expect(queue.takeDue(t0 + .seconds(98)) == [])
    #expect(queue.takeDue(t0 + .seconds(99)) == ["a", "b", "c"])
  }
}
