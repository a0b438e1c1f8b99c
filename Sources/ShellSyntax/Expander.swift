/// Turns parsed words into argv at execution time, running substitutions through the caller.
///
/// Expansion is lazy by design: a `$(...)` runs only when ``expand(_:)-(SimpleCommand)`` is called
/// for its command, so it sees the effects of the commands before it.
public struct Expander {
  private let environment: (String) -> String?
  private let substitute: (String) throws -> String

  /// - Parameters:
  ///   - environment: the value of a variable, or nil if unset. It is also asked for `?` (the
  ///     last exit status) and positional names such as `1`.
  ///   - substitute: runs an inner command line and returns its standard output.
  public init(
    environment: @escaping (String) -> String?,
    substitute: @escaping (String) throws -> String
  ) {
    self.environment = environment
    self.substitute = substitute
  }

  /// The argv of a command: each word expanded and field-split, left to right.
  public func expand(_ command: SimpleCommand) throws -> [String] {
    var fields: [String] = []
    for word in command.words { fields += try expand(word) }
    return fields
  }

  /// The fields one word expands to: none, one, or several (unquoted expansions are split).
  public func expand(_ word: ShellWord) throws -> [String] {
    var splitter = FieldSplitter()
    for part in word.parts {
      switch part {
      case .literal(let text, _):
        splitter.appendJoined(text)
      case .parameter(_, let quoted), .commandSubstitution(_, let quoted):
        let value = try value(of: part)
        if quoted { splitter.appendJoined(value) } else { splitter.appendSplitting(value) }
      }
    }
    return splitter.finish()
  }

  /// One word's value with no field splitting, as for the value of `NAME=value`.
  public func expandUnsplit(_ word: ShellWord) throws -> String {
    var value = ""
    for part in word.parts {
      if case .literal(let text, _) = part {
        value += text
      } else {
        value += try self.value(of: part)
      }
    }
    return value
  }

  private func value(of part: WordPart) throws -> String {
    switch part {
    case .literal(let text, _):
      return text
    case .parameter(let name, _):
      return environment(name) ?? ""
    case .commandSubstitution(let commandLine, _):
      var output = try substitute(commandLine)
      // Like every POSIX shell, drop all trailing newlines (and only newlines).
      while output.unicodeScalars.last == "\n" { output.unicodeScalars.removeLast() }
      return output
    }
  }
}

/// Builds fields from pieces, splitting unquoted expansion results on blanks as bash does.
struct FieldSplitter {
  private var fields: [String] = []
  /// The field being built; nil when nothing (not even an empty quoted piece) started one.
  private var current: String? = nil

  /// Text that joins the current field: literals and quoted expansions.
  mutating func appendJoined(_ text: String) {
    current = (current ?? "") + text
  }

  /// An unquoted expansion's value: blanks (space, tab, newline) separate fields, and leading or
  /// trailing blanks end the field they touch; an empty value adds nothing.
  mutating func appendSplitting(_ value: String) {
    // Scalars, not Characters: "\r\n" is one Character but bash splits it at the "\n".
    let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
    let scalars = value.unicodeScalars
    if let first = scalars.first, isBlank(first) { endField() }
    for (index, piece) in scalars.split(whereSeparator: isBlank).enumerated() {
      if index > 0 { endField() }
      appendJoined(String(String.UnicodeScalarView(piece)))
    }
    if let last = scalars.last, isBlank(last) { endField() }
  }

  private mutating func endField() {
    if let current { fields.append(current) }
    current = nil
  }

  consuming func finish() -> [String] {
    endField()
    return fields
  }
}
