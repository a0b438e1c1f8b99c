/// The `docker stack` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker stack` and its subcommands.
  static let stack = CommandSpec(
    name: "stack",
    use: "stack [OPTIONS] COMMAND",
    short: "Manage Docker stacks",
    flags: [
      FlagSpec("orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)")
    ],
    subcommands: [
      CommandSpec(
        name: "deploy",
        aliases: ["up"],
        use: "stack deploy [OPTIONS] STACK",
        short: "Deploy a new stack or update an existing stack",
        args: .exact(1),
        run: .frontEnd(.stackDeploy),
        flags: [
          FlagSpec(
            "compose-file", "c", type: "strings",
            usage: "Path to a Compose file, or \"-\" to read from stdin"),
          FlagSpec(
            "orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)"),
          FlagSpec("prune", usage: "Prune services that are no longer referenced"),
          FlagSpec(
            "resolve-image", type: "string", default: "always",
            usage:
              "Query the registry to resolve image digest and supported platforms (\"always\"|\"changed\"|\"never\")"
          ),
          FlagSpec(
            "with-registry-auth", usage: "Send registry authentication details to Swarm agents"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "stack ls [OPTIONS]",
        short: "List stacks",
        args: .none,
        run: .client(StackCommands.list),
        flags: [
          FlagSpec("format", type: "string", usage: "Pretty-print stacks using a Go template"),
          FlagSpec(
            "orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)"),
        ]),
      CommandSpec(
        name: "ps",
        use: "stack ps [OPTIONS] STACK",
        short: "List the tasks in the stack",
        args: .exact(1),
        run: .client(StackCommands.tasks),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print tasks using a Go template"),
          FlagSpec("no-resolve", usage: "Do not map IDs to Names"),
          FlagSpec("no-trunc", usage: "Do not truncate output"),
          FlagSpec(
            "orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)"),
          FlagSpec("quiet", "q", usage: "Only display task IDs"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove", "down"],
        use: "stack rm [OPTIONS] STACK [STACK...]",
        short: "Remove one or more stacks",
        args: .min(1),
        run: .client(StackCommands.remove),
        flags: [
          FlagSpec(
            "orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)")
        ]),
      CommandSpec(
        name: "services",
        use: "stack services [OPTIONS] STACK",
        short: "List the services in the stack",
        args: .exact(1),
        run: .client(StackCommands.services),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print services using a Go template"),
          FlagSpec(
            "orchestrator", type: "string", usage: "Orchestrator to use (swarm|kubernetes|all)"),
          FlagSpec("quiet", "q", usage: "Only display IDs"),
        ]),
    ])
}
