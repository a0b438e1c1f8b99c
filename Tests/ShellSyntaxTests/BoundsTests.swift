import GoDurations
import ShellSyntax
import Testing

/// Issue 11: input that used to overflow, recurse without bound or cost quadratic time.
@Suite struct BoundsTests {
  @Test func deepCommandSubstitutionIsASyntaxError() {
    let deep = String(repeating: "$(echo ", count: 5000) + String(repeating: ")", count: 5000)
    #expect(ShellParser.parse("echo " + deep) == .failure(.nestedTooDeep))
    #expect(
      ShellSyntaxError.nestedTooDeep.message
        == "swarmlab: command substitutions are nested more than 32 deep")
    let fine = String(repeating: "$(echo ", count: 32) + "x" + String(repeating: ")", count: 32)
    guard case .complete = ShellParser.parse("echo " + fine) else {
      Issue.record("32 levels should parse")
      return
    }
    let backticks = "echo `echo \\`echo \\\\\\`echo x\\\\\\`\\``"
    guard case .complete = ShellParser.parse(backticks) else {
      Issue.record("nested backticks should parse")
      return
    }
  }

  /// An unclosed `$(` followed by line after line stops at `maxLines` with a message (a sane
  /// bound on one command; reading up to it is linear, see `ContinuationScannerTests`).
  @Test func continuationStopsAtTheLineLimit() {
    let open = "echo $(" + String(repeating: "\nx", count: ShellParser.maxLines - 1)
    #expect(ShellParser.parse(open) == .incomplete(.commandSubstitution))
    #expect(ShellParser.parse(ShellParser.continuing(open, with: "x")) == .failure(.tooLong))
    let long = "echo " + String(repeating: "a", count: ShellParser.maxLength)
    #expect(ShellParser.parse(long) == .failure(.tooLong))
  }

  @Test func sleepIntervalsThatDoNotFitAreRefused() {
    let large = SleepInterval.parse("100000h")?.nanoseconds ?? 0
    #expect(large == 360_000_000_000_000_000)
    for text in ["9223372036854775807", "99999999999999999999999d", "106752d", "2562047h"] {
      let interval = SleepInterval.parse(text)
      #expect(interval == nil, "\(text)")
    }
  }
}
