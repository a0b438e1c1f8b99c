/// A malformed transcript, or a run that could not start, located by file name and line.
public struct TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong; the associated text is the offending fragment.
  public enum Kind: Error, Equatable, Sendable {
    case outputBeforeCommand
    case badHeader(String)
    case duplicateHeader(String)
    case headerAfterCommand
    case unknownWildcard(String)
    case badCaptureName(String)
    case captureKindConflict(name: String, firstLine: Int)
    case badExitStatus(String)
    case exitNotLast
    case unclosedFence
    case hostSetup(String)
  }

  public var fileName: String
  /// 1-based line number; 0 when the error concerns the whole file.
  public var line: Int
  public var kind: Kind

  public init(fileName: String, line: Int, kind: Kind) {
    self.fileName = fileName
    self.line = line
    self.kind = kind
  }

  public var description: String { "\(fileName):\(line): error: \(message)" }

  /// The error without its location, phrased for a course author.
  public var message: String {
    switch kind {
    case .outputBeforeCommand:
      return "output line before any command (a command line starts with a prompt such as `PS> `)"
    case .badHeader(let text):
      return "bad header `\(text)` (expected `#! key: value`)"
    case .duplicateHeader(let key):
      return "header `\(key)` given twice"
    case .headerAfterCommand:
      return "headers (`#! key: value`) must come before the first command"
    case .unknownWildcard(let text):
      return "unknown wildcard `\(text)`; write `[[=]\(text.dropFirst())` for literal text"
    case .badCaptureName(let text):
      return "bad capture name in `\(text)` (use letters, digits, `_` or `-`)"
    case .captureKindConflict(let name, let firstLine):
      return "capture `\(name)` has a different wildcard kind than at line \(firstLine)"
    case .badExitStatus(let text):
      return "bad exit line `\(text)` (expected `[exit N]` with a non-zero integer N)"
    case .exitNotLast:
      return "`[exit N]` must be the last line of a command's output (blank lines count as output)"
    case .unclosedFence:
      return "```console fence is never closed"
    case .hostSetup(let text):
      return "could not start the session: \(text)"
    }
  }
}
