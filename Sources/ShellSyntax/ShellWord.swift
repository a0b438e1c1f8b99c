/// One shell word as typed: literal text, quoted text and the expansions it contains, in order.
///
/// Adjacent pieces form one word (`a"b"'c'` is one word of three pieces); expansion happens
/// later, at execution time, through an ``Expander``.
public struct ShellWord: Equatable, Sendable {
  /// The pieces of the word, left to right.
  public var parts: [WordPart]
  /// The word exactly as typed, quotes and escapes included.
  public var source: String

  public init(parts: [WordPart], source: String) {
    self.parts = parts
    self.source = source
  }

  /// True when any piece came from quotes or escapes (so the word exists even if empty).
  public var hasQuotedPart: Bool {
    parts.contains { $0.isQuoted }
  }

  /// The word's value when it contains no expansion, else nil.
  public var literalValue: String? {
    var value = ""
    for part in parts {
      guard case .literal(let text, _) = part else { return nil }
      value += text
    }
    return value
  }

  /// Splits a leading `NAME=value` assignment into its name and value word, if this is one.
  ///
  /// As in POSIX, the name and `=` must be unquoted literal text; the value keeps its pieces so
  /// the caller can expand it without field splitting.
  public var assignment: (name: String, value: ShellWord)? {
    guard case .literal(let text, quoted: false) = parts.first,
      let equals = text.firstIndex(of: "="),
      ShellWord.isName(text[..<equals])
    else { return nil }
    let name = String(text[..<equals])
    let rest = String(text[text.index(after: equals)...])
    var valueParts = Array(parts.dropFirst())
    if !rest.isEmpty { valueParts.insert(.literal(rest, quoted: false), at: 0) }
    let sourceRest = source.firstIndex(of: "=").map { String(source[source.index(after: $0)...]) }
    return (name, ShellWord(parts: valueParts, source: sourceRest ?? ""))
  }

  /// Whether `text` is a valid shell variable name (`[A-Za-z_][A-Za-z0-9_]*`).
  static func isName(_ text: Substring) -> Bool {
    guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
    return text.unicodeScalars.allSatisfy(isNameContinuation)
  }

  static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
    isNameStart(scalar) || ("0"..."9").contains(scalar)
  }
}

/// A piece of a ``ShellWord``; `quoted` pieces are never field-split.
public enum WordPart: Equatable, Sendable {
  /// Plain text; quoted when it came from quotes or a backslash escape.
  case literal(String, quoted: Bool)
  /// `$NAME`, `${NAME}`, `$?` (name `?`) or a positional `$1` (name `1`).
  case parameter(String, quoted: Bool)
  /// `$(...)` or backticks; the associated text is the inner command line.
  case commandSubstitution(String, quoted: Bool)

  /// Whether the piece appeared inside quotes (or was escaped).
  public var isQuoted: Bool {
    switch self {
    case .literal(_, let quoted), .parameter(_, let quoted), .commandSubstitution(_, let quoted):
      return quoted
    }
  }
}
