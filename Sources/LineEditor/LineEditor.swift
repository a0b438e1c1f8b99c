internal import CLibEdit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A readline-style line editor on libedit: emacs keys, persistent history, Ctrl-R, Tab
/// completion, Ctrl-C cancelling the line; plain line reading when stdin is not a terminal.
public final class LineEditor {
  /// Returns the candidates for the word before the cursor, given the line up to the cursor.
  public typealias Completer = (String) -> CompletionResult

  /// True when libedit drives a terminal; false for piped input or `TERM=dumb`.
  public var isInteractive: Bool { editor != nil }
  /// The history entries and their file.
  public let history: HistoryStore

  private let completer: Completer
  private var editor: OpaquePointer?
  private let promptsInPlainMode: Bool

  /// - Parameters:
  ///   - historyFile: where history persists (see `HistoryStore.defaultPath`); nil keeps it in
  ///     memory only.
  ///   - environment: consulted for `TERM`; the process environment when nil.
  public init(
    historyFile: String?, historyLimit: Int = 1000,
    environment: [String: String]? = nil,
    completer: @escaping Completer
  ) {
    let environment = environment ?? ProcessInfo.processInfo.environment
    history = HistoryStore(path: historyFile, limit: historyLimit) { message in
      FileHandle.standardError.write(Data((message + "\n").utf8))
    }
    self.completer = completer
    let stdinIsTerminal = isatty(STDIN_FILENO) != 0
    let dumb = environment["TERM"] == "dumb" || (environment["TERM"] ?? "").isEmpty
    promptsInPlainMode = stdinIsTerminal && isatty(STDOUT_FILENO) != 0
    history.load()
    guard stdinIsTerminal && !dumb else { return }
    _ = cle_setup_locale()
    let context = Unmanaged.passUnretained(self).toOpaque()
    editor = cle_create(
      "swarmlab", Int32(historyLimit),
      { context, editor in
        guard let context, let editor else { return UInt8(CLE_CC_ERROR) }
        return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().complete(editor)
      }, context)
    for entry in history.entries { cle_history_add(editor, entry) }
  }

  deinit {
    if let editor { cle_destroy(editor) }
  }

  /// Reads one line, showing `prompt` (ANSI colour sequences in it are handled).
  public func readLine(prompt: String) -> ReadResult {
    guard let editor else {
      if promptsInPlainMode { write(prompt) }
      return PlainLineReader.readLine()
    }
    _ = Interrupts.consume()
    cle_set_prompt(editor, Self.markNonPrinting(prompt))
    var status: Int32 = 0
    if let line = cle_gets(editor, &status) {
      defer { free(line) }
      _ = Interrupts.consume()
      return .line(String(cString: line))
    }
    if status == Int32(CLE_READ_INTERRUPTED) || Interrupts.consume() {
      write("^C\n")
      cle_reset(editor)
      return .interrupted
    }
    return .eof
  }

  /// Records a command in the in-memory history and the history file.
  public func addHistory(_ line: String) {
    guard let entry = history.append(line) else { return }
    if let editor { cle_history_add(editor, entry) }
    history.save()
  }

  /// Shows these entries to Up and Ctrl-R instead of the current ones, without touching the
  /// history file (a nested shell's own history, or the host's restored).
  public func showHistory(_ entries: [String]) {
    guard let editor else { return }
    cle_history_clear(editor)
    for entry in entries { cle_history_add(editor, entry) }
  }

  /// Adds a line for Up and Ctrl-R only; it is never saved.
  public func addTransientHistory(_ line: String) {
    guard let editor, let entry = HistoryStore.normalize(line).nonEmpty else { return }
    cle_history_add(editor, entry)
  }

  /// Wraps ANSI escape sequences in `\u{1}` pairs so libedit does not count them as columns.
  public static func markNonPrinting(_ prompt: String) -> String {
    guard !prompt.contains("\u{1}") else { return prompt }
    var result = ""
    var inEscape = false
    for scalar in prompt.unicodeScalars {
      if scalar == "\u{1B}" && !inEscape {
        inEscape = true
        result += "\u{1}"
      }
      result.unicodeScalars.append(scalar)
      if inEscape && scalar != "\u{1B}" && scalar != "[" && (0x40...0x7E).contains(scalar.value) {
        inEscape = false
        result += "\u{1}"
      }
    }
    return result
  }

  /// The TAB handler: asks the completer, then inserts text or lists candidates.
  private func complete(_ editor: OpaquePointer) -> UInt8 {
    guard let raw = cle_line_before_cursor(editor) else { return UInt8(CLE_CC_ERROR) }
    let before = String(cString: raw)
    free(raw)
    switch CompletionPlanner.plan(completer(before)) {
    case .beep:
      return UInt8(CLE_CC_ERROR)
    case .insert(let text):
      return cle_insert(editor, text) == 0 ? UInt8(CLE_CC_REFRESH) : UInt8(CLE_CC_ERROR)
    case .list(let candidates):
      let lines = CandidateColumns.lines(candidates, width: Int(cle_terminal_columns()))
      write("\n" + lines.joined(separator: "\n") + "\n")
      return UInt8(CLE_CC_REDISPLAY)
    }
  }

  private func write(_ text: String) {
    cle_write_stdout(text)
  }
}

extension String {
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
