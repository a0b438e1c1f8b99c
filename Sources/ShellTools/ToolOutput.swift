/// What a simulated tool printed and its exit status.
public struct ToolOutput: Equatable, Sendable {
  public var stdout: String
  public var stderr: String
  public var status: Int32

  public init(stdout: String = "", stderr: String = "", status: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }

  /// A failure with one message line on standard error.
  public static func failure(_ message: String, status: Int32 = 1) -> ToolOutput {
    ToolOutput(stderr: message.hasSuffix("\n") ? message : message + "\n", status: status)
  }
}

/// What a text tool may read: its standard input and the session's files.
public struct ToolInput {
  public var arguments: [String]
  public var stdin: String
  /// Reads a file operand; the error is the text after `name: ` (busybox's wording).
  public var readFile: (String) -> Result<String, WorkspaceError>

  public init(
    arguments: [String], stdin: String,
    readFile: @escaping (String) -> Result<String, WorkspaceError>
  ) {
    self.arguments = arguments
    self.stdin = stdin
    self.readFile = readFile
  }

  /// The texts to process: each file operand, or standard input when there are none (or `-`).
  func sources(_ operands: [String]) -> [(name: String, text: Result<String, WorkspaceError>)] {
    if operands.isEmpty { return [("-", .success(stdin))] }
    return operands.map { $0 == "-" ? ($0, .success(stdin)) : ($0, readFile($0)) }
  }
}

extension String {
  /// The lines of a text as a tool sees them: a final newline ends the last line, it does not
  /// start an empty one.
  var toolLines: [Substring] {
    guard !isEmpty else { return [] }
    var lines = split(separator: "\n", omittingEmptySubsequences: false)
    if hasSuffix("\n") { lines.removeLast() }
    return lines
  }
}

extension Array where Element: StringProtocol {
  /// Lines joined back with a newline after each.
  var joinedLines: String { map { $0 + "\n" }.joined() }
}
