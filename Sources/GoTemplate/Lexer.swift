/// One token of a template, with its byte offset and line, as Go's `text/template/parse` lexes it.
struct Token: Equatable {
  enum Kind: Equatable {
    case error, eof, text, leftDelim, rightDelim, leftParen, rightParen, space
    case bool, char, charConstant, number, string, rawString
    case field, identifier, variable, pipe, assign, declare, dot, nilKeyword
    case keyword(String)
  }
  var kind: Kind
  var value: String
  var pos: Int
  var line: Int

  /// Go's `item.String()`, used in "unexpected X in Y" messages.
  var description: String {
    switch kind {
    case .eof: return "EOF"
    case .error: return value
    case .keyword: return "<\(value)>"
    default:
      let chars = Array(value)
      if chars.count > 10 { return GoQuote.quote(String(chars.prefix(10))) + "..." }
      return GoQuote.quote(value)
    }
  }
}

/// Splits template text into tokens; lexing stops at the first error token.
struct Lexer {
  private let bytes: [UInt8]
  private var pos = 0
  private var start = 0
  private var line = 1
  private var startLine = 1
  private var parenDepth = 0
  private var tokens: [Token] = []
  private static let keywords: Set<String> = [
    "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
  ]

  init(_ text: String) { bytes = Array(text.utf8) }

  /// Lexes the whole input; the last token is `.eof` or `.error`.
  static func tokenize(_ text: String) -> [Token] {
    var lexer = Lexer(text)
    lexer.run()
    return lexer.tokens
  }

  private func text(_ from: Int, _ to: Int) -> String {
    String(decoding: bytes[from..<to], as: UTF8.self)
  }

  private func has(_ s: String, at index: Int) -> Bool {
    let u = Array(s.utf8)
    guard index + u.count <= bytes.count else { return false }
    return Array(bytes[index..<index + u.count]) == u
  }

  private mutating func emit(_ kind: Token.Kind) {
    tokens.append(Token(kind: kind, value: text(start, pos), pos: start, line: startLine))
    start = pos
    startLine = line
  }

  private mutating func fail(_ message: String) {
    tokens.append(Token(kind: .error, value: message, pos: start, line: startLine))
  }

  private mutating func ignore() {
    start = pos
    startLine = line
  }

  /// Moves to `index`, counting the newlines skipped.
  private mutating func advance(to index: Int) {
    line += bytes[pos..<index].filter { $0 == 10 }.count
    pos = index
  }

  private var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

  private mutating func next() -> UInt8? {
    guard pos < bytes.count else { return nil }
    let b = bytes[pos]
    pos += 1
    if b == 10 { line += 1 }
    return b
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
  private static func isAlnum(_ b: UInt8) -> Bool {
    b == 95 || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
  }

  /// The rune starting at `index`, for `bad character U+XXXX` messages.
  private func rune(at index: Int) -> Unicode.Scalar {
    let tail = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self)
    return tail.unicodeScalars.first ?? "\u{FFFD}"
  }

  private mutating func run() {
    while true {
      // Text up to the next "{{".
      var i = pos
      while i < bytes.count, !has("{{", at: i) { i += 1 }
      if i >= bytes.count {
        pos = bytes.count
        line += bytes[start..<pos].filter { $0 == 10 }.count
        if pos > start { emit(.text) }
        tokens.append(Token(kind: .eof, value: "", pos: pos, line: line))
        return
      }
      var textEnd = i
      let trimLeft =
        has("{{- ", at: i) || has("{{-\t", at: i) || has("{{-\n", at: i)
        || has("{{-\r", at: i)
      if trimLeft {
        while textEnd > start, Lexer.isSpace(bytes[textEnd - 1]) { textEnd -= 1 }
      }
      let savedPos = i
      pos = textEnd
      if textEnd > start {
        let segment = text(start, textEnd)
        tokens.append(Token(kind: .text, value: segment, pos: start, line: startLine))
      }
      line += bytes[start..<savedPos].filter { $0 == 10 }.count
      pos = savedPos
      start = pos
      startLine = line
      if !lexLeftDelim(trimLeft) { return }
    }
  }

  /// Lexes `{{`, a comment or an action; returns false once an error or EOF token is emitted.
  private mutating func lexLeftDelim(_ trim: Bool) -> Bool {
    if has("/*", at: start + (trim ? 4 : 2)) {
      pos = start + (trim ? 4 : 2)
      return lexComment(trim)
    }
    pos = start + 2
    emit(.leftDelim)
    if trim {
      pos += 1
      ignore()
    }
    parenDepth = 0
    return lexInsideAction()
  }

  private mutating func lexComment(_ trimLeft: Bool) -> Bool {
    pos += 2
    var i = pos
    while i < bytes.count, !has("*/", at: i) { i += 1 }
    if i >= bytes.count {
      fail("unclosed comment")
      return false
    }
    advance(to: i + 2)
    let trimRight =
      has(" -}}", at: pos) || has("\t-}}", at: pos) || has("\n-}}", at: pos)
      || has("\r-}}", at: pos)
    if !has("}}", at: pos) && !trimRight {
      fail("comment ends before closing delimiter")
      return false
    }
    advance(to: pos + (trimRight ? 4 : 2))
    ignore()
    if trimRight { skipLeadingSpace() }
    return true
  }

  private mutating func skipLeadingSpace() {
    while let b = peek, Lexer.isSpace(b) { _ = next() }
    ignore()
  }

  private func atRightDelim() -> (found: Bool, trim: Bool) {
    if has("}}", at: pos) { return (true, false) }
    if pos < bytes.count, Lexer.isSpace(bytes[pos]), has("-}}", at: pos + 1) { return (true, true) }
    return (false, false)
  }

  private mutating func lexInsideAction() -> Bool {
    while true {
      let delim = atRightDelim()
      if delim.found {
        if parenDepth != 0 {
          fail("unclosed left paren")
          return false
        }
        if delim.trim {
          advance(to: pos + 1)
          ignore()
          pos += 3
        } else {
          pos += 2
        }
        emit(.rightDelim)
        if delim.trim { skipLeadingSpace() }
        return true
      }
      guard let b = next() else {
        fail("unclosed action")
        return false
      }
      switch b {
      case _ where Lexer.isSpace(b):
        while let c = peek, Lexer.isSpace(c), !atRightDelim().found { _ = next() }
        emit(.space)
      case UInt8(ascii: "="):
        emit(.assign)
      case UInt8(ascii: ":"):
        guard next() == UInt8(ascii: "=") else {
          fail("expected :=")
          return false
        }
        emit(.declare)
      case UInt8(ascii: "|"):
        emit(.pipe)
      case UInt8(ascii: "\""):
        if !lexQuote() { return false }
      case UInt8(ascii: "`"):
        if !lexRawQuote() { return false }
      case UInt8(ascii: "$"):
        if !lexFieldOrVariable(.variable) { return false }
      case UInt8(ascii: "'"):
        if !lexChar() { return false }
      case UInt8(ascii: "."):
        if let c = peek, c < 48 || c > 57 {
          if !lexFieldOrVariable(.field) { return false }
          continue
        }
        if !lexNumber() { return false }
      case UInt8(ascii: "+"), UInt8(ascii: "-"), 48...57:
        if !lexNumber() { return false }
      case _ where Lexer.isAlnum(b):
        if !lexIdentifier() { return false }
      case UInt8(ascii: "("):
        emit(.leftParen)
        parenDepth += 1
      case UInt8(ascii: ")"):
        // Go emits the paren before reporting, so the parser sees it first.
        emit(.rightParen)
        parenDepth -= 1
        if parenDepth < 0 {
          fail("unexpected right paren \(GoQuote.runeDescription(")"))")
          return false
        }
      case _ where b < 0x80 && b >= 0x20 && b < 0x7f:
        emit(.char)
      default:
        fail("bad character \(GoQuote.runeDescription(rune(at: pos - 1)))")
        return false
      }
    }
  }

  private func atTerminator() -> Bool {
    guard let b = peek else { return true }
    if Lexer.isSpace(b) { return true }
    if [
      UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: ":"),
      UInt8(ascii: ")"), UInt8(ascii: "("),
    ].contains(b) {
      return true
    }
    return has("}}", at: pos)
  }

  private mutating func lexIdentifier() -> Bool {
    while let b = peek, Lexer.isAlnum(b) { _ = next() }
    if !atTerminator() {
      fail("bad character \(GoQuote.runeDescription(rune(at: pos)))")
      return false
    }
    let word = text(start, pos)
    if Lexer.keywords.contains(word) {
      emit(.keyword(word))
    } else if word == "true" || word == "false" {
      emit(.bool)
    } else if word == "nil" {
      emit(.nilKeyword)
    } else {
      emit(.identifier)
    }
    return true
  }

  private mutating func lexFieldOrVariable(_ kind: Token.Kind) -> Bool {
    if atTerminator() {
      emit(kind == .variable ? .variable : .dot)
      return true
    }
    while let b = peek, Lexer.isAlnum(b) { _ = next() }
    if !atTerminator() {
      fail("bad character \(GoQuote.runeDescription(rune(at: pos)))")
      return false
    }
    emit(kind)
    return true
  }

  private mutating func lexQuote() -> Bool {
    while true {
      guard let b = next(), b != 10 else {
        fail("unterminated quoted string")
        return false
      }
      if b == UInt8(ascii: "\\") {
        if let c = next(), c != 10 { continue }
        fail("unterminated quoted string")
        return false
      }
      if b == UInt8(ascii: "\"") { break }
    }
    emit(.string)
    return true
  }

  private mutating func lexRawQuote() -> Bool {
    while true {
      guard let b = next() else {
        fail("unterminated raw quoted string")
        return false
      }
      if b == UInt8(ascii: "`") { break }
    }
    emit(.rawString)
    return true
  }

  private mutating func lexChar() -> Bool {
    while true {
      guard let b = next(), b != 10 else {
        fail("unterminated character constant")
        return false
      }
      if b == UInt8(ascii: "\\") {
        if let c = next(), c != 10 { continue }
        fail("unterminated character constant")
        return false
      }
      if b == UInt8(ascii: "'") { break }
    }
    emit(.charConstant)
    return true
  }

  /// Accepts Go number syntax loosely, then validates it in the parser as Go does.
  private mutating func lexNumber() -> Bool {
    while let b = peek,
      Lexer.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
        || ((b == UInt8(ascii: "+") || b == UInt8(ascii: "-"))
          && [UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "p"), UInt8(ascii: "P")]
            .contains(bytes[pos - 1]))
    {
      _ = next()
    }
    let word = text(start, pos)
    if NumberLiteral(word) == nil || (peek.map { Lexer.isAlnum($0) } ?? false) {
      fail("bad number syntax: \(GoQuote.quote(word))")
      return false
    }
    emit(.number)
    return true
  }
}
