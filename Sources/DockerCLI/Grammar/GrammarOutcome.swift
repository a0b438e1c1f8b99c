/// The output stream a message belongs on.
public enum OutputStream: Sendable, Equatable {
  case stdout
  case stderr
}

/// A docker command line resolved to its canonical command.
public struct ParsedCommand: Sendable, Equatable {
  /// Canonical path, e.g. `["service", "create"]`; shortcuts map to theirs (`ps` → container ls).
  /// Empty for the bare root with global flags only (e.g. `docker -v`).
  public let path: [String]
  /// Positional arguments, after flags and `--` are removed.
  public let arguments: [String]
  /// The command's own flags.
  public let flags: FlagValues
  /// Global flags given before the command (`-H`, `-D`, `--context`...).
  public let globalFlags: FlagValues
  /// What carries the command out, from the command tree (nil: not simulated).
  public let handler: CommandHandler?

  public init(
    path: [String], arguments: [String], flags: FlagValues, globalFlags: FlagValues,
    handler: CommandHandler? = nil
  ) {
    self.path = path
    self.arguments = arguments
    self.flags = flags
    self.globalFlags = globalFlags
    self.handler = handler
  }

  /// The same command line; the handler follows from the path.
  public static func == (lhs: ParsedCommand, rhs: ParsedCommand) -> Bool {
    lhs.path == rhs.path && lhs.arguments == rhs.arguments && lhs.flags == rhs.flags
      && lhs.globalFlags == rhs.globalFlags
  }
}

/// A usage error, printed by docker to stderr.
public struct CLIError: Error, Sendable, Equatable {
  /// Text as docker prints it, WITHOUT the final newline docker's Fprintln adds.
  public let message: String
  /// 125 for flag errors, 1 for argument and unknown-command errors.
  public let exitCode: Int32
}

/// What `docker <argv>` does at the grammar level.
public enum GrammarOutcome: Sendable, Equatable {
  /// A command to execute.
  case command(ParsedCommand)
  /// Help text to print verbatim (it includes its final newline).
  case help(text: String, stream: OutputStream, exitCode: Int32)
  /// A parse or argument error.
  case error(CLIError)
  /// A real docker command SwarmLab does not simulate, e.g. `["volume", "ls"]` or `["build"]`.
  case notSimulated(path: [String])
}
