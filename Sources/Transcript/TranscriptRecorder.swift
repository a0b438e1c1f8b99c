/// Turns a live session into transcript text, one command at a time (`swarmlab record FILE`).
public struct TranscriptRecorder: Sendable {
  /// One recorded command with what it printed.
  private struct Entry: Sendable {
    var prompt: String
    var command: String
    var output: String
    var exitCode: Int32
  }

  /// The header written at the top; prompts that are not yet known are added as recorded.
  public private(set) var header: TranscriptHeader
  private var entries: [Entry] = []

  /// `header` usually carries the session's seed, hostname and start time.
  public init(header: TranscriptHeader = TranscriptHeader()) {
    self.header = header
  }

  /// Records one command; `output` is stdout and stderr interleaved, as the learner saw it.
  /// Empty command lines are skipped: they print nothing and test nothing.
  public mutating func record(prompt: String, command: String, output: String, exitCode: Int32) {
    let prompt = prompt.trimmingSpaces()
    let command = command.trimmingSpaces()
    guard !command.isEmpty else { return }
    if !header.prompts.contains(prompt) {
      // A prompt starting with `#` would read as a comment; such a command is recorded as `$`.
      if (try? header.add(key: "prompt", value: prompt)) == nil {
        entries.append(Entry(prompt: "$", command: command, output: output, exitCode: exitCode))
        return
      }
    }
    entries.append(Entry(prompt: prompt, command: command, output: output, exitCode: exitCode))
  }

  /// The transcript so far: header lines, then each command with its escaped output and a
  /// final `[exit N]` line for a non-zero status.
  public var text: String {
    let escaper = OutputLineEscaper(header: header)
    var lines = header.fields.map { "#! \($0.key): \($0.value)" }
    for entry in entries {
      lines.append("\(entry.prompt) \(entry.command)")
      lines += ActualEntry.entries(
        output: entry.output, exitCode: entry.exitCode, exactWhitespace: header.exactWhitespace
      ).map(escaper.text(for:))
    }
    return TranscriptFile.join(lines, terminator: "\n", final: true)
  }
}
