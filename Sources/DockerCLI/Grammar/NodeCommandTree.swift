/// The `docker node` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker node` and its subcommands.
  static let node = CommandSpec(
    name: "node",
    use: "node COMMAND",
    short: "Manage Swarm nodes",
    subcommands: [
      CommandSpec(
        name: "demote",
        use: "node demote NODE [NODE...]",
        short: "Demote one or more nodes from manager in the swarm",
        args: .min(1),
        run: .client(NodeCommands.demote),
        flags: []),
      CommandSpec(
        name: "inspect",
        use: "node inspect [OPTIONS] self|NODE [NODE...]",
        short: "Display detailed information on one or more nodes",
        args: .min(1),
        run: .client(NodeCommands.inspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("pretty", usage: "Print the information in a human friendly format"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "node ls [OPTIONS]",
        short: "List nodes in the swarm",
        args: .none,
        run: .client(NodeCommands.list),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print nodes using a Go template"),
          FlagSpec("quiet", "q", usage: "Only display IDs"),
        ]),
      CommandSpec(
        name: "promote",
        use: "node promote NODE [NODE...]",
        short: "Promote one or more nodes to manager in the swarm",
        args: .min(1),
        run: .client(NodeCommands.promote),
        flags: []),
      CommandSpec(
        name: "ps",
        use: "node ps [OPTIONS] [NODE...]",
        short: "List tasks running on one or more nodes, defaults to current node",
        args: .any,
        run: .client(NodeCommands.tasks),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print tasks using a Go template"),
          FlagSpec("no-resolve", usage: "Do not map IDs to Names"),
          FlagSpec("no-trunc", usage: "Do not truncate output"),
          FlagSpec("quiet", "q", usage: "Only display task IDs"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "node rm [OPTIONS] NODE [NODE...]",
        short: "Remove one or more nodes from the swarm",
        args: .min(1),
        run: .client(NodeCommands.remove),
        flags: [
          FlagSpec("force", "f", usage: "Force remove a node from the swarm")
        ]),
      CommandSpec(
        name: "update",
        use: "node update [OPTIONS] NODE",
        short: "Update a node",
        args: .exact(1),
        run: .client(NodeCommands.update),
        flags: [
          FlagSpec(
            "availability", type: "string",
            usage: "Availability of the node (\"active\"|\"pause\"|\"drain\")"),
          FlagSpec("label-add", type: "list", usage: "Add or update a node label (key=value)"),
          FlagSpec("label-rm", type: "list", usage: "Remove a node label if exists"),
          FlagSpec("role", type: "string", usage: "Role of the node (\"worker\"|\"manager\")"),
        ]),
    ])
}
