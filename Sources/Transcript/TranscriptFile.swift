/// How a transcript file is laid out.
public enum TranscriptFormat: Sendable {
  /// The whole file is a transcript.
  case plain
  /// Only ```` ```console ```` fences are transcripts; together they form one session.
  case markdown
}

/// One command of a transcript with the output it must produce.
public struct TranscriptCommand: Equatable, Sendable {
  /// The prompt the line starts with, without its trailing space (`PS>`, `$`, `/app #`).
  public var prompt: String
  /// The text after the prompt, which the host runs; empty for a bare prompt line.
  public var commandLine: String
  /// 1-based line number of the command line.
  public var line: Int
  /// The expected output lines as written (wildcards included, `[exit N]` excluded).
  public var expectedOutput: [String]
  public var expectedExitCode: Int32
  /// 0-based indices of the file lines holding the expected block, `[exit N]` included.
  public var outputLines: Range<Int>
  var entries: [ExpectedEntry]

  /// The command line as written in the file, for headings.
  public var displayLine: String { commandLine.isEmpty ? prompt : "\(prompt) \(commandLine)" }
}

/// A parsed transcript: its header, its commands and the source lines they came from.
public struct TranscriptFile: Sendable {
  public var name: String
  public var format: TranscriptFormat
  public var header: TranscriptHeader
  public var commands: [TranscriptCommand]
  /// The source lines, without line terminators.
  public var lines: [String]
  var endsWithNewline: Bool
  var lineTerminator: String

  /// Parses transcript text; `.md`/`.markdown` names select Markdown unless `format` is given.
  public init(text: String, name: String, format: TranscriptFormat? = nil) throws(TranscriptError) {
    let chosen =
      format ?? (name.hasSuffix(".md") || name.hasSuffix(".markdown") ? .markdown : .plain)
    var parser = TranscriptParser(name: name)
    self = try parser.parse(text, format: chosen)
  }

  init(
    name: String, format: TranscriptFormat, header: TranscriptHeader,
    commands: [TranscriptCommand], lines: [String], endsWithNewline: Bool, lineTerminator: String
  ) {
    self.name = name
    self.format = format
    self.header = header
    self.commands = commands
    self.lines = lines
    self.endsWithNewline = endsWithNewline
    self.lineTerminator = lineTerminator
  }

  /// The file text rebuilt from `lines`, byte-identical to the input for unchanged lines.
  public var text: String { Self.join(lines, terminator: lineTerminator, final: endsWithNewline) }

  static func join(_ lines: [String], terminator: String, final: Bool) -> String {
    let body = lines.joined(separator: terminator)
    return final && !lines.isEmpty ? body + terminator : body
  }
}
