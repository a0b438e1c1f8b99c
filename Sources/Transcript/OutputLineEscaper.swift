/// Writes actual output lines so that they read back as the same literal expected lines.
struct OutputLineEscaper {
  let prompts: [String]
  let exactWhitespace: Bool

  init(header: TranscriptHeader) {
    prompts = header.prompts
    exactWhitespace = header.exactWhitespace
  }

  /// The line as a transcript must spell it: brackets that would read as wildcards become
  /// `[[=]`, and a line that would read as syntax (command, comment, `...`, `[exit N]`, fence)
  /// starts with `[=]`.
  func escape(_ line: String) -> String {
    let text = exactWhitespace ? line : line.trimmingTrailingSpaces()
    let body = LinePattern.escape(text)
    let trimmed = text.trimmingSpaces()
    let readsAsSyntax =
      trimmed == "..." || text.hasPrefix("#") || trimmed.hasPrefix("[exit ")
      || text.hasPrefix("```") || text.hasPrefix("~~~")
      || TranscriptParser.command(in: text, prompts: prompts) != nil
    return readsAsSyntax && !body.hasPrefix("[[=]") ? "[=]" + body : body
  }

  /// The transcript line for one actual entry.
  func text(for entry: ActualEntry) -> String {
    switch entry {
    case .line(let bytes): return escape(String(decoding: bytes, as: UTF8.self))
    case .exit(let code): return "[exit \(code)]"
    }
  }
}
