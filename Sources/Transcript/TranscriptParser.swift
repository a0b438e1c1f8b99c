/// Turns transcript text into commands and expected blocks, reporting malformed input by line.
struct TranscriptParser {
  let name: String
  private var header = TranscriptHeader()
  private var commands: [TranscriptCommand] = []
  /// Where each capture name first appeared, to reject one name used with two kinds.
  private var captureKinds: [String: (kind: WildcardKind, line: Int)] = [:]

  init(name: String) { self.name = name }

  mutating func parse(_ text: String, format: TranscriptFormat) throws(TranscriptError)
    -> TranscriptFile
  {
    var lines = text.splitLines()
    let endsWithNewline = text.utf8.last == UInt8(ascii: "\n")
    if endsWithNewline { lines.removeLast() }
    // Scalars, not Characters: "\r\n" is one Character, so String.hasSuffix("\r") misses it.
    let crlf = lines.first?.unicodeScalars.last == "\r"
    if crlf {
      lines = lines.map {
        $0.unicodeScalars.last == "\r" ? String($0.unicodeScalars.dropLast()) : $0
      }
    }
    switch format {
    case .plain: try parseSegment(lines, 0..<lines.count)
    case .markdown: try parseMarkdown(lines)
    }
    return TranscriptFile(
      name: name, format: format, header: header, commands: commands, lines: lines,
      endsWithNewline: endsWithNewline, lineTerminator: crlf ? "\r\n" : "\n")
  }

  private func error(_ index: Int, _ kind: TranscriptError.Kind) -> TranscriptError {
    TranscriptError(fileName: name, line: index + 1, kind: kind)
  }

  /// Splits a command line into prompt and command text, longest prompt first.
  static func command(in line: String, prompts: [String]) -> (prompt: String, text: String)? {
    let trimmed = line.trimmingTrailingSpaces()
    for prompt in prompts.sorted(by: { $0.count > $1.count }) {
      if trimmed == prompt { return (prompt, "") }
      if trimmed.hasPrefix(prompt + " ") {
        return (prompt, trimmed.dropFirst(prompt.count + 1).trimmingSpaces())
      }
    }
    return nil
  }

  private mutating func addHeader(_ line: String, at index: Int) throws(TranscriptError) {
    guard commands.isEmpty else { throw error(index, .headerAfterCommand) }
    guard let field = TranscriptHeader.parseLine(line) else { throw error(index, .badHeader(line)) }
    do {
      try header.add(key: field.key, value: field.value)
    } catch {
      throw self.error(index, error)
    }
  }

  /// Parses lines `range` of `lines` as one stretch of session (a plain file or one fence).
  private mutating func parseSegment(_ lines: [String], _ range: Range<Int>)
    throws(TranscriptError)
  {
    var index = range.lowerBound
    // Before this stretch's first command: headers (file start only), comments, blank lines.
    while index < range.upperBound, Self.command(in: lines[index], prompts: header.prompts) == nil {
      let line = lines[index]
      if line.hasPrefix("#!") {
        try addHeader(line, at: index)
      } else if !line.hasPrefix("#"), !line.trimmingSpaces().isEmpty {
        throw error(index, .outputBeforeCommand)
      }
      index += 1
    }
    let starts = (index..<range.upperBound).filter {
      Self.command(in: lines[$0], prompts: header.prompts) != nil
    }
    for (position, start) in starts.enumerated() {
      let end = position + 1 < starts.count ? starts[position + 1] : range.upperBound
      try parseCommand(lines, at: start, until: end)
    }
  }

  /// Parses one command and its block; a trailing run starting at a `#` line and holding only
  /// `#` and blank lines is commentary, not output.
  private mutating func parseCommand(_ lines: [String], at start: Int, until end: Int)
    throws(TranscriptError)
  {
    var outputEnd = end
    var index = end - 1
    while index > start {
      if lines[index].hasPrefix("#") {
        outputEnd = index
      } else if !lines[index].trimmingSpaces().isEmpty {
        break
      }
      index -= 1
    }
    for comment in outputEnd..<end where TranscriptHeader.parseLine(lines[comment]) != nil {
      throw error(comment, .headerAfterCommand)
    }
    var entries: [ExpectedEntry] = []
    var expectedOutput: [String] = []
    var exitCode: Int32 = 0
    for index in (start + 1)..<max(start + 1, outputEnd) {
      let entry: ExpectedEntry
      do {
        entry = try Self.entry(forLine: lines[index], header: header)
      } catch {
        throw self.error(index, error)
      }
      switch entry {
      case .exit(let code):
        guard index == outputEnd - 1 else { throw error(index, .exitNotLast) }
        exitCode = code
      case .anyLines, .line:
        expectedOutput.append(lines[index])
      }
      for capture in entry.captures {
        if let first = captureKinds[capture.name] {
          guard first.kind == capture.kind else {
            throw error(index, .captureKindConflict(name: capture.name, firstLine: first.line))
          }
        } else {
          captureKinds[capture.name] = (capture.kind, index + 1)
        }
      }
      entries.append(entry)
    }
    let (prompt, text) = Self.command(in: lines[start], prompts: header.prompts)!
    commands.append(
      TranscriptCommand(
        prompt: prompt, commandLine: text, line: start + 1, expectedOutput: expectedOutput,
        expectedExitCode: exitCode, outputLines: (start + 1)..<max(start + 1, outputEnd),
        entries: entries))
  }

  /// Reads one expected-output line: `[exit N]`, `...`, or a line pattern.
  static func entry(forLine raw: String, header: TranscriptHeader) throws(TranscriptError.Kind)
    -> ExpectedEntry
  {
    let text = header.exactWhitespace ? raw : raw.trimmingTrailingSpaces()
    let trimmed = raw.trimmingSpaces()
    if trimmed.hasPrefix("[exit "), trimmed.hasSuffix("]") {
      guard let code = Int32(trimmed.dropFirst(6).dropLast()), code != 0 else {
        throw .badExitStatus(trimmed)
      }
      return .exit(code)
    }
    return text == "..." ? .anyLines : .line(try LinePattern.parse(text))
  }

  /// Parses the ```` ```console ```` fences of a Markdown file as one session; headers may be
  /// given outside fences as `<!-- #! key: value -->` or inside the first fence.
  private mutating func parseMarkdown(_ lines: [String]) throws(TranscriptError) {
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard let fence = Self.openingFence(line) else {
        let trimmed = line.trimmingSpaces()
        if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") {
          let inner = trimmed.dropFirst(4).dropLast(3).trimmingSpaces()
          if inner.hasPrefix("#!") { try addHeader(inner, at: index) }
        }
        index += 1
        continue
      }
      let close = ((index + 1)..<lines.count).first {
        let trimmed = lines[$0].trimmingSpaces()
        return trimmed.count >= fence.marker.count
          && trimmed.allSatisfy { $0 == fence.marker.first! }
      }
      if fence.isConsole {
        guard let close else { throw error(index, .unclosedFence) }
        try parseSegment(lines, (index + 1)..<close)
      }
      index = (close ?? lines.count) + 1
    }
  }

  /// The fence marker (three or more backticks or tildes) and whether its info says `console`.
  static func openingFence(_ line: String) -> (marker: String, isConsole: Bool)? {
    let trimmed = line.drop { $0 == " " }
    guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
    let marker = trimmed.prefix { $0 == first }
    guard marker.count >= 3 else { return nil }
    let info = trimmed.dropFirst(marker.count).trimmingSpaces()
    if first == "`", info.contains("`") { return nil }
    let word = info.split(separator: " ").first.map(String.init) ?? ""
    return (String(marker), word == "console")
  }
}
