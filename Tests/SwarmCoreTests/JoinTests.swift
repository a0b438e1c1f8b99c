import Testing

@testable import SwarmCore

/// `swarm join` from another machine: tokens, addresses, errors.
@Suite struct JoinTests {
  func initialised() throws -> (Cluster, worker: String, manager: String) {
    var cluster = Cluster()
    try MachineAPI.create(["node1", "node2"], &cluster)
    try MachineAPI.use("node1", &cluster)
    try ControlAPI.initSwarm(&cluster)
    let worker = try ControlAPI.joinToken(role: .worker, rotate: false, &cluster)
    let manager = try ControlAPI.joinToken(role: .manager, rotate: false, &cluster)
    try MachineAPI.use("node2", &cluster)
    return (cluster, worker, manager)
  }

  @Test func tokensDecideTheRole() throws {
    var (cluster, worker, manager) = try initialised()
    let joined = try ControlAPI.joinSwarm(
      token: worker, remoteAddress: "192.168.0.11:2377", &cluster)
    #expect(joined.role == .worker)
    #expect(throws: ControlError.alreadyInSwarm) {
      try ControlAPI.joinSwarm(token: manager, remoteAddress: "192.168.0.11:2377", &cluster)
    }
    (cluster, worker, manager) = try initialised()
    let promoted = try ControlAPI.joinSwarm(token: manager, remoteAddress: "node1", &cluster)
    #expect(promoted.role == .manager)
  }

  @Test func wrongTokensAndAddressesFailAsDockerDoes() throws {
    var (cluster, worker, _) = try initialised()
    #expect(throws: ControlError.plain("invalid join token")) {
      try ControlAPI.joinSwarm(token: "SWMTKN-1-nope", remoteAddress: "192.168.0.11:2377", &cluster)
    }
    // Right lengths, wrong characters: upper case, and a digit outside ASCII.
    for secret in [
      String(repeating: "A", count: 25), "\u{0661}" + String(repeating: "a", count: 24),
    ] {
      #expect(throws: ControlError.plain("invalid join token")) {
        try ControlAPI.joinSwarm(
          token: String(worker.dropLast(25)) + secret, remoteAddress: "192.168.0.11:2377", &cluster)
      }
    }
    let forged = String(worker.dropLast(25)) + String(repeating: "a", count: 25)
    #expect(
      throws: ControlError.invalidArgument("A valid join token is necessary to join this cluster")
    ) {
      try ControlAPI.joinSwarm(token: forged, remoteAddress: "192.168.0.11:2377", &cluster)
    }
    let before = cluster.now
    #expect(throws: ControlError.self) {
      try ControlAPI.joinSwarm(token: worker, remoteAddress: "192.168.0.99:2377", &cluster)
    }
    #expect(cluster.now == before + ControlAPI.joinTimeout)
    #expect(throws: ControlError.self) {
      try ControlAPI.joinSwarm(token: worker, remoteAddress: "192.168.65.3:2377", &cluster)
    }
    #expect(cluster.localNode == nil)
  }
}
