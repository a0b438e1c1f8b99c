import ShellSyntax
import Testing

/// Pipelines and redirections as parsed: which command gets which operator, in typed order.
@Suite struct PipelineParsingTests {
  func list(_ line: String) throws -> CommandList {
    guard case .complete(let list) = ShellParser.parse(line) else {
      throw ParseFailure(line: line, outcome: ShellParser.parse(line))
    }
    return list
  }

  struct ParseFailure: Error {
    var line: String
    var outcome: ParseOutcome
  }

  /// `descriptor op target` for each redirection of command `index` of the first pipeline.
  func redirections(_ line: String, command index: Int = 0) throws -> [String] {
    try list(line).items[0].pipeline.commands[index].redirections.map { r in
      "\(r.descriptor) \(r.operation) \(r.target.source)"
    }
  }

  @Test func pipesSplitCommandsAndConnectorsSplitPipelines() throws {
    let parsed = try list("docker service ls | grep web | wc -l && echo ok; docker ps|wc")
    #expect(parsed.items.count == 3)
    #expect(
      parsed.items[0].pipeline.commands.map(\.source) == [
        "docker service ls", "grep web", "wc -l",
      ])
    #expect(parsed.items[0].connector == .and)
    #expect(parsed.items[2].pipeline.commands.map(\.source) == ["docker ps", "wc"])
  }

  @Test func redirectionsKeepTheirOrderAndDescriptor() throws {
    #expect(try redirections("docker ps > out.txt 2>&1") == ["1 write out.txt", "2 duplicate 1"])
    #expect(try redirections("docker ps 2>&1 >out.txt") == ["2 duplicate 1", "1 write out.txt"])
    #expect(try redirections("docker ps >> log") == ["1 append log"])
    #expect(try redirections("docker ps 2>/dev/null") == ["2 write /dev/null"])
    #expect(try redirections("docker ps &> all") == ["1 writeBoth all"])
    #expect(try redirections("docker ps &>> all") == ["1 appendBoth all"])
    #expect(try redirections("docker ps >& all") == ["1 writeBoth all"])
    #expect(try redirections("docker ps >| f") == ["1 write f"])
    #expect(try redirections("grep x < in.txt") == ["0 read in.txt"])
    #expect(try redirections("> stack.yml") == ["1 write stack.yml"])
    #expect(try redirections("docker ps |& wc") == ["2 duplicate 1"])
  }

  @Test func aDigitIsADescriptorOnlyWhenGluedToTheOperator() throws {
    let spaced = try list("echo 2 > f").items[0].command
    #expect(spaced.words.map(\.source) == ["echo", "2"])
    #expect(spaced.redirections.map(\.descriptor) == [1])
    let quoted = try list("echo '2'> f").items[0].command
    #expect(quoted.words.map(\.source) == ["echo", "'2'"])
  }

  @Test func redirectionTargetsAreWordsExpandedLater() throws {
    let command = try list("docker service ls > \"$OUT\".txt").items[0].command
    #expect(
      command.redirections[0].target.parts == [
        .parameter("OUT", quoted: true), .literal(".txt", quoted: false),
      ])
    #expect(command.source == "docker service ls > \"$OUT\".txt")
  }

  @Test func aPipeAtTheEndOfALineContinuesOnTheNext() throws {
    let parsed = try list(ShellParser.continuing("docker service ls |", with: "wc -l"))
    #expect(parsed.items.count == 1)
    #expect(parsed.items[0].pipeline.commands.map(\.source) == ["docker service ls", "wc -l"])
  }

  @Test func pipesWorkInsideSubstitutions() throws {
    let parsed = try list("X=$(docker service ls -q | head -n 1)")
    #expect(
      parsed.items[0].command.words[0].parts.last
        == .commandSubstitution("docker service ls -q | head -n 1", quoted: false))
  }
}
