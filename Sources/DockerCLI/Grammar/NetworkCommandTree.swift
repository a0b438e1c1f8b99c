/// The `docker network` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker network` and its subcommands.
  static let network = CommandSpec(
    name: "network",
    use: "network COMMAND",
    short: "Manage networks",
    subcommands: [
      CommandSpec(
        name: "connect",
        use: "network connect [OPTIONS] NETWORK CONTAINER",
        short: "Connect a container to a network",
        args: .exact(2),
        run: .client(NetworkCommands.connect),
        flags: [
          FlagSpec("alias", type: "strings", usage: "Add network-scoped alias for the container"),
          FlagSpec("driver-opt", type: "strings", usage: "driver options for the network"),
          FlagSpec("ip", type: "string", usage: "IPv4 address (e.g., 172.30.100.104)"),
          FlagSpec("ip6", type: "string", usage: "IPv6 address (e.g., 2001:db8::33)"),
          FlagSpec("link", type: "list", usage: "Add link to another container"),
          FlagSpec(
            "link-local-ip", type: "strings", usage: "Add a link-local address for the container"),
        ]),
      CommandSpec(
        name: "create",
        use: "network create [OPTIONS] NETWORK",
        short: "Create a network",
        args: .exact(1),
        run: .client(NetworkCommands.create),
        flags: [
          FlagSpec("attachable", usage: "Enable manual container attachment"),
          FlagSpec(
            "aux-address", type: "map", default: "map[]",
            usage: "Auxiliary IPv4 or IPv6 addresses used by Network driver"),
          FlagSpec(
            "config-from", type: "string", usage: "The network from which to copy the configuration"
          ),
          FlagSpec("config-only", usage: "Create a configuration only network"),
          FlagSpec(
            "driver", "d", type: "string", default: "bridge", usage: "Driver to manage the Network"),
          FlagSpec("gateway", type: "strings", usage: "IPv4 or IPv6 Gateway for the master subnet"),
          FlagSpec("ingress", usage: "Create swarm routing-mesh network"),
          FlagSpec("internal", usage: "Restrict external access to the network"),
          FlagSpec("ip-range", type: "strings", usage: "Allocate container ip from a sub-range"),
          FlagSpec(
            "ipam-driver", type: "string", default: "default", usage: "IP Address Management Driver"
          ),
          FlagSpec(
            "ipam-opt", type: "map", default: "map[]", usage: "Set IPAM driver specific options"),
          FlagSpec("ipv6", usage: "Enable IPv6 networking"),
          FlagSpec("label", type: "list", usage: "Set metadata on a network"),
          FlagSpec("opt", "o", type: "map", default: "map[]", usage: "Set driver specific options"),
          FlagSpec("scope", type: "string", usage: "Control the network's scope"),
          FlagSpec(
            "subnet", type: "strings",
            usage: "Subnet in CIDR format that represents a network segment"),
        ]),
      CommandSpec(
        name: "disconnect",
        use: "network disconnect [OPTIONS] NETWORK CONTAINER",
        short: "Disconnect a container from a network",
        args: .exact(2),
        run: .client(NetworkCommands.disconnect),
        flags: [
          FlagSpec("force", "f", usage: "Force the container to disconnect from a network")
        ]),
      CommandSpec(
        name: "inspect",
        use: "network inspect [OPTIONS] NETWORK [NETWORK...]",
        short: "Display detailed information on one or more networks",
        args: .min(1),
        run: .client(NetworkCommands.inspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("verbose", "v", usage: "Verbose output for diagnostics"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "network ls [OPTIONS]",
        short: "List networks",
        args: .none,
        run: .client(NetworkCommands.list),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Provide filter values (e.g. 'driver=bridge')"),
          FlagSpec("format", type: "string", usage: "Pretty-print networks using a Go template"),
          FlagSpec("no-trunc", usage: "Do not truncate the output"),
          FlagSpec("quiet", "q", usage: "Only display network IDs"),
        ]),
      CommandSpec(
        name: "prune",
        use: "network prune [OPTIONS]",
        short: "Remove all unused networks",
        args: .none,
        flags: [
          FlagSpec(
            "filter", type: "filter", usage: "Provide filter values (e.g. 'until=<timestamp>')"),
          FlagSpec("force", "f", usage: "Do not prompt for confirmation"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "network rm NETWORK [NETWORK...]",
        short: "Remove one or more networks",
        args: .min(1),
        run: .client(NetworkCommands.remove),
        flags: []),
    ])
}
