/// What the shell does after a command ran.
public enum ShellAction: Equatable, Sendable {
  /// Read the next command.
  case `continue`
  /// Leave the shell with this exit status.
  case exit(Int32)
}

/// The command side of the interactive shell (the lead's Session implements it); the shell
/// owns the terminal, the engine owns meaning.
public protocol ShellEngine: AnyObject {
  /// The prompt for a new command: `PS> `, or `/app # ` inside a container shell.
  var prompt: String { get }
  /// Whether the command read so far is unfinished (open quote, `$(`, trailing `\`), so
  /// another line is read with the continuation prompt and joined with a newline. `line` is
  /// the newest line, `startsCommand` true for a command's first: the engine carries what the
  /// earlier lines left open, so a long paste is read in time linear in its length.
  func needsContinuation(adding line: String, startsCommand: Bool) -> Bool
  /// Full candidates for the word being typed at the end of `lineBeforeCursor`.
  func completions(_ lineBeforeCursor: String) -> [String]
  /// Runs one (possibly multi-line) command, writing all output through `terminal`.
  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction
  /// Ctrl-D or the end of piped input: leave the shell, or only a nested one (the container
  /// shell of `docker exec -it`, which returns to the host prompt as real docker does).
  func endOfInput(terminal: TerminalOutput) -> ShellAction
  /// Names the nested shell lines go to (a container's `sh`), nil at the host prompt: each
  /// nested shell has its own history, and the host's is never mixed with it.
  var nestedShell: String? { get }
  /// An empty line (Enter alone): nothing runs, but time has passed (a lesson step may be done).
  func emptyLine(terminal: TerminalOutput)
}

extension ShellEngine {
  public func endOfInput(terminal: TerminalOutput) -> ShellAction { .exit(0) }
  public func emptyLine(terminal: TerminalOutput) {}
  public var nestedShell: String? { nil }
}

/// Where the shell's read loop gets lines: the libedit editor, or a scripted source in tests.
public protocol LineReading: AnyObject {
  /// Whether a person is typing at a terminal (prompts are shown, Ctrl-D prints a newline).
  var isInteractive: Bool { get }
  func readLine(prompt: String) -> ShellInput
  func addHistory(_ line: String)
  /// Switches Up/Ctrl-R to the history of a nested shell (nil: the host's).
  func switchHistory(to shell: String?)
}

extension LineReading {
  public func switchHistory(to shell: String?) {}
}

/// One read from a `LineReading` source.
public enum ShellInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C dropped the half-typed line.
  case interrupted
  case eof
}
