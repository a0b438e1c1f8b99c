/// `docker swarm join`: another machine's engine asks a manager at `ADDR:2377` for a
/// certificate with a join token and becomes a worker or a manager according to the token.
extension ControlAPI {
  /// How long the engine waits for the join before giving up (moby's `swarmConnectTimeout`).
  public static let joinTimeout = SimDuration.seconds(20)

  /// Joins the current machine to the swarm; returns the new node. Unreachable addresses
  /// cost `joinTimeout` of simulated time, as the real engine waits that long.
  @discardableResult
  public static func joinSwarm(
    token: String, remoteAddress: String, advertiseAddress: String? = nil, _ cluster: inout Cluster
  ) throws(ControlError) -> Node {
    try joinSwarm(
      token: token, remoteAddress: remoteAddress, advertiseAddress: advertiseAddress,
      settle: true, &cluster)
  }

  /// `settle: false` leaves the swarm to settle later, for a caller joining many machines
  /// at one instant.
  static func joinSwarm(
    token: String, remoteAddress: String, advertiseAddress: String? = nil, settle: Bool,
    _ cluster: inout Cluster
  ) throws(ControlError) -> Node {
    guard cluster.localNode == nil else { throw .alreadyInSwarm }
    guard let parsed = JoinToken(token) else { throw .plain("invalid join token") }
    let (host, port) = splitHostPort(remoteAddress)
    let target = cluster.state.machines.first { $0.address == host || $0.name == host }
    guard let target, target.isRunning, target.name != cluster.currentMachine else {
      cluster.advance(by: joinTimeout)
      throw .plain(
        "Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the \"docker info\" command to see the current swarm status of your node."
      )
    }
    guard port == "2377", let manager = cluster.state.node(onMachine: target.name),
      manager.role == .manager,
      let swarm = cluster.state.swarm
    else {
      throw .plain(
        "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial tcp \(target.address):\(port): connect: connection refused\""
      )
    }
    let role: Node.Role
    switch (parsed.caDigest, parsed.secret) {
    case (swarm.caDigest, swarm.workerSecret): role = .worker
    case (swarm.caDigest, swarm.managerSecret): role = .manager
    default: throw .invalidArgument("A valid join token is necessary to join this cluster")
    }
    guard Raft.servingLeader(cluster.state) != nil else { throw .noLeader }
    let machine = cluster.localMachine
    let node = Node(
      id: cluster.ids.objectID(), hostname: machine.name, role: role,
      address: advertiseAddress ?? machine.address, engineVersion: cluster.config.engineVersion,
      now: cluster.now)
    cluster.state.nodes[node.id] = node
    cluster.state.updateMachine(machine.name) { $0.nodeID = node.id }
    if settle { cluster.settle() }
    return cluster.state.nodes[node.id] ?? node
  }

  /// `192.168.0.11:2377` → ("192.168.0.11", "2377"); the port defaults to 2377.
  static func splitHostPort(_ address: String) -> (host: String, port: String) {
    guard let colon = address.lastIndex(of: ":") else { return (address, "2377") }
    return (String(address[..<colon]), String(address[address.index(after: colon)...]))
  }
}

/// `SWMTKN-1-<50 base-36 CA digest>-<25 base-36 secret>` (swarmkit `ca.ParseJoinToken`).
struct JoinToken {
  var caDigest: String
  var secret: String

  init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    // Read as bytes: asking each Character whether it is lower-case cost a Unicode property
    // lookup per character, 160,000 instructions a token, when 1,000 machines join.
    func isBase36(_ part: String) -> Bool {
      part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
    guard parts.count == 4, parts[0] == "SWMTKN", parts[1] == "1", parts[2].utf8.count == 50,
      parts[3].utf8.count == 25, isBase36(parts[2]), isBase36(parts[3])
    else { return nil }
    caDigest = parts[2]
    secret = parts[3]
  }
}
