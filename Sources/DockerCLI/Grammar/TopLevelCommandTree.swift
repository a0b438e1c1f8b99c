/// Top-level `docker` commands and shortcuts, as the docker 20.10 client declares them.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// Top-level commands in the order `docker --help` lists them.
  static let topLevel: [CommandSpec] = [
    .notSimulated("builder", short: "Manage builds", management: true),
    .notSimulated(
      "completion", short: "Generate the autocompletion script for the specified shell",
      management: true),
    config,
    container,
    .notSimulated("context", short: "Manage contexts", management: true),
    image,
    .notSimulated(
      "manifest", short: "Manage Docker image manifests and manifest lists", management: true),
    network,
    node,
    .notSimulated("plugin", short: "Manage plugins", management: true),
    secret,
    service,
    stack,
    swarm,
    .notSimulated("system", short: "Manage Docker", management: true),
    .notSimulated("trust", short: "Manage trust on Docker images", management: true),
    volume,
    .notSimulated(
      "attach",
      short: "Attach local standard input, output, and error streams to a running container"),
    .notSimulated("build", short: "Build an image from a Dockerfile"),
    .notSimulated("commit", short: "Create a new image from a container's changes"),
    .notSimulated("cp", short: "Copy files/folders between a container and the local filesystem"),
    .notSimulated("create", short: "Create a new container"),
    .notSimulated(
      "diff", short: "Inspect changes to files or directories on a container's filesystem"),
    .notSimulated("events", short: "Get real time events from the server"),
    shortcut("exec", of: "container exec", use: "exec [OPTIONS] CONTAINER COMMAND [ARG...]"),
    .notSimulated("export", short: "Export a container's filesystem as a tar archive"),
    .notSimulated("history", short: "Show the history of an image"),
    shortcut("images", of: "image ls", use: "images [OPTIONS] [REPOSITORY[:TAG]]"),
    .notSimulated(
      "import", short: "Import the contents from a tarball to create a filesystem image"),
    CommandSpec(
      name: "info",
      use: "info [OPTIONS]",
      short: "Display system-wide information",
      args: .none,
      run: .client(DockerCommands.info),
      flags: [
        FlagSpec(
          "format", "f", type: "string", usage: "Format the output using the given Go template")
      ]),
    CommandSpec(
      name: "inspect",
      use: "inspect [OPTIONS] NAME|ID [NAME|ID...]",
      short: "Return low-level information on Docker objects",
      args: .min(1),
      run: .client(DockerCommands.inspectAny),
      flags: [
        FlagSpec(
          "format", "f", type: "string", usage: "Format the output using the given Go template"),
        FlagSpec("size", "s", usage: "Display total file sizes if the type is container"),
        FlagSpec("type", type: "string", usage: "Return JSON for specified type"),
      ]),
    shortcut("kill", of: "container kill", use: "kill [OPTIONS] CONTAINER [CONTAINER...]"),
    .notSimulated("load", short: "Load an image from a tar archive or STDIN"),
    .notSimulated("login", short: "Log in to a Docker registry"),
    .notSimulated("logout", short: "Log out from a Docker registry"),
    shortcut("logs", of: "container logs", use: "logs [OPTIONS] CONTAINER"),
    .notSimulated("pause", short: "Pause all processes within one or more containers"),
    .notSimulated("port", short: "List port mappings or a specific mapping for the container"),
    shortcut("ps", of: "container ls", use: "ps [OPTIONS]"),
    shortcut("pull", of: "image pull", use: "pull [OPTIONS] NAME[:TAG|@DIGEST]"),
    .notSimulated("push", short: "Push an image or a repository to a registry"),
    .notSimulated("rename", short: "Rename a container"),
    shortcut("restart", of: "container restart", use: "restart [OPTIONS] CONTAINER [CONTAINER...]"),
    shortcut("rm", of: "container rm", use: "rm [OPTIONS] CONTAINER [CONTAINER...]"),
    shortcut("rmi", of: "image rm", use: "rmi [OPTIONS] IMAGE [IMAGE...]"),
    shortcut("run", of: "container run", use: "run [OPTIONS] IMAGE [COMMAND] [ARG...]"),
    .notSimulated(
      "save", short: "Save one or more images to a tar archive (streamed to STDOUT by default)"),
    .notSimulated("search", short: "Search the Docker Hub for images"),
    shortcut("start", of: "container start", use: "start [OPTIONS] CONTAINER [CONTAINER...]"),
    .notSimulated(
      "stats", short: "Display a live stream of container(s) resource usage statistics"),
    shortcut("stop", of: "container stop", use: "stop [OPTIONS] CONTAINER [CONTAINER...]"),
    .notSimulated("tag", short: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"),
    shortcut("top", of: "container top", use: "top CONTAINER [ps OPTIONS]"),
    .notSimulated("unpause", short: "Unpause all processes within one or more containers"),
    .notSimulated("update", short: "Update configuration of one or more containers"),
    CommandSpec(
      name: "version",
      use: "version [OPTIONS]",
      short: "Show the Docker version information",
      args: .none,
      run: .client(DockerCommands.version),
      flags: [
        FlagSpec(
          "format", "f", type: "string", usage: "Format the output using the given Go template"),
        FlagSpec("kubeconfig", type: "string", usage: "Kubernetes config file"),
      ]),
    .notSimulated(
      "wait", short: "Block until one or more containers stop, then print their exit codes"),
  ]

  /// Global options of the `docker` root command.
  static let globalFlags: [FlagSpec] = [
    FlagSpec(
      "config", type: "string", default: "/root/.docker", usage: "Location of client config files"),
    FlagSpec(
      "context", "c", type: "string",
      usage:
        "Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with \"docker context use\")"
    ),
    FlagSpec("debug", "D", usage: "Enable debug mode"),
    FlagSpec("host", "H", type: "list", usage: "Daemon socket(s) to connect to"),
    FlagSpec(
      "log-level", "l", type: "string", default: "info",
      usage: "Set the logging level (\"debug\"|\"info\"|\"warn\"|\"error\"|\"fatal\")"),
    FlagSpec("tls", usage: "Use TLS; implied by --tlsverify"),
    FlagSpec(
      "tlscacert", type: "string", default: "/root/.docker/ca.pem",
      usage: "Trust certs signed only by this CA"),
    FlagSpec(
      "tlscert", type: "string", default: "/root/.docker/cert.pem",
      usage: "Path to TLS certificate file"),
    FlagSpec(
      "tlskey", type: "string", default: "/root/.docker/key.pem", usage: "Path to TLS key file"),
    FlagSpec("tlsverify", usage: "Use TLS and verify the remote"),
    FlagSpec("version", "v", usage: "Print version information and quit"),
  ]
}
