import ShellSyntax
import Testing

/// Substitutions run lazily, in order, and only for commands that run.
@Suite struct ExpansionOrderTests {
  @Test func substitutionSeesEarlierCommands() throws {
    let shell = MiniShell()
    let output = try shell.run("export N=one; echo $(echo $N) \"$N\"")
    #expect(output == "one one\n")
    #expect(shell.substitutions == ["echo $N"])
    #expect(shell.executed == [["export", "N=one"], ["echo", "one"], ["echo", "one", "one"]])
  }

  @Test func substitutionsRunLeftToRightAndInnermostFirst() throws {
    let shell = MiniShell()
    _ = try shell.run("echo $(echo a) `echo b` \"$(echo $(echo c))\"")
    #expect(shell.substitutions == ["echo a", "echo b", "echo $(echo c)", "echo c"])
    #expect(shell.executed.last == ["echo", "a", "b", "c"])
  }

  @Test func skippedCommandsExpandNothing() throws {
    let shell = MiniShell()
    let output = try shell.run("false && echo $(echo never) || echo $(echo fallback); echo $?")
    #expect(shell.substitutions == ["echo fallback"])
    #expect(output == "fallback\n0\n")
  }

  @Test func exitStatusFlowsThroughLists() throws {
    let cases: [(line: String, output: String)] = [
      ("false; echo $?", "1\n"),
      ("true && echo yes || echo no", "yes\n"),
      ("false && echo yes || echo no", "no\n"),
      ("false || false && echo never", ""),
      ("true || echo never; echo after", "after\n"),
      ("false && echo never; echo $?", "1\n"),
    ]
    for (line, output) in cases {
      #expect(try MiniShell().run(line) == output, "\(line)")
    }
  }

  @Test func runReturnsLastStatusAndKeepsStartingStatusWhenNothingRuns() throws {
    guard case .complete(let list) = ShellParser.parse("a && b") else {
      Issue.record("not complete")
      return
    }
    var ran: [String] = []
    let status = list.run(startingStatus: 0) { pipeline in
      ran.append(pipeline.source)
      return 3
    }
    #expect(ran == ["a"])
    #expect(status == 3)
    #expect(CommandList(items: []).run(startingStatus: 7) { _ in 0 } == 7)
  }

  @Test func substituteErrorsPropagate() throws {
    struct Boom: Error {}
    let expander = Expander(environment: { _ in nil }, substitute: { _ in throw Boom() })
    guard case .complete(let list) = ShellParser.parse("echo $(x)") else {
      Issue.record("not complete")
      return
    }
    #expect(throws: Boom.self) { try expander.expand(list.items[0].command) }
  }

  @Test func trailingNewlinesOnlyAreStripped() throws {
    let outputs = [
      "x\n\n\n": ["x"], "  x  \n": ["x"], "\n": [], "a\n\nb": ["a", "b"], "a\r\nb": ["a\r", "b"],
      "x\r\n": ["x\r"],
    ]
    for (output, fields) in outputs.sorted(by: { $0.key < $1.key }) {
      let expander = Expander(environment: { _ in nil }, substitute: { _ in output })
      let word = ShellWord(parts: [.commandSubstitution("x", quoted: false)], source: "$(x)")
      let quoted = ShellWord(parts: [.commandSubstitution("x", quoted: true)], source: "\"$(x)\"")
      #expect(try expander.expand(word) == fields)
      var trimmed = output
      while trimmed.unicodeScalars.last == "\n" { trimmed.unicodeScalars.removeLast() }
      #expect(try expander.expand(quoted) == [trimmed])
    }
  }
}
