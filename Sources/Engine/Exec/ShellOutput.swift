public import EngineAPI

/// What a command run inside a container wrote, its status, and whether it ends the shell.
public struct ShellOutput: Sendable, Equatable {
  public var chunks: [ExecOutput.Chunk] = []
  public var exitCode: Int32 = 0
  /// `exit` was run (or the container went away): the shell closes.
  public var exitRequested = false

  public init(chunks: [ExecOutput.Chunk] = [], exitCode: Int32 = 0) {
    self.chunks = chunks
    self.exitCode = exitCode
  }

  /// Only what went to stdout (what `$(...)` captures).
  public var stdout: String {
    chunks.map { if case .stdout(let s) = $0 { s } else { "" } }.joined()
  }
}
