/// The `docker config` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker config` and its subcommands.
  static let config = CommandSpec(
    name: "config",
    use: "config COMMAND",
    short: "Manage Docker configs",
    subcommands: [
      CommandSpec(
        name: "create",
        use: "config create [OPTIONS] CONFIG file|-",
        short: "Create a config from a file or STDIN",
        args: .exact(2),
        run: .frontEnd(.dataObjectCreate(.config)),
        flags: [
          FlagSpec("label", "l", type: "list", usage: "Config labels"),
          FlagSpec("template-driver", type: "string", usage: "Template driver"),
        ]),
      CommandSpec(
        name: "inspect",
        use: "config inspect [OPTIONS] CONFIG [CONFIG...]",
        short: "Display detailed information on one or more configs",
        args: .min(1),
        run: .client(DataObjectCommands.configInspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("pretty", usage: "Print the information in a human friendly format"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "config ls [OPTIONS]",
        short: "List configs",
        args: .none,
        run: .client(DataObjectCommands.configList),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print configs using a Go template"),
          FlagSpec("quiet", "q", usage: "Only display IDs"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "config rm CONFIG [CONFIG...]",
        short: "Remove one or more configs",
        args: .min(1),
        run: .client(DataObjectCommands.configRemove),
        flags: []),
    ])
}
