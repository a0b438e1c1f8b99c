import Testing

@testable import SwarmCore

/// The deadline heap the agents and the restart supervisor wait on: the earliest live
/// deadline, moved and cleared deadlines, and items due at one instant in the order they
/// were set (not compared by key, which made a large create slow).
@Suite struct DeadlineQueueTests {
  let t0 = SimTime(nanos: 1_000)

  @Test func dueItemsComeEarliestFirstThenInTheOrderTheyWereSet() {
    var queue = DeadlineQueue()
    queue.set(2, at: t0 + .seconds(1))
    queue.set(1, at: t0)
    queue.set(0, at: t0 + .seconds(1))
    queue.set(3, at: t0 + .seconds(2))
    queue.removeStale()
    #expect(queue.earliest == t0)
    #expect(queue.takeDue(t0 + .seconds(1)) == [1, 2, 0])
    #expect(queue.count == 1)
    #expect(queue.deadline(of: 3) == t0 + .seconds(2))
  }

  @Test func aMovedOrClearedDeadlineLeavesNoLiveEntryBehind() {
    var queue = DeadlineQueue()
    queue.set(0, at: t0)
    queue.set(0, at: t0 + .seconds(3))
    queue.set(1, at: t0)
    queue.set(1, at: nil)
    // Back at the instant it had before it was cleared: still due once, not twice.
    queue.set(1, at: t0)
    queue.removeStale()
    #expect(queue.earliest == t0)
    #expect(queue.takeDue(t0) == [1])
    queue.removeStale()
    #expect(queue.earliest == t0 + .seconds(3))
    #expect(queue.takeDue(t0 + .seconds(10)) == [0])
    queue.removeStale()
    #expect(queue.earliest == nil && queue.count == 0)
  }

  @Test func staleEntriesAreCompactedAway() {
    var queue = DeadlineQueue()
    for round in 0..<100 {
      for key in [0, 1, 2] { queue.set(key, at: t0 + .seconds(Int64(round))) }
    }
    #expect(queue.count == 3)
    #expect(queue.takeDue(t0 + .seconds(98)) == [])
    #expect(queue.takeDue(t0 + .seconds(99)) == [0, 1, 2])
  }
}
