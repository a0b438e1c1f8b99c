/// Makes the lesson's own lines stand out from docker's output on a colour terminal: a done
/// step in bold green, "Not yet" in bold yellow, step banners in bold cyan. Plain text when
/// piped, with `NO_COLOR` or with `--no-color`, so transcripts and scripts see the same words.
enum LessonFeedback {
  static let bold = "\u{1B}[1m"
  static let green = "\u{1B}[1;32m"
  static let yellow = "\u{1B}[1;33m"
  static let cyan = "\u{1B}[1;36m"
  static let reset = "\u{1B}[0m"

  static func style(_ text: String, color: Bool) -> String {
    guard color else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      styleLine(String(line))
    }.joined(separator: "\n")
  }

  private static func styleLine(_ line: String) -> String {
    if line.hasPrefix("✓") || line.hasPrefix("You finished") || line.hasPrefix("You have finished")
    {
      return green + line + reset
    }
    if line.hasPrefix("Not yet:") {
      return yellow + "Not yet:" + reset + line.dropFirst("Not yet:".count)
    }
    if line.hasPrefix("Next ") || line.hasPrefix("Now at ") || isBanner(line) {
      // The step's name stands out; the task after it stays plain to read.
      guard let colon = line.firstIndex(of: ":") else { return cyan + line + reset }
      return cyan + line[..<colon] + ":" + reset + line[line.index(after: colon)...]
    }
    if line.hasPrefix("Your task:") { return bold + "Your task:" + reset + line.dropFirst(10) }
    return line
  }

  /// `[12.3 2/5] Running services — Break a replica`: the first line of a step's text.
  private static func isBanner(_ line: String) -> Bool {
    line.hasPrefix("[") && line.contains("] ") && line.contains(" — ")
  }
}
