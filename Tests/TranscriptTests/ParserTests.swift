import Testing

@testable import Transcript

@Suite struct ParserTests {
  @Test func plainFileSplitsCommandsOutputsCommentsAndHeaders() throws {
    let text = """
      #! seed: 42
      #! hostname: node1
      #! start-time: 2020-11-20T21:14:30Z
      #! lesson: ch12
      # Chapter 12 begins
      PS> docker swarm init
      Swarm initialized

      # the token is random
      PS> docker node ls
      ID  HOSTNAME
      [exit 1]
      PS>

      """
    let file = try TranscriptFile(text: text, name: "book.txt")
    #expect(file.header.seed == 42)
    #expect(file.header.hostname == "node1")
    #expect(file.header.startTime == "2020-11-20T21:14:30Z")
    #expect(file.header.startTimeEpochSeconds == 1_605_906_870)
    #expect(file.header["lesson"] == "ch12")
    #expect(file.header.fields.map(\.key) == ["seed", "hostname", "start-time", "lesson"])
    #expect(file.commands.map(\.commandLine) == ["docker swarm init", "docker node ls", ""])
    #expect(file.commands.map(\.line) == [6, 10, 13])
    #expect(file.commands[0].expectedOutput == ["Swarm initialized", ""])
    #expect(file.commands[1].expectedOutput == ["ID  HOSTNAME"])
    #expect(file.commands[1].expectedExitCode == 1)
    #expect(file.commands[1].outputLines == 10..<12)
    #expect(file.commands[2].expectedOutput == [])
    #expect(file.text == text)
  }

  @Test func promptHeaderAddsNestedShellPrompt() throws {
    let text = """
      #! prompt: /app #
      PS> docker container exec -it web sh
      /app # nslookup iotd
      Name: iotd
      /app # exit
      """
    let file = try TranscriptFile(text: text, name: "t.txt")
    #expect(file.commands.map(\.prompt) == ["PS>", "/app #", "/app #"])
    #expect(
      file.commands.map(\.commandLine) == [
        "docker container exec -it web sh", "nslookup iotd", "exit",
      ])
    #expect(file.commands[1].expectedOutput == ["Name: iotd"])
    #expect(file.text == text)
  }

  @Test func markdownUsesOnlyConsoleFencesAsOneSession() throws {
    let text = """
      <!-- #! seed: 7 -->
      # Lesson

      ```console
      #! hostname: lab
      $ docker node ls
      ID
      ```

      ```sh
      $ not a command
      ```

      ````console
      # a comment
      $ docker service ls
      [exit 2]
      ````
      """
    let file = try TranscriptFile(text: text, name: "lesson.md")
    #expect(file.header.seed == 7)
    #expect(file.header.hostname == "lab")
    #expect(file.commands.map(\.commandLine) == ["docker node ls", "docker service ls"])
    #expect(file.commands.map(\.line) == [6, 16])
    #expect(file.commands[0].expectedOutput == ["ID"])
    #expect(file.commands[1].expectedExitCode == 2)
  }

  @Test(arguments: [
    ("hello\nPS> x\n", 1, TranscriptError.Kind.outputBeforeCommand),
    ("#! seed: many\n", 1, .badHeader("#! seed: many")),
    ("#!/bin/sh\n", 1, .badHeader("#!/bin/sh")),
    ("#! seed: 1\n#! seed: 2\n", 2, .duplicateHeader("seed")),
    ("#! engine: docker\n", 1, .badHeader("#! engine: docker")),
    ("#! engine: any\n#! engine: any\n", 2, .duplicateHeader("engine")),
    ("#! start-time: 2020-13-20T21:14:30Z\n", 1, .badHeader("#! start-time: 2020-13-20T21:14:30Z")),
    ("PS> x\nok\n#! seed: 1\nPS> y\n", 3, .headerAfterCommand),
    ("PS> x\n[FOO] bar\n", 2, .unknownWildcard("[FOO]")),
    ("PS> x\n[ID:] bar\n", 2, .badCaptureName("[ID:]")),
    ("PS> x\n[ID:a]\nPS> y\n[IP:a]\n", 4, .captureKindConflict(name: "a", firstLine: 2)),
    ("PS> x\n[exit x]\n", 2, .badExitStatus("[exit x]")),
    ("PS> x\n[exit 0]\n", 2, .badExitStatus("[exit 0]")),
    ("PS> x\n[exit 1]\n\n", 2, .exitNotLast),
  ])
  func malformedInputIsATypedErrorWithLine(text: String, line: Int, kind: TranscriptError.Kind) {
    #expect(throws: TranscriptError(fileName: "bad.txt", line: line, kind: kind)) {
      try TranscriptFile(text: text, name: "bad.txt")
    }
  }

  @Test func engineHeaderMarksConformanceGoldens() throws {
    #expect(try TranscriptFile(text: "PS> x\n", name: "a.txt").header.engine == .simulation)
    let any = try TranscriptFile(text: "#! engine: any\nPS> x\n", name: "b.txt")
    #expect(any.header.engine == .any)
    #expect(any.header["engine"] == "any")
  }

  @Test func unclosedConsoleFenceIsAnError() {
    #expect(throws: TranscriptError(fileName: "l.md", line: 2, kind: .unclosedFence)) {
      try TranscriptFile(text: "Intro\n```console\n$ ls\n", name: "l.md")
    }
  }

  @Test func errorDescriptionNamesFileAndLine() {
    let error = TranscriptError(fileName: "book.txt", line: 3, kind: .unknownWildcard("[FOO]"))
    #expect(
      error.description
        == "book.txt:3: error: unknown wildcard `[FOO]`; write `[[=]FOO]` for literal text")
  }

  @Test func escapedLinesAreOutputNotSyntax() throws {
    let text = "PS> x\n[=]PS> y\n[=]# not a comment\n[=]...\n[=][exit 3]\n[[=]ID]\n"
    let file = try TranscriptFile(text: text, name: "t.txt")
    #expect(file.commands.count == 1)
    #expect(file.commands[0].expectedExitCode == 0)
    #expect(file.commands[0].expectedOutput.count == 5)
  }
}
