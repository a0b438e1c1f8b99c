/// The `docker volume` command group, as the docker 20.10 client declares it (written from its
/// `--help`; there is no help fixture for it yet). `prune` takes `--filter label=…` only.
extension CommandTree {
  /// `docker volume` and its subcommands.
  static let volume = CommandSpec(
    name: "volume",
    use: "volume COMMAND",
    short: "Manage volumes",
    subcommands: [
      CommandSpec(
        name: "create",
        use: "volume create [OPTIONS] [VOLUME]",
        short: "Create a volume",
        args: .max(1),
        run: .client(VolumeCommands.create),
        flags: [
          FlagSpec(
            "driver", "d", type: "string", default: "local", usage: "Specify volume driver name"),
          FlagSpec("label", type: "list", usage: "Set metadata for a volume"),
          FlagSpec("name", type: "string", usage: "Specify volume name"),
          FlagSpec("opt", "o", type: "map", default: "map[]", usage: "Set driver specific options"),
        ]),
      CommandSpec(
        name: "inspect",
        use: "volume inspect [OPTIONS] VOLUME [VOLUME...]",
        short: "Display detailed information on one or more volumes",
        args: .min(1),
        run: .client(VolumeCommands.inspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template")
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "volume ls [OPTIONS]",
        short: "List volumes",
        args: .none,
        run: .client(VolumeCommands.list),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Provide filter values (e.g. 'dangling=true')"),
          FlagSpec("format", type: "string", usage: "Pretty-print volumes using a Go template"),
          FlagSpec("quiet", "q", usage: "Only display volume names"),
        ]),
      CommandSpec(
        name: "prune",
        use: "volume prune [OPTIONS]",
        short: "Remove all unused local volumes",
        args: .none,
        run: .client(VolumeCommands.prune),
        flags: [
          FlagSpec("filter", type: "filter", usage: "Provide filter values (e.g. 'label=<label>')"),
          FlagSpec("force", "f", usage: "Do not prompt for confirmation"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "volume rm [OPTIONS] VOLUME [VOLUME...]",
        short: "Remove one or more volumes",
        args: .min(1),
        run: .client(VolumeCommands.remove),
        flags: [FlagSpec("force", "f", usage: "Force the removal of one or more volumes")]),
    ])
}
