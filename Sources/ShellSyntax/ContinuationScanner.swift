/// Reads a command typed over several lines one line at a time (an open quote or `$(`, a
/// trailing `&&` or backslash), carrying the lexical state the earlier lines left open, so
/// each line is scanned once: a paste of N continuation lines costs O(N), not the O(N²) of
/// re-parsing the whole text for every new line.
///
/// It follows `ShellScanner`'s rules for what is still open. Whenever it cannot vouch that the
/// text is cleanly unfinished (the text is complete, or a line holds something the parser may
/// refuse, such as `;;`, `$((` or a stray `)`), the full parser decides, so a syntax error is
/// reported on the line that makes it. Errors inside backticks and `${…}` are the exception:
/// those show once the command is complete.
public struct ContinuationScanner: Sendable {
  /// Everything read so far, lines joined with a newline.
  public private(set) var text = ""
  private var lineCount = 0
  /// What is open, innermost last; the bottom is the command list itself.
  private var contexts: [Context] = [.list(ListState(insideSubstitution: false))]
  /// The last line ended in a backslash (outside single quotes and backticks).
  private var pendingBackslash = false
  /// The scanner once disagreed with the parser: from then on the parser decides each line.
  private(set) var parserDecides = false

  public init() {}

  /// Adds the next line and answers whether the command still needs another one.
  public mutating func needsMore(after line: String) -> Bool {
    if lineCount > 0 { text += "\n" }
    text += line
    lineCount += 1
    // Over the parser's bounds the parser answers (with its "too long" message).
    if lineCount > ShellParser.maxLines || text.utf8.count > ShellParser.maxLength {
      return false
    }
    if !parserDecides {
      var scalars = Array(line.unicodeScalars)
      if lineCount > 1 { scalars.insert("\n", at: 0) }
      if scan(scalars), case .incomplete = verdict { return true }
    }
    if case .incomplete = ShellParser.parse(text) {
      parserDecides = true
      return true
    }
    return false
  }

  /// Why the text read so far is unfinished, or nil when it is complete.
  var verdict: Verdict {
    if pendingBackslash, case .list = contexts.last! { return .incomplete(.lineContinuation) }
    switch contexts.last! {
    case .list(let state):
      if state.insideSubstitution { return .incomplete(.commandSubstitution) }
      if let op = state.pendingOperator { return .incomplete(.pendingOperator(op)) }
      return .complete
    case .singleQuote: return .incomplete(.singleQuote)
    case .doubleQuote: return .incomplete(.doubleQuote)
    case .backtick: return .incomplete(.backtick)
    case .parameter: return .incomplete(.parameterExpansion)
    }
  }

  enum Verdict: Equatable {
    case complete
    case incomplete(IncompleteReason)
  }

  /// One open construct.
  enum Context: Sendable {
    case list(ListState)
    case singleQuote
    case doubleQuote
    /// The flag says whether the backticks sit inside double quotes (`\"` is then an escape).
    case backtick(quoted: Bool)
    /// `${`, with the text so far.
    case parameter(String)
  }

  /// A command list's state: what `ShellScanner.scanList` keeps in its locals.
  struct ListState: Sendable {
    var insideSubstitution: Bool
    var pendingOperator: String? = nil
    /// The current simple command has a word or redirection.
    var hasContent = false
    /// The cursor is inside a word (a `#` there is text, not a comment).
    var inWord = false
    /// The word being read is a redirection's target, which leaves a pending `&&` pending.
    var redirectionTarget = false
  }

  /// Scans one line (with its leading newline); false when the line holds something the full
  /// parser may refuse, so it must decide.
  private mutating func scan(_ s: [Unicode.Scalar]) -> Bool {
    var i = 0
    if pendingBackslash {
      // The backslash-newline pair joins the lines (in a list and inside double quotes, the
      // only places a line's last backslash is left pending).
      pendingBackslash = false
      i = 1
    }
    while i < s.count {
      let c = s[i]
      let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
      switch contexts[contexts.count - 1] {
      case .singleQuote:
        if c == "'" { contexts.removeLast() }
        i += 1
      case .parameter(let name):
        if c == "}" {
          contexts.removeLast()
          if !ShellWord.isName(Substring(name)) && name != "?"
            && !(name.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } && !name.isEmpty)
          {
            return false
          }
        } else {
          contexts[contexts.count - 1] = .parameter(name + String(Character(c)))
        }
        i += 1
      case .backtick(let quoted):
        if c == "`" {
          contexts.removeLast()
          i += 1
        } else if c == "\\", let next,
          next == "$" || next == "`" || next == "\\" || (quoted && next == "\"")
        {
          i += 2
        } else {
          i += 1
        }
      case .doubleQuote:
        switch c {
        case "\"":
          contexts.removeLast()
          i += 1
        case "\\":
          guard let next else {
            pendingBackslash = true
            return true
          }
          i += "$`\"\\\n".unicodeScalars.contains(next) ? 2 : 1
        case "$":
          guard openDollar(s, &i) else { return false }
        case "`":
          contexts.append(.backtick(quoted: true))
          i += 1
        default:
          i += 1
        }
      case .list(var state):
        switch scanList(s, &i, &state) {
        case .refuse: return false
        case .stay: contexts[contexts.count - 1] = .list(state)
        case .opened(let context):
          contexts[contexts.count - 1] = .list(state)
          contexts.append(context)
        case .closed:
          contexts.removeLast()
          markWord()
        case .endOfLineBackslash:
          contexts[contexts.count - 1] = .list(state)
          pendingBackslash = true
          return true
        }
      }
    }
    return true
  }

  /// What one step of a command list did.
  private enum ListStep {
    case stay
    case opened(Context)
    case closed
    case refuse
    case endOfLineBackslash
  }

  /// One token of a command list, as `ShellScanner.scanList` and `scanWord` read it.
  private mutating func scanList(
    _ s: [Unicode.Scalar], _ i: inout Int, _ state: inout ListState
  ) -> ListStep {
    let c = s[i]
    let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
    func finish(_ op: String?) -> ListStep {
      guard state.hasContent else { return .refuse }
      state.hasContent = false
      state.inWord = false
      state.redirectionTarget = false
      if let op { state.pendingOperator = op }
      return .stay
    }
    switch c {
    case " ", "\t":
      state.inWord = false
      state.redirectionTarget = false
      i += 1
    case "\n":
      state.inWord = false
      state.redirectionTarget = false
      if state.hasContent && state.pendingOperator == nil { state.hasContent = false }
      i += 1
    case "#" where !state.inWord:
      while i < s.count && s[i] != "\n" { i += 1 }
    case "\\":
      guard next != nil else {
        i += 1
        return .endOfLineBackslash
      }
      if next != "\n" { word(&state) }
      i += 2
    case ";":
      if next == ";" { return .refuse }
      i += 1
      return finish(nil)
    case "&" where next == "&", "|" where next == "|":
      i += 2
      return finish(c == "&" ? "&&" : "||")
    case "|":
      // `|&` adds its `2>&1` before the command is finished, so it never finds it empty.
      let both = next == "&"
      if both { state.hasContent = true }
      i += both ? 2 : 1
      return finish(both ? "|&" : "|")
    case "&", "<", ">", "(":
      return redirection(s, &i, &state)
    case ")":
      guard state.insideSubstitution, state.pendingOperator == nil else { return .refuse }
      i += 1
      return .closed
    case "'":
      word(&state)
      i += 1
      return .opened(.singleQuote)
    case "\"":
      word(&state)
      i += 1
      return .opened(.doubleQuote)
    case "`":
      word(&state)
      i += 1
      return .opened(.backtick(quoted: false))
    case "$":
      word(&state)
      let before = contexts.count
      guard openDollar(s, &i) else { return .refuse }
      if contexts.count > before { return .opened(contexts.removeLast()) }
    default:
      word(&state)
      i += 1
    }
    return .stay
  }

  /// A redirection (`>`, `>>`, `<`, `&>`…) with its target on the same line; anything rarer
  /// (`<&`, `>&`, `<<`, `&` alone, `(`, a redirection after `&&`) is left to the parser.
  private func redirection(
    _ s: [Unicode.Scalar], _ i: inout Int, _ state: inout ListState
  ) -> ListStep {
    var j = i
    if s[j] == "&" { j += 1 }
    guard j < s.count, s[j] == ">" || (s[j] == "<" && j == i) else { return .refuse }
    let direction = s[j]
    j += 1
    var duplicate = false
    if j < s.count {
      if direction == "<" && "<&>".unicodeScalars.contains(s[j]) { return .refuse }
      if direction == ">" && s[j] == "&" {
        // `2>&file` and `>&-` are refused by the parser; `>&file` and `2>&1` are not.
        let glued = i > 0 && ("0"..."9").contains(s[i - 1])
        guard s[i] != "&", !glued || (j + 1 < s.count && ("0"..."9").contains(s[j + 1]))
        else { return .refuse }
        duplicate = true
        j += 1
      } else if direction == ">" && (s[j] == ">" || (s[j] == "|" && s[i] != "&")) {
        j += 1
      }
    }
    while j < s.count && (s[j] == " " || s[j] == "\t") { j += 1 }
    guard j < s.count, !"\n;&|<>()".unicodeScalars.contains(s[j]) else { return .refuse }
    if duplicate && s[j] == "-" { return .refuse }
    if duplicate && i > 0 && ("0"..."9").contains(s[i - 1]) {
      // `2>&1?` is refused by the parser: a glued descriptor's target is digits only
      // (found by the shell fuzz target).
      var k = j
      while k < s.count && !" \t\n;&|<>()".unicodeScalars.contains(s[k]) {
        guard ("0"..."9").contains(s[k]) else { return .refuse }
        k += 1
      }
    }
    state.hasContent = true
    // The target is a word: a `#` in it is text.
    state.inWord = true
    state.redirectionTarget = true
    i = j
    return .stay
  }

  /// Marks the list on top as inside a word with content (after a quote or `$(…)` closes).
  private mutating func markWord() {
    guard case .list(var state) = contexts[contexts.count - 1] else { return }
    word(&state)
    contexts[contexts.count - 1] = .list(state)
  }

  private func word(_ state: inout ListState) {
    state.inWord = true
    state.hasContent = true
    if !state.redirectionTarget { state.pendingOperator = nil }
  }

  /// A `$`: opens `$(` or `${`, else plain text. False for what the parser refuses (`$((`,
  /// nesting deeper than it allows).
  private mutating func openDollar(_ s: [Unicode.Scalar], _ i: inout Int) -> Bool {
    let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
    switch next {
    case "(":
      if i + 2 < s.count && s[i + 2] == "(" { return false }
      let depth = contexts.reduce(0) { n, context in
        if case .list(let state) = context, state.insideSubstitution { return n + 1 }
        return n
      }
      guard depth < ShellScanner.maxNesting else { return false }
      contexts.append(.list(ListState(insideSubstitution: true)))
      i += 2
    case "{":
      contexts.append(.parameter(""))
      i += 2
    default:
      i += 1
    }
    return true
  }
}
