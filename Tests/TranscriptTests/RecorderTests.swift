import Testing
import Transcript

@Suite struct RecorderTests {
  @Test func recordedSessionParsesBackToTheSameCommandsAndPasses() throws {
    var header = TranscriptHeader()
    try header.add(key: "seed", value: "42")
    try header.add(key: "start-time", value: "2020-11-20T21:14:30Z")
    var recorder = TranscriptRecorder(header: header)
    let session: [(String, String, String, Int32)] = [
      ("PS> ", "docker node ls", "ID   HOSTNAME   \nabc  node1\n", 0),
      ("PS> ", "docker container exec -it web sh", "", 0),
      ("/app # ", "nslookup iotd", "Name: iotd\n# trailing hash\n", 0),
      ("/app # ", "exit", "", 0),
      ("PS> ", "", "", 0),
      ("PS> ", "docker node rm x", "Error: No such node: x\n...\n[exit 5]\n", 1),
    ]
    for (prompt, command, output, exitCode) in session {
      recorder.record(prompt: prompt, command: command, output: output, exitCode: exitCode)
    }
    #expect(
      recorder.text == """
        #! seed: 42
        #! start-time: 2020-11-20T21:14:30Z
        #! prompt: /app #
        PS> docker node ls
        ID   HOSTNAME
        abc  node1
        PS> docker container exec -it web sh
        /app # nslookup iotd
        Name: iotd
        [=]# trailing hash
        /app # exit
        PS> docker node rm x
        Error: No such node: x
        [=]...
        [=][exit 5]
        [exit 1]

        """)
    let file = try TranscriptFile(text: recorder.text, name: "rec.txt")
    #expect(file.header.seed == 42)
    #expect(
      file.commands.map(\.displayLine) == [
        "PS> docker node ls", "PS> docker container exec -it web sh", "/app # nslookup iotd",
        "/app # exit", "PS> docker node rm x",
      ])
    var script: [String: HostResult] = [:]
    for (_, command, output, exitCode) in session where !command.isEmpty {
      script[command] = HostResult(output: output, exitCode: exitCode)
    }
    let replay = TranscriptRunner { _ in FakeHost(script: script) }.run(file)
    #expect(replay.passed)
  }
}
