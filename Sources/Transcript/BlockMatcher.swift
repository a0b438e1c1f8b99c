/// One entry of a command's expected block: a line pattern, a `...` line, or `[exit N]`.
enum ExpectedEntry: Equatable, Sendable {
  case line(LinePattern)
  case anyLines
  case exit(Int32)

  var captures: [(name: String, kind: WildcardKind)] {
    if case .line(let pattern) = self { return pattern.captures }
    return []
  }
}

/// One entry of what a command produced: an output line (already whitespace-normalised) or a
/// non-zero exit status.
enum ActualEntry: Equatable, Sendable {
  case line([UInt8])
  case exit(Int32)

  /// Splits host output into lines (each printed line ends with `\n`) plus the exit entry.
  static func entries(output: String, exitCode: Int32, exactWhitespace: Bool) -> [ActualEntry] {
    var entries = outputLines(output).map {
      ActualEntry.line(Array((exactWhitespace ? $0 : $0.trimmingTrailingSpaces()).utf8))
    }
    if exitCode != 0 { entries.append(.exit(exitCode)) }
    return entries
  }

  /// The printed lines of `output`; a missing final newline is treated as present.
  static func outputLines(_ output: String) -> [String] {
    guard !output.isEmpty else { return [] }
    var lines = output.splitLines()
    if output.utf8.last == UInt8(ascii: "\n") { lines.removeLast() }
    return lines
  }
}

/// Decides whether an expected block matches actual entries, backtracking through `...` lines
/// (lazily) and through the choices of every wildcard, so captures stay consistent.
enum BlockMatcher {
  /// The captures after a successful match, or nil.
  static func match(
    _ expected: [ExpectedEntry], _ actual: [ActualEntry], captures: Captures
  ) -> Captures? {
    // Success from (i, j) depends only on the captures bound so far, so failures memoise
    // on all three: `...` lines and wildcards then cost polynomial time, never exponential.
    struct State: Hashable {
      var i: Int, j: Int
      var captures: Captures
    }
    var failed = Set<State>()
    func attempt(_ i: Int, _ j: Int, _ captures: Captures) -> Captures? {
      let key = State(i: i, j: j, captures: captures)
      if failed.contains(key) { return nil }
      let result = step(i, j, captures)
      if result == nil { failed.insert(key) }
      return result
    }
    func step(_ i: Int, _ j: Int, _ captures: Captures) -> Captures? {
      guard i < expected.count else { return j == actual.count ? captures : nil }
      switch expected[i] {
      case .anyLines:
        var k = j
        while true {
          if let result = attempt(i + 1, k, captures) { return result }
          guard k < actual.count, case .line = actual[k] else { return nil }
          k += 1
        }
      case .exit(let code):
        guard j < actual.count, actual[j] == .exit(code) else { return nil }
        return attempt(i + 1, j + 1, captures)
      case .line(let pattern):
        guard j < actual.count, case .line(let bytes) = actual[j] else { return nil }
        return pattern.match(bytes, captures: captures) { attempt(i + 1, j + 1, $0) }
      }
    }
    return attempt(0, 0, captures)
  }

  /// Whether one expected entry can stand for one actual entry, ignoring other lines.
  static func entryMatches(_ expected: ExpectedEntry, _ actual: ActualEntry, _ captures: Captures)
    -> Captures?
  {
    switch (expected, actual) {
    case (.exit(let a), .exit(let b)): return a == b ? captures : nil
    case (.line(let pattern), .line(let bytes)):
      return pattern.match(bytes, captures: captures) { $0 }
    default: return nil
    }
  }
}
