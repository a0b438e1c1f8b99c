/// Parses `docker` command lines exactly as the docker 20.10 CLI (cobra + pflag) does.
public enum DockerGrammar {
  /// Resolves `argv` (the words after `docker`) to a command, help text or error.
  public static func parse(_ argv: [String]) -> GrammarOutcome {
    let root = CommandTree.root
    let rootScan: FlagParser.Scan
    switch FlagParser(flags: root.flags, interspersed: false).scan(argv) {
    case .failure(let error): return .error(flagError(error, root, path: ["docker"]))
    case .success(let scan): rootScan = scan
    }
    let globals = FlagValues(occurrences: rootScan.occurrences, specs: root.flags)
    if rootScan.helpRequested { return help(root, path: ["docker"], notices: rootScan.notices) }
    guard let name = rootScan.positionals.first else {
      if globals.bool("version") {
        return .command(
          ParsedCommand(path: [], arguments: [], flags: globals, globalFlags: globals))
      }
      return .help(text: HelpRenderer.help(for: root, path: "docker"), stream: .stderr, exitCode: 0)
    }
    let rest = Array(rootScan.positionals.dropFirst())
    if name == "help" { return helpCommand(rest) }
    guard let command = root.subcommands.first(where: { $0.answers(to: name) }) else {
      return .error(
        CLIError(
          message: "docker: '\(name)' is not a docker command.\nSee 'docker --help'", exitCode: 1))
    }
    return resolve(
      command, path: ["docker", command.name], canonical: [command.name], rest, globals)
  }

  /// Walks down management commands, then parses the leaf's flags and arguments.
  private static func resolve(
    _ command: CommandSpec, path: [String], canonical: [String], _ args: [String],
    _ globals: FlagValues
  ) -> GrammarOutcome {
    if !command.simulated {
      let next = command.isManagement ? args.first { !$0.hasPrefix("-") } : nil
      return .notSimulated(path: canonical + (next.map { [$0] } ?? []))
    }
    let commandPath = path.joined(separator: " ")
    if !command.subcommands.isEmpty {
      let scan: FlagParser.Scan
      switch FlagParser(flags: command.flags, interspersed: false).scan(args) {
      case .failure(let error): return .error(flagError(error, command, path: path))
      case .success(let found): scan = found
      }
      if scan.helpRequested { return help(command, path: path, notices: scan.notices) }
      guard let name = scan.positionals.first else {
        let text = HelpRenderer.help(for: command, path: commandPath)
        return .help(text: text, stream: .stderr, exitCode: 0)
      }
      guard let sub = command.subcommands.first(where: { $0.answers(to: name) }) else {
        let usage = HelpRenderer.usage(for: command, path: commandPath)
        return .error(CLIError(message: "\n" + trimTrailingNewlines(usage), exitCode: 1))
      }
      return resolve(
        sub, path: path + [sub.name], canonical: canonical + [sub.name],
        Array(scan.positionals.dropFirst()), globals)
    }
    let scan: FlagParser.Scan
    switch FlagParser(flags: command.flags, interspersed: command.interspersed).scan(args) {
    case .failure(let error): return .error(flagError(error, command, path: path))
    case .success(let found): scan = found
    }
    if scan.helpRequested { return help(command, path: path, notices: scan.notices) }
    if let error = ArgumentCheck.check(scan.positionals, command, commandPath: commandPath) {
      return .error(error)
    }
    return .command(
      ParsedCommand(
        path: command.canonicalPath ?? canonical, arguments: scan.positionals,
        flags: FlagValues(occurrences: scan.occurrences, specs: command.flags),
        globalFlags: globals, handler: command.handler))
  }

  /// `docker help [COMMAND...]`: help on stdout.
  private static func helpCommand(_ words: [String]) -> GrammarOutcome {
    var command = CommandTree.root
    var path = ["docker"]
    for word in words {
      guard let next = command.subcommands.first(where: { $0.answers(to: word) }), next.simulated
      else { break }
      command = next
      path.append(next.name)
    }
    return help(command, path: path, notices: [])
  }

  private static func help(_ command: CommandSpec, path: [String], notices: [String])
    -> GrammarOutcome
  {
    let text =
      notices.map { $0 + "\n" }.joined()
      + HelpRenderer.help(for: command, path: path.joined(separator: " "))
    return .help(text: text, stream: .stdout, exitCode: 0)
  }

  /// docker's `FlagErrorFunc`: exit 125, usage appended for commands with subcommands.
  private static func flagError(_ error: GoError, _ command: CommandSpec, path: [String])
    -> CLIError
  {
    let commandPath = path.joined(separator: " ")
    var message = "\(error.text)\nSee '\(commandPath) --help'."
    if !command.subcommands.isEmpty {
      message += "\n\n" + HelpRenderer.usage(for: command, path: commandPath, forError: true)
    }
    return CLIError(message: message, exitCode: 125)
  }

  private static func trimTrailingNewlines(_ text: String) -> String {
    var text = Substring(text)
    while text.last == "\n" { text.removeLast() }
    return String(text)
  }
}
