import DockerFormat
import EngineAPI

/// `docker swarm init|join-token|leave|update|join`.
enum SwarmCommands {
  /// `docker swarm init`.
  static func initialize(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var spec = SwarmSpec()
    if let limit = cmd.flags.int("task-history-limit") {
      spec.orchestration.taskHistoryRetentionLimit = Int64(limit)
    }
    let nodeID = try client.swarmInit(
      SwarmInitRequest(advertiseAddr: cmd.flags.string("advertise-addr"), spec: spec))
    let token = try client.swarmInspect().joinTokens.worker
    let address = client.info().swarm.nodeAddr
    out.out(
      """
      Swarm initialized: current node (\(nodeID)) is now a manager.

      To add a worker to this swarm, run the following command:

          docker swarm join --token \(token) \(address):2377

      To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.

      """)
    return out
  }

  /// `docker swarm join-token (worker|manager)`.
  static func joinToken(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    let roleName = cmd.arguments.first ?? ""
    let role = roleName.lowercased()
    guard role == "worker" || role == "manager" else {
      return .failure("unknown role \(roleName)")
    }
    let rotate = cmd.flags.bool("rotate")
    var swarm = try client.swarmInspect()
    if rotate {
      try client.swarmUpdate(
        version: swarm.version, spec: swarm.spec,
        flags: SwarmUpdateFlags(
          rotateWorkerToken: role == "worker", rotateManagerToken: role == "manager"))
      swarm = try client.swarmInspect()
    }
    let token = role == "worker" ? swarm.joinTokens.worker : swarm.joinTokens.manager
    if cmd.flags.bool("quiet") {
      out.out(token)
    } else {
      if rotate { out.out("Successfully rotated \(role) join token.\n") }
      let address = client.info().swarm.nodeAddr
      out.out(
        "To add a \(role) to this swarm, run the following command:\n\n    docker swarm join --token \(token) \(address):2377\n"
      )
    }
    return out
  }

  /// `docker swarm leave`.
  static func leave(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    try client.swarmLeave(force: cmd.flags.bool("force"))
    out.out("Node left the swarm.")
    return out
  }

  /// `docker swarm update`.
  static func update(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    let swarm = try client.swarmInspect()
    var spec = swarm.spec
    if let limit = cmd.flags.int("task-history-limit") {
      spec.orchestration.taskHistoryRetentionLimit = Int64(limit)
    }
    try client.swarmUpdate(version: swarm.version, spec: spec, flags: SwarmUpdateFlags())
    out.out("Swarm updated.")
    return out
  }

  /// `docker swarm join HOST:PORT`.
  static func join(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    guard let remote = cmd.arguments.first else {
      return .failure("\"docker swarm join\" requires exactly 1 argument.")
    }
    try client.swarmJoin(
      SwarmJoinRequest(
        advertiseAddr: cmd.flags.string("advertise-addr"), remoteAddrs: [remote],
        joinToken: cmd.flags.string("token") ?? ""))
    let role = client.info().swarm.controlAvailable ? "manager" : "worker"
    out.out("This node joined a swarm as a \(role).")
    return out
  }
}
