import SwarmCore
import Testing

@testable import Session

/// Issue 11: work bounded by what is shown, not by a number the learner typed.
@Suite struct BoundedWorkTests {
  /// `--tail 2` after ten thousand hours generates two lines, the same two a full listing
  /// ends with.
  @Test func logsTailGeneratesOnlyTheWindowAskedFor() {
    let session = Session()
    #expect(session.run("docker swarm init").exitCode == 0)
    #expect(
      session.run("docker service create -d --name w diamol/ch12-timecheck:1.0").exitCode == 0)
    #expect(session.run("sleep 1h").exitCode == 0)
    let all = session.run("docker service logs w").stdout.split(separator: "\n")
    let tail = session.run("docker service logs --tail 2 w").stdout.split(separator: "\n")
    #expect(tail.count == 2)
    #expect(Array(all.suffix(2)) == tail)
    #expect(session.run("sleep 10000h").exitCode == 0)
    let late = session.run("docker service logs --tail 2 --timestamps w").stdout
    #expect(late.split(separator: "\n").count == 2)
    #expect(late.contains("2022-01-"))
  }

  /// Five services whose image does not exist, then a very long sleep: retries back off after
  /// the first dozen, so the number of tasks made stays small.
  @Test func missingImagesAreRetriedOnABackedOffSchedule() {
    let session = Session()
    #expect(session.run("docker swarm init").exitCode == 0)
    for name in ["a", "b", "c", "d", "e"] {
      #expect(session.run("docker service create -d --name \(name) nope/\(name)").exitCode == 0)
    }
    let before = session.cluster.ids
    #expect(session.run("sleep 10000h").exitCode == 0)
    // One ID per retry per service: a dozen at full pace, then about 22 doublings. (Counted
    // by replaying the seeded generator until it reaches the session's.)
    var probe = before
    var drawn = 0
    while probe != session.cluster.ids, drawn < 10_000 {
      _ = probe.objectID()
      drawn += 1
    }
    #expect(drawn < 5 * 40)
    let ps = session.run("docker service ps a").stdout
    #expect(ps.contains("\"No such image: nope/a:latest\""))
  }
}
