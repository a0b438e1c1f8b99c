/// What a host printed for one command line, and how it exited.
public struct HostResult: Equatable, Sendable {
  /// stdout and stderr interleaved in print order; each printed line ends with `\n`.
  public var output: String
  public var exitCode: Int32

  public init(output: String, exitCode: Int32 = 0) {
    self.output = output
    self.exitCode = exitCode
  }
}

/// A session that runs transcript commands: the simulated shell, or a fake in tests.
public protocol TranscriptHost {
  /// Runs the text after the prompt and returns what a learner would see.
  mutating func run(_ commandLine: String) -> HostResult
}

/// Runs each transcript against a fresh host and checks every command's output.
public struct TranscriptRunner {
  private let makeHost: (TranscriptHeader) throws -> any TranscriptHost

  /// `makeHost` builds a fresh session for each file from its header (seed, start time…).
  public init(makeHost: @escaping (TranscriptHeader) throws -> any TranscriptHost) {
    self.makeHost = makeHost
  }

  /// Parses and runs `text`; a malformed file becomes a failed report instead of an error.
  public func run(text: String, name: String) -> TranscriptReport {
    do {
      return run(try TranscriptFile(text: text, name: name))
    } catch {
      return .malformed(error)
    }
  }

  /// Runs every command in order; a mismatch is recorded and the session carries on.
  /// A bare prompt line is not sent to the host: it expects no output and exit status 0.
  public func run(_ file: TranscriptFile) -> TranscriptReport {
    var host: any TranscriptHost
    do {
      host = try makeHost(file.header)
    } catch {
      let failure = TranscriptError(fileName: file.name, line: 0, kind: .hostSetup("\(error)"))
      return TranscriptReport(fileName: file.name, file: file, results: [], failure: failure)
    }
    var captures = Captures()
    var results: [CommandResult] = []
    for command in file.commands {
      let actual =
        command.commandLine.isEmpty ? HostResult(output: "") : host.run(command.commandLine)
      let check = CommandCheck(command, actual, file.header, captures)
      if let bound = check.boundCaptures { captures = bound }
      results.append(
        CommandResult(
          command: command, actual: actual, matched: check.boundCaptures != nil,
          edits: check.boundCaptures == nil ? check.edits() : []))
    }
    return TranscriptReport(fileName: file.name, file: file, results: results, failure: nil)
  }
}

/// One command checked against its actual result, given the captures bound before it.
struct CommandCheck {
  let command: TranscriptCommand
  let actualEntries: [ActualEntry]
  let captures: Captures
  /// The captures after this command when it matched, nil when it did not.
  let boundCaptures: Captures?

  init(
    _ command: TranscriptCommand, _ actual: HostResult, _ header: TranscriptHeader,
    _ captures: Captures
  ) {
    self.command = command
    self.captures = captures
    actualEntries = ActualEntry.entries(
      output: actual.output, exitCode: actual.exitCode, exactWhitespace: header.exactWhitespace)
    boundCaptures = BlockMatcher.match(command.entries, actualEntries, captures: captures)
  }

  func edits() -> [BlockEdit] {
    BlockAlignment.align(command.entries, actualEntries, captures: captures)
  }
}
