/// Parses the lines a learner types into command lists, without running anything.
public enum ShellParser {
  /// The longest input parsed. A shell re-parses its pending text for each continuation line
  /// (an open quote or `$(`), so this also bounds that work: at most `maxLines` parses of at
  /// most `maxLength` bytes, instead of growing with the square of what is pasted.
  public static let maxLength = 65_536
  public static let maxLines = 1_000

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
