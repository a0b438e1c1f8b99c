import ShellSyntax
import Testing

/// Unfinished lines, unsupported syntax, and the shape of complete command lists.
@Suite struct OutcomeTests {
  static let incompleteCases: [(line: String, reason: IncompleteReason)] = [
    ("echo 'abc", .singleQuote),
    ("echo \"abc", .doubleQuote),
    ("echo \"a\\", .doubleQuote),
    ("echo \"$(echo a)", .doubleQuote),
    ("echo $(docker ps", .commandSubstitution),
    ("echo $(echo $(x)", .commandSubstitution),
    ("echo $(echo ')'", .commandSubstitution),
    ("echo $(echo a # comment)", .commandSubstitution),
    ("echo \"$(echo \"a)\"", .commandSubstitution),
    ("echo `date", .backtick),
    ("echo ${X", .parameterExpansion),
    ("docker service create \\", .lineContinuation),
    ("sleep 10 &&", .pendingOperator("&&")),
    ("false ||  ", .pendingOperator("||")),
    ("a &&\n", .pendingOperator("&&")),
    ("a && # later", .pendingOperator("&&")),
    ("docker ps |", .pendingOperator("|")),
    ("docker ps |& ", .pendingOperator("|&")),
  ]

  @Test(arguments: incompleteCases)
  func incomplete(line: String, reason: IncompleteReason) {
    #expect(ShellParser.parse(line) == .incomplete(reason))
  }

  static let failureCases: [(line: String, message: String)] = [
    ("docker ps >&-", "swarmlab: redirections ('>&-') are not supported in this shell"),
    ("cat <&3", "swarmlab: redirections ('<&') are not supported in this shell"),
    ("docker ps | | wc", "swarmlab: syntax error near unexpected token '|'"),
    ("| wc", "swarmlab: syntax error near unexpected token '|'"),
    ("docker ps >", "swarmlab: syntax error near unexpected token 'newline'"),
    ("docker ps > | wc", "swarmlab: syntax error near unexpected token '|'"),
    ("cat << EOF", "swarmlab: here-documents ('<<') are not supported in this shell"),
    ("cat <<< hi", "swarmlab: here-documents ('<<<') are not supported in this shell"),
    ("sleep 10 &", "swarmlab: background jobs ('&') are not supported in this shell"),
    ("sleep 10 & echo", "swarmlab: background jobs ('&') are not supported in this shell"),
    ("(docker ps)", "swarmlab: subshells ('( )') are not supported in this shell"),
    ("echo $((1+2))", "swarmlab: arithmetic expansion ('$((') is not supported in this shell"),
    (
      "echo ${X:-y}",
      "swarmlab: parameter expansion ('${X:-y}') is not supported in this shell"
    ),
    ("echo ${#X}", "swarmlab: parameter expansion ('${#X}') is not supported in this shell"),
    ("echo ${}", "swarmlab: ${}: bad substitution"),
    ("echo ${1a}", "swarmlab: ${1a}: bad substitution"),
    ("echo a)", "swarmlab: syntax error near unexpected token ')'"),
    (")", "swarmlab: syntax error near unexpected token ')'"),
    ("; ls", "swarmlab: syntax error near unexpected token ';'"),
    ("ls;;", "swarmlab: syntax error near unexpected token ';;'"),
    ("ls; ; ls", "swarmlab: syntax error near unexpected token ';'"),
    ("&& ls", "swarmlab: syntax error near unexpected token '&&'"),
    ("ls && || ls", "swarmlab: syntax error near unexpected token '||'"),
    ("ls && ; ls", "swarmlab: syntax error near unexpected token ';'"),
    ("echo $(ls &&)", "swarmlab: syntax error near unexpected token ')'"),
    ("echo `echo \"a`", "swarmlab: unexpected end of command substitution in '`echo \"a`'"),
  ]

  @Test(arguments: failureCases)
  func failure(line: String, message: String) {
    guard case .failure(let error) = ShellParser.parse(line) else {
      Issue.record("expected a failure for \(line), got \(ShellParser.parse(line))")
      return
    }
    #expect(error.message == message)
    #expect(!error.message.contains("\n"))
  }

  @Test func quotedOperatorsAreJustText() throws {
    let shell = MiniShell()
    #expect(
      try shell.argv("echo '|' \">\" \\& \\; '(' ')' '&&'") == [
        "echo", "|", ">", "&", ";", "(", ")", "&&",
      ])
  }

  @Test func blankAndCommentLinesAreEmpty() {
    for line in ["", "   ", "\t", "# a comment", "   # indented comment", "\n\n"] {
      #expect(ShellParser.parse(line) == .complete(CommandList(items: [])), "\(line)")
    }
  }

  @Test func connectorsAndSources() throws {
    guard
      case .complete(let list) = ShellParser.parse(
        "docker swarm init;  docker node ls && sleep 10 || echo  'x y' ;")
    else {
      Issue.record("not complete")
      return
    }
    #expect(list.items.map(\.connector) == [.sequence, .and, .or, .sequence])
    #expect(
      list.items.map(\.command.source) == [
        "docker swarm init", "docker node ls", "sleep 10", "echo  'x y'",
      ])
    #expect(list.items[3].command.words.map(\.source) == ["echo", "'x y'"])
  }

  @Test func newlinesSeparateCommands() throws {
    guard case .complete(let list) = ShellParser.parse("echo a\necho b &&\n echo c") else {
      Issue.record("not complete")
      return
    }
    #expect(list.items.map(\.command.source) == ["echo a", "echo b", "echo c"])
    #expect(list.items.map(\.connector) == [.sequence, .and, .sequence])
  }

  /// An interactive shell appends the next line with a newline until the outcome is complete.
  @Test func continuationJoinsLines() throws {
    let steps: [(first: String, second: String, argv: [String])] = [
      ("echo 'a", "b'", ["echo", "a\nb"]),
      ("echo \"a", "b\"", ["echo", "a\nb"]),
      ("docker service create \\", "--name web", ["docker", "service", "create", "--name", "web"]),
      ("echo $(echo hi", ")", ["echo", "hi"]),
    ]
    for step in steps {
      #expect(ShellParser.parse(step.first) != .complete(CommandList(items: [])))
      let joined = ShellParser.continuing(step.first, with: step.second)
      #expect(try MiniShell().argv(joined) == step.argv, "\(joined)")
    }
    let shell = MiniShell()
    let output = try shell.run(ShellParser.continuing("echo a &&", with: "echo b"))
    #expect(output == "a\nb\n")
  }

  @Test func assignmentsAreRecognisedOnRequest() throws {
    guard case .complete(let list) = ShellParser.parse("X=a\"b c\" Y= \"Z\"=1 echo") else {
      Issue.record("not complete")
      return
    }
    let words = list.items[0].command.words
    #expect(words[0].assignment?.name == "X")
    #expect(words[0].assignment?.value.source == "a\"b c\"")
    let expander = Expander(environment: { _ in nil }, substitute: { _ in "" })
    #expect(try expander.expandUnsplit(words[0].assignment!.value) == "ab c")
    #expect(words[1].assignment?.name == "Y")
    #expect(words[2].assignment == nil)
    #expect(words[3].assignment == nil)
  }
}
