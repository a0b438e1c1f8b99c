import Testing

@testable import Transcript

/// Issue 11: transcript work stays bounded and bless never loses a line.
@Suite struct RobustnessTests {
  /// Eight `[..]` against a 60-character line that cannot match: without memoised failures
  /// this tried every split of the line (over 30 s); now it is instant.
  @Test func manyWildcardsOnANonMatchingLineFailQuickly() throws {
    let pattern = try LinePattern.parse(String(repeating: "[..]a", count: 8) + "z")
    let line = Array(String(repeating: "a", count: 60).utf8)
    #expect(pattern.match(line, captures: Captures()) { $0 } == nil)
    let text = "PS> cmd\n" + String(repeating: "[..]a", count: 8) + "z\n...\n[..]b\n"
    let report = try runTranscript(
      text, ["cmd": HostResult(output: String(repeating: "a", count: 60) + "\n")])
    #expect(!report.passed)
  }

  /// A block whose named wildcards force backtracking across several `...` lines stays
  /// polynomial: failures are remembered per (entry, line, captures).
  @Test func ellipsesWithCapturesDoNotBacktrackExponentially() throws {
    let expected = "PS> cmd\n" + String(repeating: "...\n[..:x]\n", count: 6) + "never\n"
    let output = (0..<40).map { _ in "same\n" }.joined()
    let report = try runTranscript(expected, ["cmd": HostResult(output: output)])
    #expect(!report.passed)
  }

  /// The file ends without a newline and the new output ends with a blank line: the blessed
  /// file keeps that line and passes its own re-test.
  @Test func blessOfAFileWithoutFinalNewlineKeepsTheLastBlankLine() throws {
    let host = ["cmd": HostResult(output: "a\n\n")]
    let file = try TranscriptFile(text: "PS> cmd\nold", name: "n.txt")
    let report = TranscriptRunner { _ in FakeHost(script: host) }.run(file)
    #expect(!report.passed)
    let blessed = TranscriptBless.bless(file, with: report)
    #expect(blessed == "PS> cmd\na\n\n")
    #expect(try runTranscript(blessed, host).passed)
  }
}
