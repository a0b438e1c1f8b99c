import Foundation
import Session
import Testing
import Transcript

/// Every golden transcript under `transcripts/` replays in a fresh simulated swarm exactly as
/// written: a change in what a learner sees fails here (CI never re-records goldens).
@Suite struct GoldenTranscriptTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("transcripts")

  static func transcriptFiles() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if (path.hasSuffix(".txt") || path.hasSuffix(".md")) && !path.hasSuffix("README.md") {
        files.append(path)
      }
    }
    return files.sorted()
  }

  @Test func thereAreGoldens() {
    #expect(Self.transcriptFiles().count >= 6)
  }

  @Test(arguments: GoldenTranscriptTests.transcriptFiles())
  func transcriptReplays(_ path: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    let file = try TranscriptFile(text: text, name: path)
    let report = TranscriptRunner { try SessionTranscriptHost(header: $0) }.run(file)
    #expect(report.failure == nil, "\(report.failure.map(\.description) ?? "")")
    #expect(report.passed, "\(report.diffs.joined())")
  }

  @Test func aChangedLineFailsWithItsDiff() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("ch12/12.2-swarm.txt"), encoding: .utf8)
    let broken = text.replacingOccurrences(
      of: "docker-desktop manager", with: "docker-desktop worker")
    #expect(broken != text)
    let report = TranscriptRunner { try SessionTranscriptHost(header: $0) }.run(
      try TranscriptFile(text: broken, name: "broken.txt"))
    #expect(!report.passed)
    let diff = report.diffs.joined()
    #expect(diff.contains("-docker-desktop worker"))
    #expect(diff.contains("+docker-desktop manager"))
  }

  @Test func blessRoundTrips() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("ch12/errors.txt"), encoding: .utf8)
    let broken = text.replacingOccurrences(
      of: "no such service: nosuch\n[exit 1]", with: "something else\n[exit 1]")
    let runner = TranscriptRunner { try SessionTranscriptHost(header: $0) }
    let file = try TranscriptFile(text: broken, name: "errors.txt")
    let blessed = TranscriptBless.bless(file, with: runner.run(file))
    #expect(blessed == text)
  }
}
