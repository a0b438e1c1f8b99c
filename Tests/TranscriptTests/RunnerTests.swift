import Foundation
import Testing
import Transcript

@Suite struct RunnerTests {
  static let nodeLs = """
    ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
    qu5xqvzxtnh8ddlfg5ieadqxb *   node1      Ready     Active         Leader           20.10.7

    """

  static let transcript = """
    #! seed: 1
    PS> docker swarm init --advertise-addr 10.0.0.1
    Swarm initialized: current node ([ID:self]) is now a manager.
    PS> docker node ls
    ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
    [ID:self] *   node1      Ready     Active         Leader           20.10.7
    PS> docker service ls
    ID   NAME
    one
    two
    three
    four
    PS> docker node rm node9
    Error: No such node: node9
    [exit 1]

    """

  static let script: [String: HostResult] = [
    "docker swarm init --advertise-addr 10.0.0.1": HostResult(
      output: "Swarm initialized: current node (qu5xqvzxtnh8ddlfg5ieadqxb) is now a manager.\n"),
    "docker node ls": HostResult(output: nodeLs),
    "docker service ls": HostResult(output: "ID   NAME\none\ntwo\nthree\nfour\n"),
    "docker node rm node9": HostResult(output: "Error: No such node: node9\n", exitCode: 1),
  ]

  @Test func matchingTranscriptPasses() throws {
    let report = try runTranscript(Self.transcript, Self.script)
    #expect(report.passed)
    #expect(report.results.map(\.matched) == [true, true, true, true])
    #expect(report.results[3].actual.exitCode == 1)
    #expect(
      TranscriptReportRenderer.render([report])
        == "ok   book.txt (4 commands)\n1 passed, 0 failed\n")
  }

  @Test func oneChangedLineGivesAReadableDiff() throws {
    var script = Self.script
    script["docker service ls"] = HostResult(output: "ID   NAME\none\ntwo\nTHREE\nfour\n")
    let report = try runTranscript(Self.transcript, script)
    #expect(!report.passed)
    #expect(report.results.map(\.matched) == [true, true, false, true])
    #expect(
      report.diffs == [
        """
        book.txt:7: PS> docker service ls
        --- expected
        +++ actual
        @@ -9,4 +9,4 @@
         one
         two
        -three
        +THREE
         four

        """
      ])
    #expect(
      TranscriptReportRenderer.render([report])
        == "FAIL book.txt (1 of 4 commands failed)\n" + report.diffs[0] + "0 passed, 1 failed\n")
  }

  @Test func matchedWildcardLinesAreContextNotChanges() throws {
    var script = Self.script
    script["docker node ls"] = HostResult(
      output: Self.nodeLs.replacingOccurrences(of: "Ready", with: "Down "))
    let report = try runTranscript(Self.transcript, script)
    #expect(
      report.diffs == [
        """
        book.txt:4: PS> docker node ls
        --- expected
        +++ actual
        @@ -5,2 +5,2 @@
         ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
        -[ID:self] *   node1      Ready     Active         Leader           20.10.7
        +qu5xqvzxtnh8ddlfg5ieadqxb *   node1      Down      Active         Leader           20.10.7

        """
      ])
  }

  @Test func captureBoundByEarlierCommandMustAgree() throws {
    var script = Self.script
    script["docker node ls"] = HostResult(
      output: Self.nodeLs.replacingOccurrences(of: "qu5x", with: "zzzz"))
    let report = try runTranscript(Self.transcript, script)
    #expect(report.results.map(\.matched) == [true, false, true, true])
  }

  @Test func exitStatusMismatchShowsAsExitLines() throws {
    var script = Self.script
    script["docker node rm node9"] = HostResult(output: "Error: No such node: node9\n", exitCode: 2)
    let report = try runTranscript(Self.transcript, script)
    #expect(
      report.diffs == [
        """
        book.txt:13: PS> docker node rm node9
        --- expected
        +++ actual
        @@ -14,2 +14,2 @@
         Error: No such node: node9
        -[exit 1]
        +[exit 2]

        """
      ])
  }

  @Test func emptyExpectationAgainstOutputNamesTheCommandLine() throws {
    let report = try runTranscript(
      "$ echo\n$ true\n", ["echo": HostResult(output: "hi\n"), "true": HostResult(output: "")])
    #expect(
      report.diffs == ["book.txt:1: $ echo\n--- expected\n+++ actual\n@@ -1,0 +2 @@\n+hi\n"])
  }

  @Test func barePromptIsNotSentToTheHost() throws {
    let file = try TranscriptFile(text: "PS> docker node ls\n...\nPS>\n", name: "b.txt")
    // The fake answers "" with exit 127, so passing proves the bare prompt was not run.
    let host = FakeHost(script: ["docker node ls": HostResult(output: Self.nodeLs)])
    let report = TranscriptRunner { _ in host }.run(file)
    #expect(report.passed)
    #expect(report.results.map(\.command.commandLine) == ["docker node ls", ""])
  }

  @Test func eachFileGetsAFreshHostBuiltFromItsHeader() throws {
    let file = try TranscriptFile(text: "#! seed: 9\n$ seed\n9\n", name: "s.txt")
    let runner = TranscriptRunner { header in
      FakeHost(script: ["seed": HostResult(output: "\(header.seed ?? 0)\n")])
    }
    #expect(runner.run(file).passed)
  }

  @Test func hostSetupFailureAndMalformedFilesAreReportedNotCrashes() throws {
    struct Boom: Error {}
    let file = try TranscriptFile(text: "$ x\n", name: "h.txt")
    let failed = TranscriptRunner { _ in throw Boom() }.run(file)
    let malformed = TranscriptReport.malformed(
      TranscriptError(fileName: "m.txt", line: 2, kind: .unknownWildcard("[FOO]")))
    let ok = try runTranscript("$ true\n", name: "ok.txt", ["true": HostResult(output: "")])
    #expect(
      TranscriptReportRenderer.render([failed, malformed, ok]) == """
        FAIL h.txt
        h.txt:0: error: could not start the session: Boom()
        FAIL m.txt
        m.txt:2: error: unknown wildcard `[FOO]`; write `[[=]FOO]` for literal text
        ok   ok.txt (1 command)
        1 passed, 2 failed

        """)
  }
}

@Suite struct RunnerTextTests {
  @Test func markdownLessonRunsAsOneSessionAndMalformedTextIsAReport() {
    let lesson = """
      <!-- #! seed: 3 -->
      Start:

      ```console
      $ docker swarm init
      Swarm initialized: current node ([ID:me]) is now a manager.
      ```

      ```console
      $ docker node inspect self --format '{{.ID}}'
      [ID:me]
      ```
      """
    let runner = TranscriptRunner { _ in
      FakeHost(script: [
        "docker swarm init": HostResult(
          output: "Swarm initialized: current node (0vlljs0vqvk1) is now a manager.\n"),
        "docker node inspect self --format '{{.ID}}'": HostResult(output: "0vlljs0vqvk1\n"),
      ])
    }
    #expect(runner.run(text: lesson, name: "lesson.md").passed)
    let wrong = lesson.replacingOccurrences(of: "[ID:me]\n```", with: "[ID:me]x\n```")
    #expect(!runner.run(text: wrong, name: "lesson.md").passed)
    let malformed = runner.run(text: "oops\n", name: "m.txt")
    #expect(
      malformed.failure == TranscriptError(fileName: "m.txt", line: 1, kind: .outputBeforeCommand))
  }
}
