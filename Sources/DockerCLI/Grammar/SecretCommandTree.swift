/// The `docker secret` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker secret` and its subcommands.
  static let secret = CommandSpec(
    name: "secret",
    use: "secret COMMAND",
    short: "Manage Docker secrets",
    subcommands: [
      CommandSpec(
        name: "create",
        use: "secret create [OPTIONS] SECRET [file|-]",
        short: "Create a secret from a file or STDIN as content",
        args: .range(1, 2),
        run: .frontEnd(.dataObjectCreate(.secret)),
        flags: [
          FlagSpec("driver", "d", type: "string", usage: "Secret driver"),
          FlagSpec("label", "l", type: "list", usage: "Secret labels"),
          FlagSpec("template-driver", type: "string", usage: "Template driver"),
        ]),
      CommandSpec(
        name: "inspect",
        use: "secret inspect [OPTIONS] SECRET [SECRET...]",
        short: "Display detailed information on one or more secrets",
        args: .min(1),
        run: .client(DataObjectCommands.secretInspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("pretty", usage: "Print the information in a human friendly format"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "secret ls [OPTIONS]",
        short: "List secrets",
        args: .none,
        run: .client(DataObjectCommands.secretList),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print secrets using a Go template"),
          FlagSpec("quiet", "q", usage: "Only display IDs"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "secret rm SECRET [SECRET...]",
        short: "Remove one or more secrets",
        args: .min(1),
        run: .client(DataObjectCommands.secretRemove),
        flags: []),
    ])
}
