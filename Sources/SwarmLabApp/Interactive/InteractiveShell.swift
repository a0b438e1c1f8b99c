import Foundation
internal import LineEditor

/// The read-eval loop of `swarmlab` with no arguments: libedit on a terminal, plain lines from
/// a pipe, one `ShellEngine` deciding what each command means.
public struct InteractiveShell {
  /// How the shell is set up.
  public struct Options {
    /// The history file; nil keeps history in memory. Piped input never touches it.
    public var historyFile: String?
    public var historyLimit: Int
    /// The continuation prompt for unfinished commands.
    public var continuationPrompt: String
    public var environment: [String: String]

    public init(
      historyFile: String?, historyLimit: Int = 1000, continuationPrompt: String = "> ",
      environment: [String: String]
    ) {
      self.historyFile = historyFile
      self.historyLimit = historyLimit
      self.continuationPrompt = continuationPrompt
      self.environment = environment
    }

    /// History in `$XDG_STATE_HOME/swarmlab/history` (or `~/.local/state/...`).
    public static func standard() -> Options {
      let environment = ProcessInfo.processInfo.environment
      return Options(
        historyFile: HistoryStore.defaultPath(environment: environment), environment: environment)
    }
  }

  /// Runs until `exit`, Ctrl-D or the end of input; returns the process exit status.
  public static func run(engine: any ShellEngine, options: Options = .standard()) -> Int32 {
    let stdinIsTerminal = isatty(STDIN_FILENO) != 0
    // A script's Ctrl-C should still stop it; only a person at a terminal gets "cancel line".
    if stdinIsTerminal { Interrupts.install() }
    let editor = LineEditor(
      historyFile: stdinIsTerminal ? options.historyFile : nil,
      historyLimit: options.historyLimit, environment: options.environment,
      completer: { before in
        CompletionResult(
          word: CompletionResult.currentWord(in: before), candidates: engine.completions(before))
      })
    let reader = EditorLineReader(editor: editor, promptsVisible: stdinIsTerminal)
    let terminal = TerminalOutput.standard(environment: options.environment)
    let status = loop(
      engine: engine, reader: reader, terminal: terminal,
      continuationPrompt: options.continuationPrompt)
    Interrupts.restoreTerminal()
    return status
  }

  /// The loop itself, over any line source, so it can be tested without a terminal.
  public static func loop(
    engine: any ShellEngine, reader: any LineReading, terminal: TerminalOutput,
    continuationPrompt: String = "> "
  ) -> Int32 {
    while true {
      reader.switchHistory(to: engine.nestedShell)
      switch readCommand(engine: engine, reader: reader, continuationPrompt: continuationPrompt) {
      case .eof:
        if reader.isInteractive { terminal.write("\n") }
        if case .exit(let status) = engine.endOfInput(terminal: terminal) { return status }
      case .interrupted:
        continue
      case .line(let command):
        guard !command.allSatisfy(\.isWhitespace) else {
          engine.emptyLine(terminal: terminal)
          continue
        }
        reader.addHistory(command)
        _ = terminal.interruptRequested()  // a stale Ctrl-C must not stop the next follow
        if case .exit(let status) = engine.execute(command, terminal: terminal) { return status }
      }
    }
  }

  /// Reads one command, asking for more lines while the engine says it is unfinished; lines
  /// are joined with a newline. End of input inside a continuation yields what was read.
  static func readCommand(
    engine: any ShellEngine, reader: any LineReading, continuationPrompt: String
  ) -> ShellInput {
    let first = reader.readLine(prompt: engine.prompt)
    guard case .line(var text) = first else { return first }
    var unfinished = engine.needsContinuation(adding: text, startsCommand: true)
    while unfinished {
      switch reader.readLine(prompt: continuationPrompt) {
      case .line(let more):
        text += "\n" + more
        unfinished = engine.needsContinuation(adding: more, startsCommand: false)
      case .interrupted: return .interrupted
      case .eof: return .line(text)
      }
    }
    return .line(text)
  }
}

/// Adapts `LineEditor` to the shell's `LineReading`.
final class EditorLineReader: LineReading {
  private let editor: LineEditor
  let isInteractive: Bool

  init(editor: LineEditor, promptsVisible: Bool) {
    self.editor = editor
    self.isInteractive = promptsVisible
  }

  func readLine(prompt: String) -> ShellInput {
    switch editor.readLine(prompt: prompt) {
    case .line(let text): return .line(text)
    case .interrupted: return .interrupted
    case .eof: return .eof
    }
  }

  /// The nested shell whose history is showing, nil for the host's.
  private var shell: String?
  /// Each nested shell's lines, kept in memory only (busybox sh has no history file here).
  private var nestedHistories: [String: [String]] = [:]

  func addHistory(_ line: String) {
    guard let shell else {
      editor.addHistory(line)
      return
    }
    nestedHistories[shell, default: []].append(line)
    editor.addTransientHistory(line)
  }

  func switchHistory(to shell: String?) {
    guard shell != self.shell else { return }
    self.shell = shell
    editor.showHistory(shell.map { nestedHistories[$0] ?? [] } ?? editor.history.entries)
  }
}
