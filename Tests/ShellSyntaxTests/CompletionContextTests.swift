import ShellSyntax
import Testing

/// The word under the cursor and the words before it, for tab completion.
@Suite struct CompletionContextTests {
  static let cases: [(line: String, words: [String], partial: String, start: Int)] = [
    ("", [], "", 0),
    ("dock", [], "dock", 0),
    ("docker ", ["docker"], "", 7),
    ("docker serv", ["docker"], "serv", 7),
    ("docker  service  ", ["docker", "service"], "", 17),
    ("docker service inspect 'time", ["docker", "service", "inspect"], "time", 23),
    ("docker service inspect \"my svc", ["docker", "service", "inspect"], "my svc", 23),
    ("docker service rm a\\ b", ["docker", "service", "rm"], "a b", 18),
    ("docker swarm init; docker no", ["docker"], "no", 26),
    ("sleep 10 && docker service l", ["docker", "service"], "l", 27),
    ("docker container rm -f $(docker container ls --l", ["docker", "container", "ls"], "--l", 45),
    ("docker rm $(docker ps -q) -", ["docker", "rm", "$(docker ps -q)"], "-", 26),
    // Inside an open `$(`, a quote opens anew: the cursor is in `ps" x`.
    ("echo \"$(docker ps\" x", ["docker"], "ps x", 15),
    ("echo \"$(docker ps)\" x", ["echo", "$(docker ps)"], "x", 20),
    ("echo `docker ", ["docker"], "", 13),
    ("echo $HOME/x", ["echo"], "$HOME/x", 5),
    ("a 'b c' d", ["a", "b c"], "d", 8),
    ("docker é日本 x", ["docker", "é日本"], "x", 11),
  ]

  @Test(arguments: cases)
  func context(line: String, words: [String], partial: String, start: Int) {
    let context = ShellParser.completionContext(line)
    #expect(context.words == words)
    #expect(context.partial == partial)
    #expect(line.distance(from: line.startIndex, to: context.partialStart) == start)
  }

  @Test func reportsTheOpenQuote() {
    #expect(ShellParser.completionContext("docker service inspect 'ti").openQuote == "'")
    #expect(ShellParser.completionContext("echo \"a").openQuote == "\"")
    #expect(ShellParser.completionContext("echo 'a' b").openQuote == nil)
  }
}
