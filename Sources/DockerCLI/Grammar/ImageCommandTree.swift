/// The `docker image` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker image` and its subcommands.
  static let image = CommandSpec(
    name: "image",
    use: "image COMMAND",
    short: "Manage images",
    subcommands: [
      .notSimulated("build", short: "Build an image from a Dockerfile"),
      .notSimulated("history", short: "Show the history of an image"),
      .notSimulated(
        "import", short: "Import the contents from a tarball to create a filesystem image"),
      CommandSpec(
        name: "inspect",
        use: "image inspect [OPTIONS] IMAGE [IMAGE...]",
        short: "Display detailed information on one or more images",
        args: .min(1),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template")
        ]),
      .notSimulated("load", short: "Load an image from a tar archive or STDIN"),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "image ls [OPTIONS] [REPOSITORY[:TAG]]",
        short: "List images",
        args: .max(1),
        flags: [
          FlagSpec("all", "a", usage: "Show all images (default hides intermediate images)"),
          FlagSpec("digests", usage: "Show digests"),
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print images using a Go template"),
          FlagSpec("no-trunc", usage: "Don't truncate output"),
          FlagSpec("quiet", "q", usage: "Only show image IDs"),
        ]),
      .notSimulated("prune", short: "Remove unused images"),
      CommandSpec(
        name: "pull",
        use: "image pull [OPTIONS] NAME[:TAG|@DIGEST]",
        short: "Pull an image or a repository from a registry",
        args: .exact(1),
        flags: [
          FlagSpec("all-tags", "a", usage: "Download all tagged images in the repository"),
          FlagSpec("disable-content-trust", default: "true", usage: "Skip image verification"),
          FlagSpec(
            "platform", type: "string", usage: "Set platform if server is multi-platform capable"),
          FlagSpec("quiet", "q", usage: "Suppress verbose output"),
        ]),
      .notSimulated("push", short: "Push an image or a repository to a registry"),
      CommandSpec(
        name: "rm",
        aliases: ["rmi", "remove"],
        use: "image rm [OPTIONS] IMAGE [IMAGE...]",
        short: "Remove one or more images",
        args: .min(1),
        flags: [
          FlagSpec("force", "f", usage: "Force removal of the image"),
          FlagSpec("no-prune", usage: "Do not delete untagged parents"),
        ]),
      .notSimulated(
        "save", short: "Save one or more images to a tar archive (streamed to STDOUT by default)"),
      .notSimulated("tag", short: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"),
    ])
}
