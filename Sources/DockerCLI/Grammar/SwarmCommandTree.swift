/// The `docker swarm` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker swarm` and its subcommands.
  static let swarm = CommandSpec(
    name: "swarm",
    use: "swarm COMMAND",
    short: "Manage Swarm",
    subcommands: [
      CommandSpec(
        name: "ca",
        use: "swarm ca [OPTIONS]",
        short: "Display and rotate the root CA",
        args: .none,
        flags: [
          FlagSpec(
            "ca-cert", type: "pem-file",
            usage: "Path to the PEM-formatted root CA certificate to use for the new cluster"),
          FlagSpec(
            "ca-key", type: "pem-file",
            usage: "Path to the PEM-formatted root CA key to use for the new cluster"),
          FlagSpec(
            "cert-expiry", type: "duration", default: "2160h0m0s",
            usage: "Validity period for node certificates (ns|us|ms|s|m|h)"),
          FlagSpec(
            "detach", "d",
            usage: "Exit immediately instead of waiting for the root rotation to converge"),
          FlagSpec(
            "external-ca", type: "external-ca",
            usage: "Specifications of one or more certificate signing endpoints"),
          FlagSpec("quiet", "q", usage: "Suppress progress output"),
          FlagSpec(
            "rotate",
            usage:
              "Rotate the swarm CA - if no certificate or key are provided, new ones will be generated"
          ),
        ]),
      CommandSpec(
        name: "init",
        use: "swarm init [OPTIONS]",
        short: "Initialize a swarm",
        args: .none,
        run: .client(SwarmCommands.initialize),
        flags: [
          FlagSpec(
            "advertise-addr", type: "string",
            usage: "Advertised address (format: <ip|interface>[:port])"),
          FlagSpec(
            "autolock",
            usage: "Enable manager autolocking (requiring an unlock key to start a stopped manager)"
          ),
          FlagSpec(
            "availability", type: "string", default: "active",
            usage: "Availability of the node (\"active\"|\"pause\"|\"drain\")"),
          FlagSpec(
            "cert-expiry", type: "duration", default: "2160h0m0s",
            usage: "Validity period for node certificates (ns|us|ms|s|m|h)"),
          FlagSpec(
            "data-path-addr", type: "string",
            usage: "Address or interface to use for data path traffic (format: <ip|interface>)"),
          FlagSpec(
            "data-path-port", type: "uint32",
            usage:
              "Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used."
          ),
          FlagSpec(
            "default-addr-pool", type: "ipNetSlice", default: "[]",
            usage: "default address pool in CIDR format"),
          FlagSpec(
            "default-addr-pool-mask-length", type: "uint32", default: "24",
            usage: "default address pool subnet mask length"),
          FlagSpec(
            "dispatcher-heartbeat", type: "duration", default: "5s",
            usage: "Dispatcher heartbeat period (ns|us|ms|s|m|h)"),
          FlagSpec(
            "external-ca", type: "external-ca",
            usage: "Specifications of one or more certificate signing endpoints"),
          FlagSpec("force-new-cluster", usage: "Force create a new cluster from current state"),
          FlagSpec(
            "listen-addr", type: "node-addr", default: "0.0.0.0:2377",
            usage: "Listen address (format: <ip|interface>[:port])"),
          FlagSpec(
            "max-snapshots", type: "uint", usage: "Number of additional Raft snapshots to retain"),
          FlagSpec(
            "snapshot-interval", type: "uint", default: "10000",
            usage: "Number of log entries between Raft snapshots"),
          FlagSpec(
            "task-history-limit", type: "int", default: "5", usage: "Task history retention limit"),
        ]),
      CommandSpec(
        name: "join",
        use: "swarm join [OPTIONS] HOST:PORT",
        short: "Join a swarm as a node and/or manager",
        args: .exact(1),
        run: .client(SwarmCommands.join),
        flags: [
          FlagSpec(
            "advertise-addr", type: "string",
            usage: "Advertised address (format: <ip|interface>[:port])"),
          FlagSpec(
            "availability", type: "string", default: "active",
            usage: "Availability of the node (\"active\"|\"pause\"|\"drain\")"),
          FlagSpec(
            "data-path-addr", type: "string",
            usage: "Address or interface to use for data path traffic (format: <ip|interface>)"),
          FlagSpec(
            "listen-addr", type: "node-addr", default: "0.0.0.0:2377",
            usage: "Listen address (format: <ip|interface>[:port])"),
          FlagSpec("token", type: "string", usage: "Token for entry into the swarm"),
        ]),
      CommandSpec(
        name: "join-token",
        use: "swarm join-token [OPTIONS] (worker|manager)",
        short: "Manage join tokens",
        args: .exact(1),
        run: .client(SwarmCommands.joinToken),
        flags: [
          FlagSpec("quiet", "q", usage: "Only display token"),
          FlagSpec("rotate", usage: "Rotate join token"),
        ]),
      CommandSpec(
        name: "leave",
        use: "swarm leave [OPTIONS]",
        short: "Leave the swarm",
        args: .none,
        run: .client(SwarmCommands.leave),
        flags: [
          FlagSpec("force", "f", usage: "Force this node to leave the swarm, ignoring warnings")
        ]),
      CommandSpec(
        name: "unlock",
        use: "swarm unlock",
        short: "Unlock swarm",
        args: .none,
        flags: []),
      CommandSpec(
        name: "unlock-key",
        use: "swarm unlock-key [OPTIONS]",
        short: "Manage the unlock key",
        args: .none,
        flags: [
          FlagSpec("quiet", "q", usage: "Only display token"),
          FlagSpec("rotate", usage: "Rotate unlock key"),
        ]),
      CommandSpec(
        name: "update",
        use: "swarm update [OPTIONS]",
        short: "Update the swarm",
        args: .none,
        run: .client(SwarmCommands.update),
        flags: [
          FlagSpec("autolock", usage: "Change manager autolocking setting (true|false)"),
          FlagSpec(
            "cert-expiry", type: "duration", default: "2160h0m0s",
            usage: "Validity period for node certificates (ns|us|ms|s|m|h)"),
          FlagSpec(
            "dispatcher-heartbeat", type: "duration", default: "5s",
            usage: "Dispatcher heartbeat period (ns|us|ms|s|m|h)"),
          FlagSpec(
            "external-ca", type: "external-ca",
            usage: "Specifications of one or more certificate signing endpoints"),
          FlagSpec(
            "max-snapshots", type: "uint", usage: "Number of additional Raft snapshots to retain"),
          FlagSpec(
            "snapshot-interval", type: "uint", default: "10000",
            usage: "Number of log entries between Raft snapshots"),
          FlagSpec(
            "task-history-limit", type: "int", default: "5", usage: "Task history retention limit"),
        ]),
    ])
}
