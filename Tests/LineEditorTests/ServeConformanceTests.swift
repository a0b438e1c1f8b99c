import Foundation
import Testing
import Transcript

#if canImport(Glibc)
  import Glibc
#endif

/// The package root (this file is in Tests/LineEditorTests/).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

private func swarmlabBinary() -> String {
  ProcessInfo.processInfo.environment["SWARMLAB_BINARY"]
    ?? packageRoot.appendingPathComponent(".build/debug/swarmlab").path
}

/// `swarmlab serve` as a child process on a private socket, with the manual test clock.
final class ServeProcess {
  let socket: String
  let directory: String
  private let process = Process()

  init(arguments: [String]) throws {
    directory = NSTemporaryDirectory() + "swarmlab-serve-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    socket = directory + "/docker.sock"
    process.executableURL = URL(fileURLWithPath: swarmlabBinary())
    process.arguments = ["serve", "--socket", socket] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: socket) && Date() < deadline {
      usleep(20_000)
    }
  }

  /// SIGTERM (or `signal`), as a learner's Ctrl-C or a closed terminal would; true when it
  /// exited cleanly and removed the socket.
  func stop(signal: Int32 = SIGTERM) -> Bool {
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    let removed = !FileManager.default.fileExists(atPath: socket)
    try? FileManager.default.removeItem(atPath: directory)
    return process.terminationStatus == 0 && removed
  }

  /// `GET /_swarmlab/exec-status`: the `$?` of the last line typed into an exec's shell (a
  /// test aid: the CLI cannot show it).
  func lastExecStatus() -> Int32? {
    let response = UnixHTTP.request(
      socket: socket,
      "GET /_swarmlab/exec-status HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n")
    guard let range = response.range(of: "\"Status\":") else { return nil }
    return Int32(response[range.upperBound...].prefix { $0.isNumber || $0 == "-" })
  }

  /// `POST /_swarmlab/clock?advance=…` over the socket: the test aid behind a golden's `sleep`.
  func advanceClock(_ duration: String) -> Bool {
    let response = UnixHTTP.request(
      socket: socket,
      "POST /_swarmlab/clock?advance=\(duration) HTTP/1.1\r\nHost: docker\r\n"
        + "Content-Length: 0\r\nConnection: close\r\n\r\n")
    return response.hasPrefix("HTTP/1.1 200")
  }
}

/// A one-request HTTP client over a unix socket, enough for the test aid endpoint.
enum UnixHTTP {
  static func request(socket path: String, _ text: String) -> String {
    let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
    }
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard connected == 0 else { return "" }
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { break }
      response += buffer[0..<n]
    }
    return String(decoding: response, as: UTF8.self)
  }
}

/// Runs each golden command through a real docker CLI in a pseudo-terminal (so progress bars
/// draw as on a learner's screen), against `swarmlab serve`. `sleep` moves the server's clock.
/// `docker container exec -it … sh` stays open, over the hijacked connection, and the golden's
/// `/app #` lines are typed into it.
struct ExternalDockerHost: TranscriptHost {
  let server: ServeProcess
  let docker: String
  /// A folder whose `docker` is the CLI under test, first on PATH.
  let shims: String
  /// The CLI of an open `exec -it … sh`, and how many of its bytes were already shown.
  private var shell: (terminal: PseudoTerminal, seen: Int)?
  static let shellPrompt = "/app # "

  init(header: TranscriptHeader, docker: String) throws {
    var arguments = ["--clock", "manual", "--ports"]
    if let seed = header.seed { arguments += ["--seed", String(seed)] }
    if let hostname = header.hostname { arguments += ["--hostname", hostname] }
    arguments += ["--start-time", header.startTime ?? "2020-11-20T21:14:30Z"]
    server = try ServeProcess(arguments: arguments)
    self.docker = docker
    shims = server.directory + "/bin"
    try FileManager.default.createDirectory(atPath: shims, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: shims + "/docker", withDestinationPath: docker)
  }

  mutating func run(_ commandLine: String) -> HostResult {
    if shell != nil { return type(commandLine) }
    let words = commandLine.split(separator: " ")
    if words.first == "sleep", words.count == 2 {
      let duration = words[1].allSatisfy(\.isNumber) ? words[1] + "s" : String(words[1])
      return server.advanceClock(duration)
        ? HostResult(output: "") : HostResult(output: "clock endpoint failed\n", exitCode: 1)
    }
    do {
      let terminal = try PseudoTerminal(
        executable: "/bin/bash", arguments: ["-c", commandLine],
        environment: [
          "TERM": "xterm", "LANG": "C.UTF-8", "HOME": server.directory,
          "DOCKER_HOST": "unix://" + server.socket, "DOCKER_CONFIG": server.directory + "/config",
          "PATH": shims + ":/usr/bin:/bin",
        ], columns: 1000)
      if commandLine.hasPrefix("docker container exec -it ") && commandLine.hasSuffix(" sh") {
        let (exited, _) = Self.awaitPrompt(terminal, from: 0)
        if exited == nil {
          let text = Self.text(terminal.rawOutput)
          shell = (terminal, terminal.rawOutput.count)
          return HostResult(output: String(text.dropLast(Self.shellPrompt.count)))
        }
      }
      let status = terminal.waitForExit(timeout: 60) ?? -1
      if commandLine.hasPrefix("curl ") {
        // curl's bytes as written (`curl -i` ends header lines with CR LF, as the golden
        // keeps them), not as a screen shows them.
        return HostResult(output: Self.written(terminal.rawOutput), exitCode: status)
      }
      // What the CLI printed ends where the cursor is: a trailing blank line counts.
      let screen = terminal.screen
      var lines = Array(screen.text.components(separatedBy: "\n").prefix(screen.cursor.row + 1))
      if screen.cursor.column == 0 { lines.removeLast() }
      let output = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
      return HostResult(output: output, exitCode: status)
    } catch {
      return HostResult(output: "cannot start the CLI: \(error)\n", exitCode: 1)
    }
  }
}

extension ExternalDockerHost {
  /// Types a line into the open container shell: its output is what the server sent back
  /// after the echo, up to the next prompt; its status is the shell's `$?`, read through the
  /// test aid, or the CLI's own exit status when the line ended the shell.
  private mutating func type(_ line: String) -> HostResult {
    guard let (terminal, seen) = shell else { return HostResult(output: "", exitCode: 1) }
    terminal.send(line + "\r")
    let (exited, end) = Self.awaitPrompt(terminal, from: seen)
    var text = Self.text(Array(terminal.rawOutput[seen..<end]))
    // The server echoes what was typed, as a terminal would; the golden shows it after the
    // prompt, not as output.
    if let newline = text.firstIndex(of: "\n") {
      text = String(text[text.index(after: newline)...])
    }
    if let status = exited {
      shell = nil
      return HostResult(output: text, exitCode: status)
    }
    shell = (terminal, end)
    let output = String(text.dropLast(Self.shellPrompt.count))
    return HostResult(output: output, exitCode: server.lastExecStatus() ?? -1)
  }

  /// Waits until the output from `start` on ends with the shell's prompt, or the CLI exits
  /// (its status); where the output then ends.
  static func awaitPrompt(_ terminal: PseudoTerminal, from start: Int) -> (Int32?, Int) {
    let prompt = Array(shellPrompt.utf8)
    // After a typed line the prompt counts once the echo's line has ended.
    let ready: ([UInt8]) -> Bool = { bytes in
      guard bytes.count >= start + prompt.count, bytes.suffix(prompt.count).elementsEqual(prompt)
      else { return false }
      return start == 0 || bytes[start...].contains(10)
    }
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if terminal.waitForOutput(timeout: 0.2, ready) { return (nil, terminal.rawOutput.count) }
      if let status = terminal.waitForExit(timeout: 0.05) {
        return (status, terminal.rawOutput.count)
      }
    }
    return (-1, terminal.rawOutput.count)
  }

  /// What a program wrote to the terminal before the tty turned each LF into CR LF, without
  /// its colour and bold escapes.
  static func written(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
        index += 2
        while index < bytes.count && !(0x40...0x7E).contains(bytes[index]) { index += 1 }
        index += 1
        continue
      }
      if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
        index += 1
        continue
      }
      out.append(bytes[index])
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A raw terminal's bytes as transcript text: CR LF line ends become LF.
  static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
  }
}

/// Transcript text without the commands this replay cannot run here, and what was left out.
enum ConformanceScope {
  /// Drops `curl` to a published port the host already uses (the server cannot listen there);
  /// returns the kept text and the dropped commands.
  static func filter(_ text: String) -> (text: String, skipped: [String]) {
    var kept: [String] = []
    var skipped: [String] = []
    var dropping = false
    for line in text.components(separatedBy: "\n") {
      let isCommand = line.hasPrefix("PS> ") || line.hasPrefix("/app # ") || line == "PS>"
      if isCommand {
        let command = line.hasPrefix("PS> ") ? String(line.dropFirst(4)) : line
        if command.hasPrefix("curl ") && !portIsFree(in: command) {
          skipped.append(line)
          dropping = true
          continue
        }
        dropping = false
      } else if line.hasPrefix("#") {
        dropping = false
      }
      if !dropping { kept.append(line) }
    }
    return (kept.joined(separator: "\n"), skipped)
  }

  /// Whether `localhost:PORT` in the command can be bound on this host now.
  static func portIsFree(in command: String) -> Bool {
    guard let range = command.range(of: "localhost:"),
      let port = Int(command[range.upperBound...].prefix(while: \.isNumber))
    else { return false }
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var one: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}

/// The real docker 20.10 CLI replays the chapter 12 goldens against `swarmlab serve`. Enabled by
/// `SWARMLAB_CONFORMANCE=1` (script/conformance, which installs Debian's docker.io client).
@Suite(
  "swarmlab serve with the real docker CLI",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_CONFORMANCE"] == "1"),
  .serialized)
struct ServeConformanceTests {
  static let goldens = ["12.2-swarm.txt", "12.3-services.txt", "12.4-networking.txt", "lab.txt"]

  @Test("docker 20.10 replays a chapter 12 golden", arguments: goldens)
  func replay(_ name: String) throws {
    let docker = ProcessInfo.processInfo.environment["SWARMLAB_DOCKER_20"] ?? "/usr/bin/docker"
    try #require(FileManager.default.isExecutableFile(atPath: docker), "no docker CLI at \(docker)")
    let path = packageRoot.appendingPathComponent("transcripts/ch12/" + name).path
    let (text, skipped) = ConformanceScope.filter(try String(contentsOfFile: path, encoding: .utf8))
    for line in skipped { print("skipped in \(name) (not replayed through the CLI): \(line)") }
    var hosts: [ExternalDockerHost] = []
    let report = TranscriptRunner { header in
      let host = try ExternalDockerHost(header: header, docker: docker)
      hosts.append(host)
      return host
    }.run(text: text, name: name)
    for host in hosts { #expect(host.server.stop(), "serve did not stop cleanly") }
    if !report.passed {
      Issue.record("\(name) differs from the golden:\n\(report.diffs.joined(separator: "\n"))")
    }
  }
}

/// The 28.x CLI (API 1.50) negotiates down to 1.41 and drives the same swarm. Its own
/// renderings differ from 20.10's in places (`verify: Service NAME converged`), so this is a
/// handful of commands with their 28.x output, not the goldens.
@Suite(
  "swarmlab serve with the docker 28.x CLI",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_CONFORMANCE"] == "1"),
  .serialized)
struct ServeModernClientTests {
  static let transcript = """
    #! seed: 2
    #! start-time: 2020-11-20T21:14:30Z
    PS> docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}} {{.Server.MinAPIVersion}}'
    1.41 1.41 1.12
    PS> docker swarm init --advertise-addr 192.168.65.3
    Swarm initialized: current node (s9r9bmk5416bk291lh88q1vcn) is now a manager.
    ...
    PS> docker service create --detach --name timecheck diamol/ch12-timecheck:1.0
    0u0vu9jh8wtjhoksvp2tt015r
    PS> sleep 5
    PS> docker service ls
    ID             NAME        MODE         REPLICAS   IMAGE                       PORTS
    0u0vu9jh8wtj   timecheck   replicated   1/1        diamol/ch12-timecheck:1.0
    PS> docker node ls
    ID                            HOSTNAME         STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
    s9r9bmk5416bk291lh88q1vcn *   docker-desktop   Ready     Active         Leader           20.10.24
    PS> docker service ps timecheck
    ID             NAME          IMAGE                       NODE             DESIRED STATE   CURRENT STATE           ERROR     PORTS
    [ID:task]   timecheck.1   diamol/ch12-timecheck:1.0   docker-desktop   Running         Running 4 seconds ago
    PS> docker service logs --tail 1 timecheck
    timecheck.1.[..]@docker-desktop    | App version: 1.0; time check: 21:14.[..]
    PS> docker service rm timecheck
    timecheck
    PS> docker image ls
    Error response from daemon: SwarmLab does not simulate GET /images/json: this Engine API endpoint is outside the simulated swarm
    [exit 1]
    """

  @Test("docker 28.x negotiates API 1.41 and runs a handful of chapter 12 commands")
  func modernClient() throws {
    let docker = "/usr/local/bin/docker"
    guard FileManager.default.isExecutableFile(atPath: docker) else {
      print("skipped: no docker 28.x client at \(docker)")
      return
    }
    var hosts: [ExternalDockerHost] = []
    let report = TranscriptRunner { header in
      let host = try ExternalDockerHost(header: header, docker: docker)
      hosts.append(host)
      return host
    }.run(text: Self.transcript, name: "docker-28.txt")
    for host in hosts { #expect(host.server.stop(), "serve did not stop cleanly") }
    if !report.passed {
      Issue.record("docker 28.x differs:\n\(report.diffs.joined(separator: "\n"))")
    }
  }
}

/// The long-lived connections: `exec -it … sh` over the hijacked connection, typed at in a
/// pseudo-terminal, and `service logs -f` following as the clock moves.
@Suite(
  "swarmlab serve: exec -it and logs -f with the real docker CLI",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_CONFORMANCE"] == "1"),
  .serialized)
struct ServeStreamTests {
  static let docker = ProcessInfo.processInfo.environment["SWARMLAB_DOCKER_20"] ?? "/usr/bin/docker"

  private func host() throws -> ExternalDockerHost {
    let header = try TranscriptFile(
      text: "#! seed: 4\n#! start-time: 2020-11-20T21:40:00Z\nPS>\n", name: "h"
    ).header
    return try ExternalDockerHost(header: header, docker: Self.docker)
  }

  private func terminal(_ host: ExternalDockerHost, _ command: String) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: "/bin/bash", arguments: ["-c", command],
      environment: [
        "TERM": "xterm", "LANG": "C.UTF-8", "HOME": host.server.directory,
        "DOCKER_HOST": "unix://" + host.server.socket, "PATH": host.shims + ":/usr/bin:/bin",
      ], columns: 200)
  }

  @Test("exec -it sh: the prompt, typed commands echoed and answered, exit ends the session")
  func execInteractive() throws {
    var host = try host()
    defer { #expect(host.server.stop()) }
    _ = host.run("docker swarm init")
    _ = host.run("docker network create --driver overlay iotd-net")
    _ = host.run(
      "docker service create --detach --replicas 3 --network iotd-net --name iotd diamol/ch09-image-of-the-day"
    )
    _ = host.run("sleep 5")
    let id = host.run("docker container ls --last 1 -q").output.trimmingCharacters(
      in: .whitespacesAndNewlines)
    try #require(id.count == 12, "no container: \(id)")
    let shell = try terminal(host, "docker container exec -it \(id) sh")
    try #require(shell.waitFor("/app # "), "no prompt:\n\(shell.screen.text)")
    shell.send("hostname\r")
    #expect(shell.waitFor("hostname\n\(id)\n/app # "), "\(shell.screen.text)")
    shell.send("nslookup iotd\r")
    #expect(shell.waitFor("Address 1: 10.0.1.2"), "\(shell.screen.text)")
    shell.send("exit\r")
    #expect(shell.waitForExit(timeout: 10) == 0, "\(shell.screen.text)")
  }

  @Test("service logs -f follows new lines as the simulated clock moves on, until Ctrl-C")
  func logsFollow() throws {
    var host = try host()
    defer { #expect(host.server.stop()) }
    _ = host.run("docker swarm init")
    _ = host.run("docker service create --detach --name timecheck diamol/ch12-timecheck:1.0")
    _ = host.run("sleep 6")
    let follow = try terminal(host, "docker service logs -f --tail 1 timecheck")
    try #require(follow.waitFor("| App version: 1.0"), "\(follow.screen.text)")
    let before = follow.screen.text.components(separatedBy: "App version").count
    #expect(before == 2, "--tail 1 shows one line:\n\(follow.screen.text)")
    #expect(host.server.advanceClock("10s"))
    #expect(
      follow.waitFor("App version", count: 3, timeout: 10), "no new lines:\n\(follow.screen.text)")
    // Ctrl-C ends the CLI (by signal or status 130, depending on the client); not checked.
    follow.send("\u{3}")
    _ = follow.waitForExit(timeout: 5)
  }
}
