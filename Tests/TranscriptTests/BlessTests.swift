import Foundation
import Testing
import Transcript

@Suite struct BlessTests {
  static let text = """
    #! seed: 1
    # intro comment
    PS> docker swarm init
    Swarm initialized: current node ([ID:self]) is now a manager.
    PS> docker service ps web
    ID             NAME      NODE      CURRENT STATE
    [ID:task]   web.1     node1     Running [AGO] ago
    old line
    ...
    [exit 1]
    # between commands
    PS> docker node ls
    [ID:self]   node1
    PS>

    """

  static let initOutput =
    "Swarm initialized: current node (qu5xqvzxtnh8ddlfg5ieadqxb) is now a manager.\n"
  static let psOutput = """
    ID             NAME      NODE      CURRENT STATE
    x3ti0erg11rj   web.1     node1     Running 4 minutes ago
    new line
    PS> looks like a prompt
    # looks like a comment
    [ID] literal
    keep me

    """

  static func script(ps: String, exit: Int32) -> [String: HostResult] {
    [
      "docker swarm init": HostResult(output: initOutput),
      "docker service ps web": HostResult(output: ps, exitCode: exit),
      "docker node ls": HostResult(output: "qu5xqvzxtnh8ddlfg5ieadqxb   node1\n"),
    ]
  }

  @Test func blessOfAPassingFileIsTheIdentity() throws {
    let file = try TranscriptFile(text: Self.text, name: "b.txt")
    let ps = """
      ID             NAME      NODE      CURRENT STATE
      x3ti0erg11rj   web.1     node1     Running 4 minutes ago
      old line
      absorbed by the ellipsis

      """
    let report = TranscriptRunner { _ in FakeHost(script: Self.script(ps: ps, exit: 1)) }.run(file)
    #expect(report.passed)
    #expect(TranscriptBless.bless(file, with: report) == Self.text)
  }

  @Test func blessRewritesOnlyWhatFailedKeepingMatchingWildcardLines() throws {
    let text = Self.text.replacingFirst("...\n", with: "keep me\n")
    let file = try TranscriptFile(text: text, name: "b.txt")
    let host = FakeHost(script: Self.script(ps: Self.psOutput, exit: 0))
    let runner = TranscriptRunner { _ in host }
    let report = runner.run(file)
    #expect(report.results.map(\.matched) == [true, false, true, true])
    let blessed = TranscriptBless.bless(file, with: report)
    #expect(
      blessed == """
        #! seed: 1
        # intro comment
        PS> docker swarm init
        Swarm initialized: current node ([ID:self]) is now a manager.
        PS> docker service ps web
        ID             NAME      NODE      CURRENT STATE
        [ID:task]   web.1     node1     Running [AGO] ago
        new line
        [=]PS> looks like a prompt
        [=]# looks like a comment
        [[=]ID] literal
        keep me
        # between commands
        PS> docker node ls
        [ID:self]   node1
        PS>

        """)
    let again = try TranscriptFile(text: blessed, name: "b.txt")
    #expect(runner.run(again).passed)
  }

  @Test func blessAddsAnExitLineAndKeepsCRLF() throws {
    let text = "$ false\r\nnope\r\n# done\r\n"
    let file = try TranscriptFile(text: text, name: "c.txt")
    let host = FakeHost(script: ["false": HostResult(output: "nope\n", exitCode: 1)])
    let report = TranscriptRunner { _ in host }.run(file)
    let blessed = TranscriptBless.bless(file, with: report)
    #expect(blessed == "$ false\r\nnope\r\n[exit 1]\r\n# done\r\n")
    #expect(
      TranscriptRunner { _ in host }.run(try TranscriptFile(text: blessed, name: "c.txt")).passed)
  }

  @Test func blessFallsBackToLiteralOutputWhenACaptureConflicts() throws {
    let text = "$ ids\n[ID:a]\n[ID:a]\n"
    let file = try TranscriptFile(text: text, name: "k.txt")
    let host = FakeHost(script: ["ids": HostResult(output: "aaaaaaaaaaaa\nbbbbbbbbbbbb\n")])
    let report = TranscriptRunner { _ in host }.run(file)
    #expect(!report.passed)
    let blessed = TranscriptBless.bless(file, with: report)
    #expect(blessed == "$ ids\n[ID:a]\nbbbbbbbbbbbb\n")
    #expect(
      TranscriptRunner { _ in host }.run(try TranscriptFile(text: blessed, name: "k.txt")).passed)
  }

  @Test func blessInMarkdownStaysInsideTheFence() throws {
    let text = "Intro\n\n```console\n$ hello\nbye\n```\nOutro\n"
    let file = try TranscriptFile(text: text, name: "l.md")
    let host = FakeHost(script: ["hello": HostResult(output: "hello\n```\n")])
    let report = TranscriptRunner { _ in host }.run(file)
    let blessed = TranscriptBless.bless(file, with: report)
    #expect(blessed == "Intro\n\n```console\n$ hello\nhello\n[=]```\n```\nOutro\n")
    #expect(
      TranscriptRunner { _ in host }.run(try TranscriptFile(text: blessed, name: "l.md")).passed)
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    let parts = components(separatedBy: target)
    guard parts.count > 1 else { return self }
    return parts[0] + replacement + parts.dropFirst().joined(separator: target)
  }
}

@Suite struct BlessEllipsisTests {
  @Test func ellipsisIsKeptAndAbsorbsWhatItCan() throws {
    let file = try TranscriptFile(text: "$ list\na\n...\nz\n", name: "e.txt")
    let host = FakeHost(script: ["list": HostResult(output: "b\nx\ny\nz\n")])
    let report = TranscriptRunner { _ in host }.run(file)
    #expect(TranscriptBless.bless(file, with: report) == "$ list\n...\nz\n")
  }
}
