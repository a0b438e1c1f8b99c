/// Candidates offered for the word being completed.
public struct CompletionResult: Equatable, Sendable {
  /// The partial word before the cursor that the candidates extend.
  public var word: String
  /// Full replacements for `word` (each starts with `word`).
  public var candidates: [String]

  public init(word: String, candidates: [String]) {
    self.word = word
    self.candidates = candidates
  }

  /// The word before the cursor: the text after the last space (what a shell would complete).
  public static func currentWord(in lineBeforeCursor: String) -> String {
    guard let space = lineBeforeCursor.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
      return lineBeforeCursor
    }
    return String(lineBeforeCursor[lineBeforeCursor.index(after: space)...])
  }
}

/// What a Tab press does to the line.
public enum CompletionAction: Equatable, Sendable {
  /// Nothing matches: ring the bell.
  case beep
  /// Insert this text at the cursor.
  case insert(String)
  /// Several candidates share nothing more: show them below the line.
  case list([String])
}

/// Decides how a Tab press edits the line, like bash with `show-all-if-ambiguous`.
public enum CompletionPlanner {
  /// A unique candidate completes the word (plus a space unless it ends in `/`, `=` or `:`);
  /// several insert their common prefix, or are listed when that prefix adds nothing.
  public static func plan(_ result: CompletionResult) -> CompletionAction {
    var seen = Set<String>()
    let matches = result.candidates.filter { $0.hasPrefix(result.word) && seen.insert($0).inserted }
    guard let first = matches.first else { return .beep }
    if matches.count == 1 {
      let rest = String(first.dropFirst(result.word.count))
      let open = first.last.map { "/=:".contains($0) } ?? false
      return .insert(open ? rest : rest + " ")
    }
    let prefix = commonPrefix(matches)
    if prefix.count > result.word.count {
      return .insert(String(prefix.dropFirst(result.word.count)))
    }
    return .list(matches.sorted())
  }

  /// The longest prefix shared by every string, compared by Character.
  static func commonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map(Array.init) else { return "" }
    for string in strings.dropFirst() {
      let characters = Array(string)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
        length += 1
      }
      prefix.removeSubrange(length...)
    }
    return String(prefix)
  }
}

/// Lays out completion candidates in columns, ordered down then across like bash.
public enum CandidateColumns {
  /// The rows to print for `candidates` on a terminal `width` columns wide.
  public static func lines(_ candidates: [String], width: Int) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
    let columns = max(1, min(candidates.count, (width + 2) / cellWidth))
    let rows = (candidates.count + columns - 1) / columns
    return (0..<rows).map { row in
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < candidates.count else { break }
        let candidate = candidates[index]
        line += candidate
        if column < columns - 1 && index + rows < candidates.count {
          line += String(repeating: " ", count: cellWidth - candidate.count)
        }
      }
      return line
    }
  }
}
