/// Queries for the interactive shell's tab completion.
extension DockerGrammar {
  /// Visible subcommand names below `path` (names only, no aliases); root when `path` is empty.
  public static func subcommands(of path: [String]) -> [String] {
    CommandTree.command(at: path)?.subcommands.map(\.name) ?? []
  }

  /// Visible flags of the command at `path`, long then short forms: `--replicas`, `-d`...
  public static func flags(of path: [String]) -> [String] {
    guard let command = CommandTree.command(at: path) else { return [] }
    let visible = command.flags.filter { !$0.hidden }
    return visible.map { "--" + $0.name } + visible.compactMap { $0.shorthand.map { "-" + $0 } }
  }

  /// Whether `flag` (`--name` or `-n`) takes a value in the command at `path`.
  public static func flagTakesValue(path: [String], flag: String) -> Bool {
    guard let command = CommandTree.command(at: path) else { return false }
    let spec =
      flag.hasPrefix("--")
      ? command.flag(named: String(flag.dropFirst(2)))
      : command.flag(shorthand: String(flag.dropFirst()))
    return spec?.takesValue ?? false
  }
}
