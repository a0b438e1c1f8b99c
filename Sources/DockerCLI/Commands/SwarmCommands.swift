import SwarmCore

/// `docker swarm init|join-token|leave|update`.
enum SwarmCommands {
  /// The host part of `--advertise-addr`; an empty value means the flag was not given, as
  /// the docker CLI treats it.
  static func advertiseHost(_ value: String?) -> String? {
    guard let value, let host = value.split(separator: ":").first else { return nil }
    return String(host)
  }

  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    var out = CommandOutput()
    switch sub {
    case "init":
      let advertise = Self.advertiseHost(cmd.flags.string("advertise-addr"))
      let node = try ControlAPI.initSwarm(advertiseAddress: advertise, &cluster)
      try ControlAPI.updateSwarm(taskHistoryLimit: cmd.flags.int("task-history-limit"), &cluster)
      let token = try ControlAPI.joinToken(role: .worker, rotate: false, &cluster)
      out.out(
        """
        Swarm initialized: current node (\(node.id)) is now a manager.

        To add a worker to this swarm, run the following command:

            docker swarm join --token \(token) \(node.address):2377

        To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.

        """)
    case "join-token":
      let roleName = cmd.arguments.first ?? ""
      guard let role = Node.Role(rawValue: roleName.lowercased()) else {
        return .failure("unknown role \(roleName)")
      }
      let rotate = cmd.flags.bool("rotate")
      let token = try ControlAPI.joinToken(role: role, rotate: rotate, &cluster)
      if cmd.flags.bool("quiet") {
        out.out(token)
      } else {
        if rotate { out.out("Successfully rotated \(role.rawValue) join token.\n") }
        let address = cluster.localNode?.address ?? cluster.localMachine.address
        out.out(
          "To add a \(role.rawValue) to this swarm, run the following command:\n\n    docker swarm join --token \(token) \(address):2377\n"
        )
      }
    case "leave":
      try ControlAPI.leaveSwarm(force: cmd.flags.bool("force"), &cluster)
      out.out("Node left the swarm.")
    case "update":
      try ControlAPI.requireManager(cluster)
      try ControlAPI.updateSwarm(taskHistoryLimit: cmd.flags.int("task-history-limit"), &cluster)
      out.out("Swarm updated.")
    case "join":
      guard let remote = cmd.arguments.first else {
        return .failure("\"docker swarm join\" requires exactly 1 argument.")
      }
      let advertise = Self.advertiseHost(cmd.flags.string("advertise-addr"))
      let node = try ControlAPI.joinSwarm(
        token: cmd.flags.string("token") ?? "", remoteAddress: remote, advertiseAddress: advertise,
        &cluster)
      out.out("This node joined a swarm as a \(node.role.rawValue).")
    default:
      return .failure("swarmlab: 'docker swarm \(sub)' is not simulated in SwarmLab", code: 127)
    }
    return out
  }
}
