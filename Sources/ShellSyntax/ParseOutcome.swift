/// The result of parsing a line: a command list, a request for more input, or an error.
public enum ParseOutcome: Equatable, Sendable {
  case complete(CommandList)
  /// The line is unfinished; the interactive shell should print a continuation prompt and
  /// parse `line + "\n" + nextLine` (see ``ShellParser/continuing(_:with:)``).
  case incomplete(IncompleteReason)
  case failure(ShellSyntaxError)
}

/// Why a line needs another line before it can run.
public enum IncompleteReason: Equatable, Sendable {
  /// An open `'`.
  case singleQuote
  /// An open `"`.
  case doubleQuote
  /// An open `$(`.
  case commandSubstitution
  /// An open backtick.
  case backtick
  /// An open `${`.
  case parameterExpansion
  /// A backslash at the very end of the line.
  case lineContinuation
  /// A trailing `&&` or `||` (the associated text) still waiting for its right-hand command.
  case pendingOperator(String)
}

/// A line the shell cannot run, with a one-line, learner-facing message.
public enum ShellSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A shell feature this shell does not offer; `token` is the text that triggered it.
  case unsupported(UnsupportedFeature, token: String)
  /// A misplaced operator, such as a leading `;` or an unmatched `)`.
  case unexpectedToken(String)
  /// A malformed `${...}`.
  case badSubstitution(String)
  /// A backtick substitution whose inner command is unfinished.
  case unterminatedSubstitution(String)
  /// `$(` or backticks nested deeper than `ShellScanner.maxNesting`.
  case nestedTooDeep
  /// Input longer than `ShellParser.maxLength` bytes or `maxLines` lines.
  case tooLong

  /// The text to print, in the shell's own voice (distinct from docker's messages).
  public var message: String {
    switch self {
    case .unsupported(let feature, let token):
      let verb = feature.isPlural ? "are" : "is"
      return "swarmlab: \(feature.name) ('\(token)') \(verb) not supported in this shell"
    case .unexpectedToken(let token):
      return "swarmlab: syntax error near unexpected token '\(token)'"
    case .badSubstitution(let text):
      return "swarmlab: \(text): bad substitution"
    case .unterminatedSubstitution(let text):
      return "swarmlab: unexpected end of command substitution in '\(text)'"
    case .nestedTooDeep:
      return "swarmlab: command substitutions are nested more than \(ShellScanner.maxNesting) deep"
    case .tooLong:
      return
        "swarmlab: the command is too long (SwarmLab reads at most \(ShellParser.maxLines) lines or \(ShellParser.maxLength) bytes at once)"
    }
  }

  public var description: String { message }
}

/// Shell features the tutorial shell deliberately leaves out.
public enum UnsupportedFeature: Equatable, Sendable {
  case pipe
  case redirection
  case background
  case hereDocument
  case subshell
  case arithmetic
  case parameterExpansion

  /// The learner-facing name of the feature.
  var name: String {
    switch self {
    case .pipe: return "pipes"
    case .redirection: return "redirections"
    case .background: return "background jobs"
    case .hereDocument: return "here-documents"
    case .subshell: return "subshells"
    case .arithmetic: return "arithmetic expansion"
    case .parameterExpansion: return "parameter expansion"
    }
  }

  var isPlural: Bool {
    switch self {
    case .arithmetic, .parameterExpansion: return false
    default: return true
    }
  }
}
