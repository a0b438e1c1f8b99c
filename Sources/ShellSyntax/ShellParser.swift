/// Parses the lines a learner types into command lists, without running anything.
public enum ShellParser {
  /// The longest input parsed, a sane bound on one command: continuation lines are read once
  /// each (`ContinuationScanner`), so a paste up to this size costs time linear in its length.
  public static let maxLength = 1 << 20
  public static let maxLines = 100_000

  /// Parses one (possibly multi-line) input into a command list.
  public static func parse(_ line: String) -> ParseOutcome {
    if line.utf8.count > maxLength
      || line.utf8.lazy.filter({ $0 == UInt8(ascii: "\n") }).count >= maxLines
    {
      return .failure(.tooLong)
    }
    var scanner = ShellScanner(line)
    do {
      return .complete(try scanner.scanList(insideSubstitution: false))
    } catch {
      switch error {
      case .incomplete(let reason): return .incomplete(reason)
      case .failure(let failure): return .failure(failure)
      }
    }
  }

  /// The text to parse after an `.incomplete` outcome: the pending text, a newline, the next line.
  ///
  /// The newline matters: inside quotes it is kept, after `&&` it is skipped, after a trailing
  /// backslash the pair is removed, and elsewhere it separates commands like `;`.
  public static func continuing(_ pending: String, with nextLine: String) -> String {
    pending + "\n" + nextLine
  }

  /// What tab completion needs to know about the text before the cursor.
  public static func completionContext(_ lineBeforeCursor: String) -> CompletionContext {
    var scanner = CompletionScanner(lineBeforeCursor)
    return scanner.scan()
  }
}
