/// The outcome of one command: what it printed and whether that matched the transcript.
public struct CommandResult: Sendable {
  public var command: TranscriptCommand
  public var actual: HostResult
  public var matched: Bool
  /// For a mismatch, how the expected block turns into the actual output.
  var edits: [BlockEdit]
}

/// The outcome of one transcript file.
public struct TranscriptReport: Sendable {
  public var fileName: String
  /// The parsed file; nil when it was malformed.
  public var file: TranscriptFile?
  public var results: [CommandResult]
  /// Why the file could not be checked at all (malformed, or the host failed to start).
  public var failure: TranscriptError?

  public init(
    fileName: String, file: TranscriptFile?, results: [CommandResult], failure: TranscriptError?
  ) {
    self.fileName = fileName
    self.file = file
    self.results = results
    self.failure = failure
  }

  /// A report for a file that could not be parsed.
  public static func malformed(_ error: TranscriptError) -> TranscriptReport {
    TranscriptReport(fileName: error.fileName, file: nil, results: [], failure: error)
  }

  public var passed: Bool { failure == nil && results.allSatisfy(\.matched) }

  public var failedCommands: [CommandResult] { results.filter { !$0.matched } }

  /// Unified diffs of every failing command, each headed `file:line: PS> command`.
  public var diffs: [String] {
    guard let file else { return [] }
    return failedCommands.map { TranscriptDiff(result: $0, file: file).text }
  }
}

/// Renders reports as per-file `ok`/`FAIL` lines, diffs, and an `N passed, M failed` summary.
public enum TranscriptReportRenderer {
  public static func render(_ reports: [TranscriptReport]) -> String {
    var out = ""
    for report in reports {
      out += line(for: report)
      if let failure = report.failure {
        out += failure.description + "\n"
      }
      for diff in report.diffs { out += diff }
    }
    let passed = reports.filter(\.passed).count
    out += "\(passed) passed, \(reports.count - passed) failed\n"
    return out
  }

  /// `ok   name (N commands)` or `FAIL name (F of N commands failed)`.
  public static func line(for report: TranscriptReport) -> String {
    let total = report.results.count
    let noun = total == 1 ? "command" : "commands"
    if report.passed { return "ok   \(report.fileName) (\(total) \(noun))\n" }
    if report.failure != nil { return "FAIL \(report.fileName)\n" }
    return "FAIL \(report.fileName) (\(report.failedCommands.count) of \(total) \(noun) failed)\n"
  }
}
