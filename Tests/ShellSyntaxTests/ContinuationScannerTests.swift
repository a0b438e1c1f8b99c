import Testing

@testable import ShellSyntax

/// The continuation scanner reads a multi-line command one line at a time and must agree with
/// the parser on every prefix: unfinished exactly when the parser says so, and a syntax error
/// reported on the line that makes it (deferred only inside backticks and `${…}`).
@Suite struct ContinuationScannerTests {
  /// A deterministic generator (SplitMix64), so a failure names a reproducible case.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  static let pieces = [
    "echo", " ", " ", "a", "x1", "'", "\"", "\\", "$(", ")", "`", "${", "X}", "}", "&&", "||",
    "|", "|&", ";", "#c", " > f", ">>", "2>", "<", "&", "$((", "(", "\n", "\n", "\n", "é", "$",
    "$?", "${#", ";;", "<<", ">&", "&>",
  ]

  /// Lines from `pieces`, fed one by one as a shell would: after each line the scanner's
  /// answer is compared with parsing the whole text so far.
  @Test func agreesWithTheParserOnEveryPrefix() {
    var generator = Generator(state: 42)
    var compared = 0
    var parserTookOver = 0
    for _ in 0..<12_000 {
      var text = ""
      for _ in 0..<(1 + generator.next(14)) {
        text += Self.pieces[generator.next(Self.pieces.count)]
      }
      var scanner = ContinuationScanner()
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let more = scanner.needsMore(after: String(line))
        let outcome = ShellParser.parse(scanner.text)
        compared += 1
        switch outcome {
        case .incomplete:
          #expect(more, "\(scanner.text.debugDescription) is unfinished")
        case .complete:
          #expect(!more, "\(scanner.text.debugDescription) is complete")
        case .failure:
          let deferred = scanner.text.contains("`") || scanner.text.contains("${")
          #expect(!more || deferred, "\(scanner.text.debugDescription) fails now")
        }
        if scanner.parserDecides { parserTookOver += 1 }
        if !more { break }
      }
    }
    #expect(compared > 12_000)
    // The parser steps in where the scanner cannot vouch for a line; from then on that one
    // command is read the old, quadratic way. Only rare forms (`2>&` before a non-digit
    // target) may do that.
    #expect(parserTookOver * 1_000 <= compared)
  }

  /// Found by the shell fuzz target: `2>&1?` is a syntax error now, not a pending `|&`.
  @Test func aGluedDescriptorWithAWordAfterItIsRefusedAtOnce() {
    for text in ["2>&1?|&", "echo 2>&1x &&", "2>&1a |"] {
      var scanner = ContinuationScanner()
      let more = scanner.needsMore(after: text)
      #expect(!more, "\(text.debugDescription)")
      guard case .failure = ShellParser.parse(text) else {
        Issue.record("\(text.debugDescription) parses")
        continue
      }
    }
    var fine = ContinuationScanner()
    let pending = fine.needsMore(after: "echo a 2>&1 |")
    #expect(pending)
  }

  /// The issue's case: an unclosed `$(` and 10,000 more lines (ten times the old bound), read
  /// once each, then parsed once.
  @Test func tenThousandLinesOfAnOpenSubstitution() {
    var scanner = ContinuationScanner()
    var unfinished = [scanner.needsMore(after: "echo $(")]
    for _ in 0..<10_000 { unfinished.append(scanner.needsMore(after: "echo x")) }
    let last = scanner.needsMore(after: ") | wc -w")
    #expect(unfinished.allSatisfy { $0 } && !last)
    #expect(!scanner.parserDecides)
    guard case .complete(let list) = ShellParser.parse(scanner.text) else {
      Issue.record("not parsed")
      return
    }
    #expect(list.items.count == 1)
  }

  @Test func keepsReadingBackslashesQuotesAndOperatorsAcrossLines() {
    for lines in [
      ["docker service create \\", "  --name web \\", "  nginx"],
      ["echo \"a", "b\" && \\", "echo c"],
      ["echo a &&", "", "echo b |", "wc -l"],
      ["echo 'it''s", "fine'"],
      ["x=$(echo \"$(echo a", ")\"", ")"],
    ] {
      var scanner = ContinuationScanner()
      let unfinished = lines.dropLast().map { scanner.needsMore(after: $0) }
      let last = scanner.needsMore(after: lines.last!)
      #expect(unfinished.allSatisfy { $0 } && !last, "\(lines)")
      #expect(scanner.text == lines.joined(separator: "\n"))
      #expect(scanner.parserDecides == false, "\(lines)")
    }
  }

  @Test func aSyntaxErrorEndsTheCommandOnItsLine() {
    var scanner = ContinuationScanner()
    let first = scanner.needsMore(after: "echo $(")
    let second = scanner.needsMore(after: "a ;; b")
    #expect(first && !second)
    guard case .failure = ShellParser.parse(scanner.text) else {
      Issue.record("\(scanner.text) should fail")
      return
    }
  }
}
