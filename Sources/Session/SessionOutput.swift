public import DockerCLI
import Engine

/// What one line typed into SwarmLab produced, in print order, with its exit status.
public struct SessionOutput: Sendable, Equatable {
  public var chunks: [OutputChunk] = []
  public var exitCode: Int32 = 0
  /// The learner asked to leave (`exit`).
  public var exitRequested = false

  public init(chunks: [OutputChunk] = [], exitCode: Int32 = 0) {
    self.chunks = chunks
    self.exitCode = exitCode
  }

  /// stdout and stderr interleaved as printed, progress shown as its final frame: what a
  /// pipe, a transcript or a test sees.
  public var text: String { chunks.map(\.plainText).joined() }

  /// Only what went to stdout (what `$(...)` captures).
  public var stdout: String {
    chunks.filter { $0.stream == .stdout }.map(\.plainText).joined()
  }

  /// Output of a command run by the engine inside a container.
  init(_ shell: ShellOutput) {
    self.init(
      chunks: shell.chunks.map { chunk in
        switch chunk {
        case .stdout(let text): .out(text)
        case .stderr(let text): .err(text)
        }
      }, exitCode: shell.exitCode)
    exitRequested = shell.exitRequested
  }

  mutating func append(_ other: SessionOutput) {
    chunks += other.chunks
    exitCode = other.exitCode
    exitRequested = exitRequested || other.exitRequested
  }
}

/// One piece of output.
public struct OutputChunk: Sendable, Equatable {
  public enum Stream: Sendable { case stdout, stderr }
  public enum Kind: Sendable, Equatable {
    /// Text, newlines included.
    case text(String)
    /// A progress block docker redraws in place on a terminal: every frame in order, the last
    /// staying on screen (what a transcript shows); `piped` is what docker writes instead when
    /// the shell sends its output to a pipe or a file.
    case animation(frames: [[String]], piped: [String])
    /// `logs -f`: after the current lines, keep printing new ones as time passes.
    case follow(FollowRequest)
    /// Clear the terminal (`clear`).
    case clearScreen
  }

  public var stream: Stream
  public var kind: Kind

  public init(_ stream: Stream, _ kind: Kind) {
    self.stream = stream
    self.kind = kind
  }

  public static func out(_ text: String) -> OutputChunk { OutputChunk(.stdout, .text(text)) }
  public static func err(_ text: String) -> OutputChunk { OutputChunk(.stderr, .text(text)) }

  public var plainText: String {
    switch kind {
    case .text(let text): text
    case .animation(let frames, _): (frames.last ?? []).map { $0 + "\n" }.joined()
    case .follow, .clearScreen: ""
    }
  }

  /// The text as a pipe or a file inside the shell receives it.
  public var redirectedText: String {
    if case .animation(_, let piped) = kind { return piped.map { $0 + "\n" }.joined() }
    return plainText
  }
}

/// What a follow keeps watching: the log streams, from where the printed lines ended.
public struct FollowRequest: Sendable, Equatable {
  public var logs: LogFollow

  public init(logs: LogFollow) { self.logs = logs }
}
