import Testing

@testable import Transcript

/// Matches `expected` lines (as written in a transcript) against `actual` output lines.
private func matches(_ expected: [String], _ actual: [String], exitCode: Int32 = 0) throws -> Bool {
  let text = (["PS> cmd"] + expected).joined(separator: "\n") + "\n"
  let file = try TranscriptFile(text: text, name: "m.txt")
  let output = actual.map { $0 + "\n" }.joined()
  let entries = ActualEntry.entries(output: output, exitCode: exitCode, exactWhitespace: false)
  return BlockMatcher.match(file.commands[0].entries, entries, captures: Captures()) != nil
}

@Suite struct MatcherTests {
  static let id25 = "qu5xqvzxtnh8ddlfg5ieadqxb"
  static let id12 = "0vlljs0vqvk1"
  static let cid64 = "3a9c8d4b1e2f" + String(repeating: "0123456789abcdef", count: 3) + "0123"
  static let token =
    "SWMTKN-1-" + String(repeating: "a1b2c3d4e5", count: 5) + "-"
    + String(repeating: "z", count: 25)

  @Test(arguments: [
    ("[..]", "anything at all", true),
    ("[..]", "", true),
    ("a [..] z", "a middle z", true),
    ("a [..] z", "a middle y", false),
    ("[ID]", id25, true),
    ("[ID]", id12, true),
    ("[ID]", "0vlljs0vqvk", false),
    ("[ID]", "0VLLJS0VQVK1", false),
    ("[ID]   node1", "\(id12)   node1", true),
    ("[CID]", cid64, true),
    ("[CID]", String(cid64.prefix(12)), true),
    ("[CID]", id12, false),
    ("[IP]", "10.0.0.12", true),
    ("[IP]:2377", "192.168.65.3:2377", true),
    ("[IP]", "10.0.0", false),
    ("[IP]", "10.0.0.256", false),
    ("[IP]", "10.0.0.01", false),
    ("[TOKEN]", token, true),
    ("[TOKEN]", String(token.dropLast()), false),
    ("Up [AGO]", "Up Less than a second", true),
    ("Running [AGO] ago", "Running 4 minutes ago", true),
    ("[AGO] ago", "About a minute ago", true),
    ("[AGO] ago", "About an hour ago", true),
    ("[AGO]", "1 second", true),
    ("[AGO]", "59 seconds", true),
    ("[AGO]", "2 years", true),
    ("[AGO]", "1 minutes", false),
    ("[AGO]", "4 fortnights", false),
    ("[AGO]", "a while", false),
    ("[[=]ID]", "[ID]", true),
    ("[[=]ID]", id12, false),
    ("tag [latest]", "tag [latest]", true),
  ])
  func wildcardLine(pattern: String, line: String, expected: Bool) throws {
    #expect(try matches([pattern], [line]) == expected)
  }

  @Test func namedCapturesMustAgreeAcrossTheBlock() throws {
    #expect(try matches(["[ID:t] a", "[ID:t] b"], ["\(Self.id12) a", "\(Self.id12) b"]))
    #expect(!(try matches(["[ID:t] a", "[ID:t] b"], ["\(Self.id12) a", "111111111111 b"])))
    #expect(try matches(["[..:x]-[..:x]"], ["ab-ab"]))
    #expect(!(try matches(["[..:x]-[..:x]"], ["ab-ac"])))
    #expect(try matches(["[ID:a] [ID:b]"], ["\(Self.id12) 111111111111"]))
  }

  @Test func ellipsisMatchesZeroOrManyLines() throws {
    #expect(try matches(["top", "...", "bottom"], ["top", "bottom"]))
    #expect(try matches(["top", "...", "bottom"], ["top", "1", "2", "3", "bottom"]))
    #expect(!(try matches(["top", "...", "bottom"], ["top", "1", "2"])))
    #expect(try matches(["...", "x", "..."], ["a", "x", "b", "x", "c"]))
    #expect(try matches(["..."], []))
  }

  @Test func ellipsisBacktracksForCaptures() throws {
    #expect(
      try matches(["...", "[..:v] end", "...", "again [..:v]"], ["a end", "b end", "again b"]))
  }

  @Test func exitLineMustMatchTheStatus() throws {
    #expect(try matches(["boom", "[exit 1]"], ["boom"], exitCode: 1))
    #expect(!(try matches(["boom", "[exit 1]"], ["boom"], exitCode: 2)))
    #expect(!(try matches(["boom"], ["boom"], exitCode: 1)))
    #expect(!(try matches(["...", "[exit 1]"], ["x"], exitCode: 0)))
  }

  @Test func trailingSpacesAreIgnoredUnlessExact() throws {
    #expect(try matches(["ID   NAME"], ["ID   NAME      "]))
    #expect(try matches(["ID   NAME   "], ["ID   NAME"]))
    #expect(!(try matches(["ID NAME"], ["ID  NAME"])))
    let text = "#! exact-whitespace: true\nPS> cmd\nID   NAME\n"
    let file = try TranscriptFile(text: text, name: "e.txt")
    let padded = ActualEntry.entries(output: "ID   NAME   \n", exitCode: 0, exactWhitespace: true)
    #expect(BlockMatcher.match(file.commands[0].entries, padded, captures: Captures()) == nil)
  }

  @Test func blankLinesCount() throws {
    #expect(!(try matches(["a", "", "b"], ["a", "b"])))
    #expect(try matches(["a", "", "b"], ["a", "", "b"]))
  }
}
