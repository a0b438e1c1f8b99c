import DockerCLI
import Testing

@testable import Session
@testable import SwarmCore

/// The chapter 14 multi-node exercises, driven as a learner would type them.
@Suite struct MultiNodeSessionTests {
  typealias H = MultiNodeHarness

  @Test func threeManagersTwoWorkersTemplateBuildsTheSwarm() {
    let h = H()
    #expect(h.session.prompt == "PS> ")
    let table = h.line("machine create --template 3m2w")
    #expect(
      table == """
        NAME             ACTIVE   STATE     ADDRESS        SWARM
        docker-desktop   -        Running   192.168.65.3   -
        node1            *        Running   192.168.0.11   manager (leader)
        node2            -        Running   192.168.0.12   manager
        node3            -        Running   192.168.0.13   manager
        node4            -        Running   192.168.0.14   worker
        node5            -        Running   192.168.0.15   worker

        """)
    #expect(h.session.prompt == "node1 PS> ")
    #expect(
      h.nodeTable() == [
        "node1* Ready Active Leader", "node2 Ready Active Reachable",
        "node3 Ready Active Reachable",
        "node4 Ready Active", "node5 Ready Active",
      ])
    let ls = h.docker(["node", "ls"]).text.split(separator: "\n").map(String.init)
    #expect(
      ls[0].hasPrefix(
        "ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION"
      ))
    #expect(ls[1].hasSuffix(" *   node1      Ready     Active         Leader           20.10.24"))
    h.line("machine use node4")
    #expect(h.session.prompt == "node4 PS> ")
    let fromWorker = h.docker(["node", "ls"])
    #expect(fromWorker.code == 1)
    #expect(
      fromWorker.text
        == "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n"
    )
  }

  @Test func manualJoinAndItsErrors() {
    let h = H()
    h.line("machine create node1 node2")
    h.line("machine use node1")
    h.docker(["swarm", "init"], [], ["advertise-addr": ["192.168.0.11"]])
    let token = h.docker(["swarm", "join-token"], ["worker"], ["quiet": ["true"]]).text
      .trimmingCharacters(in: .newlines)
    h.line("machine use node2")
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.11:2377"], ["token": ["SWMTKN-1-bad"]]).text
        == "Error response from daemon: invalid join token\n")
    let forged = String(token.dropLast(3)) + "zzz"
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.11:2377"], ["token": [forged]]).text
        == "Error response from daemon: rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster\n"
    )
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.99:2377"], ["token": [token]]).text
        == "Error response from daemon: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the \"docker info\" command to see the current swarm status of your node.\n"
    )
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.11:2377"], ["token": [token]]).text
        == "This node joined a swarm as a worker.\n")
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.11:2377"], ["token": [token]]).text
        == "Error response from daemon: This node is already part of a swarm. Use \"docker swarm leave\" to leave this swarm and join another one.\n"
    )
    #expect(h.docker(["swarm", "leave"]).text == "Node left the swarm.\n")
    h.line("machine use node1")
    #expect(h.nodeTable() == ["node1* Ready Active Leader", "node2 Down Active"])
    #expect(h.docker(["node", "rm"], ["node2"]).text == "node2\n")
  }

  @Test func drainMovesReplicasAndPromoteFollowsTheBook() {
    let h = H()
    h.line("machine create --template 3m2w")
    h.docker(
      ["service", "create"], ["diamol/ch12-timecheck:1.0"],
      ["name": ["timecheck"], "replicas": ["5"], "detach": ["true"]])
    h.line("sleep 5")
    #expect(h.docker(["node", "update"], ["node5"], ["availability": ["drain"]]).text == "node5\n")
    #expect(h.docker(["node", "update"], ["node3"], ["availability": ["drain"]]).text == "node3\n")
    h.line("sleep 5")
    let ps = h.docker(
      ["service", "ps"], ["timecheck"],
      ["format": ["{{.Name}} {{.Node}} {{.DesiredState}} {{.CurrentState}}"]]
    ).text
    let running = ps.split(separator: "\n").filter { $0.contains("Running Running") }.map {
      $0.split(separator: " ")[1]
    }
    #expect(running.sorted() == ["node1", "node1", "node2", "node2", "node4"])
    #expect(ps.split(separator: "\n").filter { $0.contains("Shutdown Shutdown") }.count == 2)
    // The leader leaves; node2 takes over and promotes node5 as in the book.
    h.docker(["swarm", "leave"], [], ["force": ["true"]])
    h.line("machine use node2")
    #expect(
      h.docker(["node", "update"], ["node5"], ["availability": ["active"]]).text == "node5\n")
    #expect(
      h.docker(["node", "promote"], ["node5"]).text
        == "Node node5 promoted to a manager in the swarm.\n")
    #expect(
      h.nodeTable() == [
        "node1 Down Active Unreachable", "node2* Ready Active Leader",
        "node3 Ready Drain Reachable",
        "node4 Ready Active", "node5 Ready Active Reachable",
      ])
  }

  @Test func leaderLossElectsANewLeaderAfterTheElectionTimeout() {
    let h = H()
    h.line("machine create --template 3m2w")
    #expect(h.line("machine stop node1") == "node1\n")
    h.line("machine use node1")
    #expect(h.docker(["node", "ls"]).text.hasPrefix("Cannot connect to the Docker daemon"))
    h.line("machine use node2")
    let noLeader =
      "Error response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.\n"
    #expect(h.docker(["node", "ls"]).text == noLeader)
    h.line("sleep 10")
    #expect(
      h.nodeTable().prefix(2) == ["node1 Ready Active Unreachable", "node2* Ready Active Leader"])
    h.line("sleep 5")
    #expect(h.nodeTable().first == "node1 Down Active Unreachable")
    h.line("machine start node1")
    #expect(
      h.nodeTable().prefix(2) == ["node1 Ready Active Reachable", "node2* Ready Active Leader"])
  }

  @Test func quorumLossStopsChangesUntilAManagerReturns() {
    let h = H()
    h.line("machine create --template 3m2w")
    h.line("machine stop node2 node3")
    h.line("sleep 20")
    let result = h.docker(
      ["service", "create"], ["diamol/ch12-timecheck:1.0"],
      ["name": ["timecheck"], "detach": ["true"]])
    #expect(result.code == 1)
    #expect(result.text.contains("The swarm does not have a leader"))
    h.line("machine start node2")
    #expect(
      h.nodeTable() == [
        "node1* Ready Active Leader", "node2 Ready Active Reachable",
        "node3 Down Active Unreachable",
        "node4 Ready Active", "node5 Ready Active",
      ])
  }

  @Test func globalServiceReachesANodeThatJoinsLater() {
    let h = H()
    h.line("machine create --template 3m2w")
    h.docker(
      ["service", "create"], ["diamol/ch12-timecheck:1.0"],
      ["name": ["agent"], "mode": ["global"], "detach": ["true"]])
    let token = h.docker(["swarm", "join-token"], ["worker"], ["quiet": ["true"]]).text
      .trimmingCharacters(in: .newlines)
    h.line("machine create node6")
    h.line("machine use node6")
    #expect(
      h.docker(["swarm", "join"], ["192.168.0.11:2377"], ["token": [token]]).text
        == "This node joined a swarm as a worker.\n")
    h.line("sleep 5")
    h.line("machine use node1")
    let nodes = h.docker(["service", "ps"], ["agent"], ["format": ["{{.Node}} {{.CurrentState}}"]])
      .text
    #expect(nodes.split(separator: "\n").filter { $0.hasPrefix("node6 Running") }.count == 1)
    let visual = h.line("visualize")
    #expect(visual.hasPrefix("node1                 node2"))
    #expect(visual.contains("node6"))
    #expect(!visual.contains("\u{1B}["))
    #expect(h.line("visualize --color").contains("\u{1B}[32m┌"))
  }

  @Test func unsatisfiableConstraintStaysPendingWithTheReason() {
    let h = H()
    h.line("machine create --template 3m2w")
    h.docker(
      ["service", "create"], ["diamol/ch12-timecheck:1.0"],
      ["name": ["db"], "constraint": ["node.labels.storage==raid"], "detach": ["true"]])
    h.line("sleep 5")
    let ps = h.docker(
      ["service", "ps"], ["db"], ["no-trunc": ["true"], "format": ["{{.CurrentState}}|{{.Error}}"]]
    ).text
    #expect(ps.hasPrefix("Pending "))
    #expect(
      ps.hasSuffix("|\"no suitable node (scheduling constraints not satisfied on 5 nodes)\"\n"))
    h.docker(["node", "update"], ["node4"], ["label-add": ["storage=raid"]])
    h.line("sleep 5")
    let placed = h.docker(["service", "ps"], ["db"], ["format": ["{{.Node}} {{.CurrentState}}"]])
      .text
    #expect(placed.hasPrefix("node4 Running"))
  }
}
