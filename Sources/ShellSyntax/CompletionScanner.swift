/// A forgiving scan of the text before the cursor, for tab completion.
///
/// Unlike the parser it never fails: unfinished quotes and substitutions are the normal case
/// while typing. An open `$(` or backtick starts a fresh command, so completion works inside it.
struct CompletionScanner {
  /// The state of one command being typed; a new frame opens at each unclosed substitution.
  private struct Frame {
    var words: [String] = []
    var current = ""
    var currentStart: Int? = nil
    var quote: Unicode.Scalar? = nil
    /// Where the substitution opening this frame starts (`$` or backtick); nil at top level.
    var openedAt: Int? = nil
    var isBacktick = false

    mutating func beginWord(at index: Int) {
      if currentStart == nil { currentStart = index }
    }

    mutating func endWord() {
      if currentStart != nil { words.append(current) }
      current = ""
      currentStart = nil
    }

    mutating func endCommand() {
      endWord()
      words = []
    }
  }

  private let scanner: ShellScanner
  /// The command being typed at the cursor's depth.
  private var top = Frame()
  /// The commands around `top`, outermost first, each waiting for its substitution to close.
  private var outers: [Frame] = []

  init(_ text: String) {
    scanner = ShellScanner(text)
  }

  mutating func scan() -> CompletionContext {
    let scalars = scanner.scalars
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      switch top.quote {
      case "'":
        if scalar == "'" { top.quote = nil } else { top.current.unicodeScalars.append(scalar) }
        index += 1
        continue
      case "\"":
        if scalar == "\"" {
          top.quote = nil
        } else if scalar == "\\", let next, "$`\"\\\n".unicodeScalars.contains(next) {
          if next != "\n" { top.current.unicodeScalars.append(next) }
          index += 1
        } else if opensSubstitution(scalar, next) {
          index = open(at: index, backtick: scalar == "`")
          continue
        } else if scalar == "`", top.isBacktick {
          index = close(at: index)
          continue
        } else {
          top.current.unicodeScalars.append(scalar)
        }
        index += 1
        continue
      default:
        break
      }
      switch scalar {
      case " ", "\t", "<", ">":
        top.endWord()
      case "\n", ";", "&", "|", "(":
        top.endCommand()
      case ")" where top.openedAt != nil && !top.isBacktick,
        "`" where top.isBacktick:
        index = close(at: index)
        continue
      case ")":
        top.endCommand()
      case "#" where top.currentStart == nil:
        // A comment runs to the end of the line: nothing in it is completed.
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        continue
      case "'", "\"":
        top.beginWord(at: index)
        top.quote = scalar
      case "\\":
        if let next, next != "\n" {
          top.beginWord(at: index)
          top.current.unicodeScalars.append(next)
        }
        index += 1
      default:
        if opensSubstitution(scalar, next) {
          index = open(at: index, backtick: scalar == "`")
          continue
        }
        top.beginWord(at: index)
        top.current.unicodeScalars.append(scalar)
      }
      index += 1
    }
    let start = top.currentStart ?? scalars.count
    return CompletionContext(
      words: top.words,
      partial: top.currentStart == nil ? "" : top.current,
      partialStart: scanner.indices[start],
      openQuote: top.quote.map { Character($0) })
  }

  private func opensSubstitution(_ scalar: Unicode.Scalar, _ next: Unicode.Scalar?) -> Bool {
    (scalar == "$" && next == "(") || scalar == "`"
  }

  /// Opens a frame for a substitution starting at `index`; returns where its inner text starts.
  private mutating func open(at index: Int, backtick: Bool) -> Int {
    top.beginWord(at: index)
    outers.append(top)
    top = Frame(openedAt: index, isBacktick: backtick)
    return index + (backtick ? 1 : 2)
  }

  /// Closes the substitution at `index`, adding its text, as typed, to the outer word.
  private mutating func close(at index: Int) -> Int {
    guard let openedAt = top.openedAt, var outer = outers.popLast() else { return index + 1 }
    outer.current += scanner.source(from: openedAt, to: index + 1)
    top = outer
    return index + 1
  }
}
