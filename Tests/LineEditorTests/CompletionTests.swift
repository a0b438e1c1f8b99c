import LineEditor
import Testing

@Suite("Tab completion")
struct CompletionTests {
  @Test(
    "a Tab press inserts, lists or beeps",
    arguments: [
      (CompletionResult(word: "cre", candidates: ["create"]), CompletionAction.insert("ate ")),
      (
        CompletionResult(word: "se", candidates: ["service", "secret"]),
        .list(["secret", "service"])
      ),
      (
        CompletionResult(word: "--re", candidates: ["--replicas", "--restart-condition"]),
        .list(["--replicas", "--restart-condition"])
      ),
      (
        CompletionResult(word: "--rep", candidates: ["--replicas", "--replicas-max-per-node"]),
        .insert("licas")
      ),
      (
        CompletionResult(word: "c", candidates: ["container", "config", "create"]),
        .list(["config", "container", "create"])
      ),
      (CompletionResult(word: "", candidates: []), .beep),
      (CompletionResult(word: "zz", candidates: ["service"]), .beep),
      (CompletionResult(word: "--env=", candidates: ["--env="]), .insert("")),
      (CompletionResult(word: "lab", candidates: ["label=", "label="]), .insert("el=")),
      (CompletionResult(word: "日", candidates: ["日本"]), .insert("本 ")),
    ])
  func plan(result: CompletionResult, expected: CompletionAction) {
    #expect(CompletionPlanner.plan(result) == expected)
  }

  @Test(
    "the word being completed is the text after the last blank",
    arguments: [
      ("docker service cre", "cre"), ("docker ", ""), ("", ""), ("docker", "docker"),
      ("docker\tse", "se"),
    ])
  func currentWord(line: String, word: String) {
    #expect(CompletionResult.currentWord(in: line) == word)
  }

  @Test("candidates are laid out down then across, padded to the widest")
  func columns() {
    let names = ["config", "container", "create", "ls", "logs"]
    #expect(
      CandidateColumns.lines(names, width: 40) == [
        "config     create     logs",
        "container  ls",
      ])
    #expect(CandidateColumns.lines(names, width: 5) == names)
    #expect(CandidateColumns.lines([], width: 80) == [])
  }

  @Test("ANSI colour in a prompt is marked non-printing for libedit")
  func promptEscapes() {
    #expect(LineEditor.markNonPrinting("PS> ") == "PS> ")
    #expect(
      LineEditor.markNonPrinting("\u{1B}[1;32mPS>\u{1B}[0m ")
        == "\u{1}\u{1B}[1;32m\u{1}PS>\u{1}\u{1B}[0m\u{1} ")
  }
}
