import Compose

/// `docker-compose` as the book uses it: version 1.26's `[-f FILE]… [--log-level LEVEL] config`
/// to merge compose files into one for `docker stack deploy` (`… config > stack.yml`). Only
/// `config` and `version` are simulated; every other compose command and option says so.
/// Messages are those a terminal shows (`ERROR: `/`WARNING: ` prefixes). 1.26.2 because it is
/// the book's (see ``ComposeV1Config``).
enum DockerComposeCommand {
  static func run(_ session: Session, _ args: [String]) -> SessionOutput {
    var files: [String] = []
    var logLevel = "INFO"
    var rest = args[...]
    while let arg = rest.first, arg.hasPrefix("-") {
      rest = rest.dropFirst()
      let (name, inline) = split(arg)
      switch name {
      case "-f", "--file", "--log-level", "-p", "--project-name":
        guard let value = inline ?? rest.first else {
          return session.failure("\(name) requires argument", code: 1)
        }
        if inline == nil { rest = rest.dropFirst() }
        if name == "-f" || name == "--file" { files.append(value) }
        if name == "--log-level" { logLevel = value }
      case "-v", "--version":
        return SessionOutput(chunks: [.out(versionText)])
      case "-h", "--help":
        return SessionOutput(chunks: [.out(mainHelp)])
      case "--":
        break
      default:
        return session.failure(
          "swarmlab: 'docker-compose \(name)' is not simulated in SwarmLab (only 'docker-compose [-f FILE]... [--log-level LEVEL] config' is)",
          code: 127)
      }
    }
    let levels = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
    guard levels.contains(logLevel.uppercased()) else {
      return session.failure(
        "Invalid value for --log-level. Expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL.",
        code: 1)
    }
    guard let command = rest.first else {
      return SessionOutput(chunks: [.out(mainHelp)])
    }
    switch command {
    case "config":
      let showWarnings = ["DEBUG", "INFO", "WARNING"].contains(logLevel.uppercased())
      return config(session, files: files, Array(rest.dropFirst()), warnings: showWarnings)
    case "version":
      return SessionOutput(chunks: [.out(versionText)])
    case _ where commandNames.contains(command):
      return session.failure(
        "swarmlab: 'docker-compose \(command)' is not simulated in SwarmLab (only 'docker-compose config' is: the book merges compose files with it, then deploys them with docker stack deploy)",
        code: 127)
    default:
      return session.failure("No such command: \(command)\n\n" + commandList, code: 1)
    }
  }

  private static func split(_ arg: String) -> (String, String?) {
    if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
      return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }
    if arg.count > 2, arg.hasPrefix("-f") || arg.hasPrefix("-p"), !arg.hasPrefix("--") {
      return (String(arg.prefix(2)), String(arg.dropFirst(2)))
    }
    return (arg, nil)
  }

  private static func config(
    _ session: Session, files: [String], _ args: [String], warnings showWarnings: Bool
  ) -> SessionOutput {
    var quiet = false
    var listServices = false
    var listVolumes = false
    var interpolate = true
    for arg in args {
      switch arg {
      case "-q", "--quiet": quiet = true
      case "--services": listServices = true
      case "--volumes": listVolumes = true
      case "--no-interpolate": interpolate = false
      case "-h", "--help": return SessionOutput(chunks: [.out(configHelp)])
      case "--resolve-image-digests":
        return session.failure(
          "swarmlab: 'docker-compose config \(arg)' is not simulated in SwarmLab", code: 127)
      case _ where arg.hasPrefix("--hash"):
        return session.failure(
          "swarmlab: 'docker-compose config --hash' is not simulated in SwarmLab", code: 127)
      default:
        return session.failure(configHelp, code: 1)
      }
    }
    // compose joins each -f path to the current folder ('.'), which shows in its messages.
    let names = (files.isEmpty ? defaultFile(session).map { [$0] } ?? [] : files).map {
      $0.hasPrefix("/") ? $0 : "./" + $0
    }
    guard !names.isEmpty else {
      return session.failure(
        "ERROR: \n        Can't find a suitable configuration file in this directory or any\n        parent. Are you in the right directory?\n\n        Supported filenames: docker-compose.yml, docker-compose.yaml\n        ",
        code: 1)
    }
    var sources: [ComposeLoader.Source] = []
    for name in names {
      if session.workspace.kind(name) == .directory {
        return session.failure(
          "ERROR: .IsADirectoryError: [Errno 21] Is a directory: '\(name)'", code: 1)
      }
      guard let text = session.composeFile(name) else {
        return session.failure(
          "ERROR: .FileNotFoundError: [Errno 2] No such file or directory: '\(name)'", code: 1)
      }
      sources.append(ComposeLoader.Source(name: name, text: text))
    }
    let first = session.workspace.absolute(names[0])
    let folder = String(first[..<(first.lastIndex(of: "/") ?? first.startIndex)])
    let merged: ComposeV1Config.Merged
    do {
      merged = try ComposeV1Config(environment: session.environment).merge(
        sources, workingDirectory: folder.isEmpty ? "/" : folder, interpolate: interpolate)
    } catch {
      if error.notSimulated { return session.failure("swarmlab: \(error.message)", code: 127) }
      return session.failure("ERROR: " + error.message, code: 1)
    }
    var output = SessionOutput()
    if showWarnings {
      for warning in merged.warnings { output.chunks.append(.err("WARNING: \(warning)\n")) }
    }
    if listServices {
      output.chunks.append(.out(merged.serviceNames.map { $0 + "\n" }.joined()))
    } else if listVolumes {
      output.chunks.append(.out(merged.volumeNames.map { $0 + "\n" }.joined()))
    } else if !quiet {
      // compose `print`s the YAML, which already ends with a newline: a blank line follows.
      output.chunks.append(.out(merged.yaml + "\n"))
    }
    return output
  }

  /// The first compose file of the default names in the current folder or a parent.
  private static func defaultFile(_ session: Session) -> String? {
    var folder = session.workspace.currentDirectory
    while true {
      for name in ["docker-compose.yml", "docker-compose.yaml"] {
        let path = (folder == "/" ? "" : folder) + "/" + name
        if session.composeFile(path) != nil { return path }
      }
      guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
      folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
  }

  static let versionText = "docker-compose version 1.26.2, build eefe0d31\n"

  static let commandNames = [
    "build", "config", "create", "down", "events", "exec", "help", "images", "kill", "logs",
    "pause", "port", "ps", "pull", "push", "restart", "rm", "run", "scale", "start", "stop",
    "top", "unpause", "up", "version",
  ]

  static let commandList = """
    Commands:
      build              Build or rebuild services
      config             Validate and view the Compose file
      create             Create services
      down               Stop and remove containers, networks, images, and volumes
      events             Receive real time events from containers
      exec               Execute a command in a running container
      help               Get help on a command
      images             List images
      kill               Kill containers
      logs               View output from containers
      pause              Pause services
      port               Print the public port for a port binding
      ps                 List containers
      pull               Pull service images
      push               Push service images
      restart            Restart services
      rm                 Remove stopped containers
      run                Run a one-off command
      scale              Set number of containers for a service
      start              Start services
      stop               Stop services
      top                Display the running processes
      unpause            Unpause services
      up                 Create and start containers
      version            Show the Docker-Compose version information

    """

  static let mainHelp = """
    Define and run multi-container applications with Docker.

    Usage:
      docker-compose [-f <arg>...] [options] [COMMAND] [ARGS...]
      docker-compose -h|--help

    Options (SwarmLab simulates -f, -p, --log-level and -v):
      -f, --file FILE             Specify an alternate compose file
                                  (default: docker-compose.yml)
      -p, --project-name NAME     Specify an alternate project name
                                  (default: directory name)
      --log-level LEVEL           Set log level (DEBUG, INFO, WARNING, ERROR, CRITICAL)
      -v, --version               Print version and exit

    """ + "\n" + commandList

  static let configHelp = """
    Validate and view the Compose file.

    Usage: config [options]

    Options:
        --resolve-image-digests  Pin image tags to digests.
        --no-interpolate         Don't interpolate environment variables
        -q, --quiet              Only validate the configuration, don't print
                                 anything.
        --services               Print the service names, one per line.
        --volumes                Print the volume names, one per line.
        --hash="*"               Print the service config hash, one per line.
                                 Set "service1,service2" for a list of specified services
                                 or use the wildcard symbol to display all services

    """
}
