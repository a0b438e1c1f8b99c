import Foundation
import Testing

/// The built `swarmlab` binary next to this package's sources (or `SWARMLAB_BINARY`).
private func swarmlabBinary() -> String {
  if let path = ProcessInfo.processInfo.environment["SWARMLAB_BINARY"] { return path }
  return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/swarmlab").path
}

/// Keys are sent only once the prompt is up: typeahead during a command is echoed and
/// line-buffered by the tty in cooked mode, and Ctrl-C flushes it, as in any shell.
/// End-to-end: the real binary in a pseudo-terminal, typed at like a learner would. Enabled by
/// `SWARMLAB_PTY_TESTS=1` because it needs the product's engine wired into `swarmlab`.
@Suite(
  "swarmlab in a pseudo-terminal",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_PTY_TESTS"] == "1"),
  .serialized)
struct PseudoTerminalShellTests {
  private func start() throws -> PseudoTerminal {
    let state = NSTemporaryDirectory() + "swarmlab-pty-" + UUID().uuidString
    let terminal = try PseudoTerminal(
      executable: swarmlabBinary(),
      environment: [
        "TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      ])
    try #require(terminal.waitFor("PS> "), "no prompt:\n\(terminal.screen.text)")
    try #require(terminal.waitForRawMode())
    return terminal
  }

  /// Ctrl-C, then Ctrl-D once the new prompt is up (the tty discards typeahead on SIGINT).
  private func cancelLineAndExit(_ shell: PseudoTerminal) {
    shell.send("\u{3}")
    #expect(
      shell.waitFor("^C\nPS> "),
      "\(shell.screen.text)\n\(String(decoding: shell.rawOutput, as: UTF8.self).debugDescription)")
    // The new prompt is drawn before libedit is back in raw mode; a Ctrl-D sent earlier would
    // reach the terminal's cooked mode instead.
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
  }

  @Test("a typed command runs and Ctrl-D exits with status 0")
  func commandAndEOF() throws {
    let shell = try start()
    shell.send("docker version\r")
    #expect(shell.waitFor("Client:"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("Tab completes a unique subcommand")
  func tabCompletion() throws {
    let shell = try start()
    shell.send("docker service cre\t")
    #expect(shell.waitFor("PS> docker service create "), "\(shell.screen.text)")
    cancelLineAndExit(shell)
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("Up recalls the previous command")
  func historyRecall() throws {
    let shell = try start()
    shell.send("docker version\r")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{1B}[A")
    #expect(shell.waitFor("PS> docker version", count: 2), "\(shell.screen.text)")
    shell.send("\r")
    #expect(shell.waitFor("Client:", count: 2), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 3), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("Ctrl-C cancels a half-typed line and the shell keeps working")
  func interrupt() throws {
    let shell = try start()
    shell.send("docker serv")
    #expect(shell.waitFor("PS> docker serv"))
    shell.send("\u{3}")
    #expect(shell.waitFor("^C\nPS> "), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("docker version\r")
    #expect(shell.waitFor("Client:"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 3), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("UTF-8 input is echoed intact")
  func unicodeInput() throws {
    let shell = try start()
    shell.send("docker node ls é日本")
    #expect(shell.waitFor("PS> docker node ls é日本"), "\(shell.screen.text)")
    cancelLineAndExit(shell)
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("serve: a docker CLI and the waiting prompt share one swarm, both ways")
  func serveInTheShell() throws {
    let shell = try start()
    let directory = NSTemporaryDirectory() + "swarmlab-serve-pty-" + UUID().uuidString.prefix(8)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/docker.sock"
    shell.send("docker swarm init > /dev/null\r")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("serve --socket \(socket)\r")
    #expect(shell.waitFor("export DOCKER_HOST=unix://\(socket)"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 3), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    // The prompt waits in libedit while another client changes the swarm.
    let created = Self.client(
      socket, ["service", "create", "--detach", "--name", "fromcli", "diamol/ch12-timecheck:1.0"])
    #expect(created.status == 0, "\(created.output)")
    shell.send("docker service ls --format '{{.Name}}:{{.Replicas}}'\r")
    #expect(shell.waitFor("fromcli:"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 4), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("docker service create -d --name fromshell diamol/ch12-timecheck:1.0\r")
    #expect(shell.waitFor("PS> ", count: 5), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    let listed = Self.client(socket, ["service", "ls", "--format", "{{.Name}}"])
    #expect(listed.output == "fromcli\nfromshell\n", "\(listed.output)")
    shell.send("serve stop\r")
    #expect(shell.waitFor("SwarmLab stopped serving; removed \(socket)."), "\(shell.screen.text)")
    #expect(!FileManager.default.fileExists(atPath: socket))
    #expect(shell.waitFor("PS> ", count: 6), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("serve --socket \(socket)\r")
    #expect(shell.waitFor("PS> ", count: 7), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
    #expect(!FileManager.default.fileExists(atPath: socket), "leaving SwarmLab removes the socket")
  }

  /// The real docker 20.10 CLI on `socket` where it is installed, else the same request as
  /// plain HTTP (printing why), so the test still crosses the socket.
  static func client(_ socket: String, _ arguments: [String]) -> (status: Int32, output: String) {
    let docker = "/usr/bin/docker"
    guard FileManager.default.isExecutableFile(atPath: docker) else {
      print("no docker CLI at \(docker): sending the request as plain HTTP instead")
      if arguments.starts(with: ["service", "create"]) {
        let body =
          #"{"Name":"\#(arguments[3])","TaskTemplate":{"ContainerSpec":{"Image":"\#(arguments[4])"}}}"#
        let answer = UnixHTTP.request(
          socket: socket,
          "POST /v1.41/services/create HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        return (answer.hasPrefix("HTTP/1.1 201") ? 0 : 1, answer)
      }
      let answer = UnixHTTP.request(
        socket: socket, "GET /v1.41/services HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n")
      let names = answer.components(separatedBy: #""Name":""#).dropFirst().compactMap {
        $0.split(separator: "\"").first.map(String.init)
      }.filter { $0.hasPrefix("from") }
      return (0, names.sorted().map { $0 + "\n" }.joined())
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: docker)
    process.arguments = ["-H", "unix://" + socket] + arguments
    process.environment = ["HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return (-1, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(
    "killed while serving (SIGTERM, a closed terminal's SIGHUP), the shell removes its socket",
    arguments: [SIGTERM, SIGHUP])
  func serveSocketGoesOnSignal(_ number: Int32) throws {
    let shell = try start()
    let directory = NSTemporaryDirectory() + "swarmlab-serve-sig-" + UUID().uuidString.prefix(8)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/docker.sock"
    shell.send("serve --socket \(socket)\r")
    #expect(shell.waitFor("export DOCKER_HOST=unix://\(socket)"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    #expect(FileManager.default.fileExists(atPath: socket))
    shell.signal(number)
    // Ended by the signal itself (the handler re-raises it), as an unhandled one would.
    #expect(shell.waitForExit() == nil)
    #expect(shell.terminatingSignal == number)
    #expect(!FileManager.default.fileExists(atPath: socket), "the socket file stayed behind")
  }

  @Test("serve stopped before the signal: nothing is removed (the path may be someone else's)")
  func stoppedServeRemovesNothingOnSignal() throws {
    let shell = try start()
    let directory = NSTemporaryDirectory() + "swarmlab-serve-sig-" + UUID().uuidString.prefix(8)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/docker.sock"
    shell.send("serve --socket \(socket)\r")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("serve stop\r")
    #expect(shell.waitFor("PS> ", count: 3), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    // Another program's file now sits at the old path.
    #expect(FileManager.default.createFile(atPath: socket, contents: Data("x".utf8)))
    shell.signal(SIGTERM)
    #expect(shell.waitForExit() == nil)
    #expect(FileManager.default.fileExists(atPath: socket))
  }

  @Test(
    "swarmlab serve stops cleanly on SIGHUP and SIGTERM and removes its socket",
    arguments: [SIGHUP, SIGTERM])
  func serveCommandStopsOnSignal(_ number: Int32) throws {
    let directory = NSTemporaryDirectory() + "swarmlab-serve-sig-" + UUID().uuidString.prefix(8)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/docker.sock"
    let server = try PseudoTerminal(
      executable: swarmlabBinary(), arguments: ["serve", "--socket", socket],
      environment: ["HOME": directory, "PATH": "/usr/bin:/bin"])
    #expect(server.waitFor("Stop with Ctrl-C."), "\(server.screen.text)")
    #expect(FileManager.default.fileExists(atPath: socket))
    server.signal(number)
    #expect(server.waitForExit() == 0, "\(server.screen.text)")
    #expect(server.waitFor("swarmlab serve: stopped; removed \(socket)"), "\(server.screen.text)")
    #expect(!FileManager.default.fileExists(atPath: socket))
  }

  @Test("the progress animation ends on the book's final frame")
  func progressAnimation() throws {
    let shell = try start()
    shell.send("docker swarm init\r")
    #expect(shell.waitFor("PS> ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("docker service create --name timecheck --replicas 1 diamol/ch12-timecheck:1.0\r")
    #expect(shell.waitFor("verify: Service converged"), "\(shell.screen.text)")
    #expect(shell.waitFor("PS> ", count: 3), "\(shell.screen.text)")
    let lines = shell.screen.text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop { $0 == " " }.reversed())
    }
    let at = try #require(lines.firstIndex { $0.hasPrefix("overall progress:") })
    // The block was redrawn in place: one overall line, one task line, the verify line.
    #expect(
      Array(lines[at...].prefix(3)) == [
        "overall progress: 1 out of 1 tasks",
        "1/1: running   [==================================================>]",
        "verify: Service converged",
      ])
    #expect(lines.count { $0.hasPrefix("overall progress:") } == 1)
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }
}
