import SwarmCore
import Testing

@testable import Session

/// Raft cannot commit without a majority: as soon as two of three managers power off, writes
/// fail with swarmkit's ErrLostLeadership (after the leader's wait), while reads still answer
/// until the leader steps down.
@Suite struct QuorumWriteTests {
  static let lostLeadership =
    "Error response from daemon: rpc error: code = Unknown desc = raft: failed to process the request: node lost leader status"

  func threeManagersWithTwoJustStopped() -> Session {
    let session = Session()
    _ = session.run("machine create --template 3m2w")
    _ = session.run("docker service create -d --name web diamol/ch12-timecheck:1.0")
    _ = session.run("machine stop node2; machine stop node3")
    return session
  }

  @Test func aWriteRightAfterLosingTheMajorityFails() {
    let session = threeManagersWithTwoJustStopped()
    // The leader has not noticed yet: a read still answers.
    #expect(session.run("docker node ls").exitCode == 0)
    let start = session.cluster.now
    let scale = session.run("docker service scale web=3")
    #expect(scale.exitCode == 1)
    #expect(scale.text == "web: \(Self.lostLeadership)\n")
    // The proposal waited for the leader to step down: at most the election timeout.
    #expect(session.cluster.now - start <= Raft.electionTimeout)
    #expect(session.cluster.state.services.values.first?.spec.replicas == 1)
    // Now the swarm has no leader, and says so for reads and writes alike.
    #expect(session.run("docker node ls").text.contains("The swarm does not have a leader"))
  }

  @Test func everyKindOfWriteIsRefused() {
    for command in [
      "docker service create -d --name api diamol/ch12-timecheck:1.0",
      "docker service update --replicas 2 web", "docker service rm web",
      "docker node update --availability drain node4", "docker network create -d overlay net",
    ] {
      let session = threeManagersWithTwoJustStopped()
      let output = session.run(command)
      #expect(output.exitCode == 1, "\(command)")
      #expect(output.text.contains("node lost leader status"), "\(command): \(output.text)")
    }
  }

  @Test func oneManagerDownOfThreeStillCommits() {
    let session = Session()
    _ = session.run("machine create --template 3m2w")
    _ = session.run("docker service create -d --name web diamol/ch12-timecheck:1.0")
    _ = session.run("machine stop node3")
    let scale = session.run("docker service scale -d web=3")
    #expect(scale.exitCode == 0, "\(scale.text)")
  }
}
