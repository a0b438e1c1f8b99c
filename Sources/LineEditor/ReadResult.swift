/// What one call to `LineEditor.readLine(prompt:)` produced.
public enum ReadResult: Equatable, Sendable {
  /// A finished line, without its trailing newline.
  case line(String)
  /// Ctrl-C cancelled a half-typed line; the caller shows a fresh prompt.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case eof
}
