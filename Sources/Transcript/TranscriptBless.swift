/// Rewrites a transcript so that it expects what the last run produced ("bless" mode).
public enum TranscriptBless {
  /// The new file text: only the expected blocks of commands that fail against the report's
  /// actual output change. Within such a block, expected lines that still match (wildcards
  /// included) and `...` lines are kept, the rest become the actual output, and the `[exit N]`
  /// line follows the actual status. Comments, headers and passing commands stay byte-identical,
  /// so blessing a passing file returns its text unchanged.
  ///
  /// Commands are re-checked in order against the recorded output, so a capture bound by a
  /// newly blessed block is honoured by the commands after it, and the result always passes
  /// when the host reproduces the same output.
  public static func bless(_ file: TranscriptFile, with report: TranscriptReport) -> String {
    guard report.failure == nil else { return file.text }
    let escaper = OutputLineEscaper(header: file.header)
    var captures = Captures()
    var lines: [String] = []
    var cursor = 0
    for (command, result) in zip(file.commands, report.results) {
      let check = CommandCheck(command, result.actual, file.header, captures)
      if let bound = check.boundCaptures {
        captures = bound
        continue
      }
      let start = command.outputLines.lowerBound
      var block: [String] = []
      for edit in check.edits() {
        switch edit {
        case .keep(let e, _): block.append(file.lines[start + e])
        case .remove: break
        case .add(let a): block.append(escaper.text(for: check.actualEntries[a]))
        }
      }
      if let bound = verify(block, check, file.header) {
        captures = bound
      } else {
        // Kept wildcard lines could still conflict in a way the alignment missed; literal
        // output always matches and binds nothing.
        block = check.actualEntries.map(escaper.text(for:))
      }
      lines += file.lines[cursor..<start]
      lines += block
      cursor = command.outputLines.upperBound
    }
    lines += file.lines[cursor...]
    // Without a final newline a blank last line would vanish (its text is the empty string
    // after the last terminator), so the blessed file ends with one whenever it ends blank.
    let final = file.endsWithNewline || lines.last == ""
    return TranscriptFile.join(lines, terminator: file.lineTerminator, final: final)
  }

  /// The captures after the rewritten block matches the actual output, or nil.
  private static func verify(_ block: [String], _ check: CommandCheck, _ header: TranscriptHeader)
    -> Captures?
  {
    var entries: [ExpectedEntry] = []
    for line in block {
      guard let entry = try? TranscriptParser.entry(forLine: line, header: header) else {
        return nil
      }
      entries.append(entry)
    }
    return BlockMatcher.match(entries, check.actualEntries, captures: check.captures)
  }
}
