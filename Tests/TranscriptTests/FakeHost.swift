import Transcript

/// A scripted host: each command line maps to a fixed result; unknown commands fail like a shell.
struct FakeHost: TranscriptHost {
  var script: [String: HostResult]

  mutating func run(_ commandLine: String) -> HostResult {
    return script[commandLine] ?? HostResult(output: "unknown: \(commandLine)\n", exitCode: 127)
  }
}

/// Parses `text` and runs it against a fresh `FakeHost` built from `script`.
func runTranscript(_ text: String, name: String = "book.txt", _ script: [String: HostResult])
  throws -> TranscriptReport
{
  let file = try TranscriptFile(text: text, name: name)
  return TranscriptRunner { _ in FakeHost(script: script) }.run(file)
}
