import Foundation
import Lessons
import Session
import Testing

@testable import SwarmLabApp

#if canImport(Glibc)
  import Glibc
#endif

/// `serve` inside the shell: the shell's own swarm behind the Engine API, both sides changing
/// it, and `--ports` answering on 127.0.0.1.
@Suite("serve inside the shell", .serialized)
struct ShellServeTests {
  final class Screen: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func add(_ more: String) { lock.withLock { text += more } }
    /// Everything written since the last call.
    func take() -> String {
      lock.withLock {
        defer { text = "" }
        return text
      }
    }
  }

  private func shell() -> (SessionEngine, TerminalOutput, Screen) {
    let screen = Screen()
    let terminal = TerminalOutput(
      isTerminal: false, environment: ["TERM": "dumb"], writeOut: { screen.add($0) },
      writeErr: { screen.add($0) })
    return (SessionEngine(session: Session()), terminal, screen)
  }

  private func socketPath() -> String {
    NSTemporaryDirectory() + "swarmlab-shell-\(UUID().uuidString.prefix(8)).sock"
  }

  private func request(_ path: String, _ method: String, _ target: String, body: String = "")
    -> String
  {
    UnixHTTP.request(
      socket: path,
      "\(method) \(target) HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\n"
        + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
  }

  @Test(
    "serve prints DOCKER_HOST, both sides see each other's services, serve stop removes the socket")
  func sharedSwarm() throws {
    let (engine, terminal, screen) = shell()
    defer { engine.shutdown() }
    let path = socketPath()
    _ = engine.execute("docker swarm init", terminal: terminal)
    _ = screen.take()
    #expect(engine.execute("serve --socket \(path)", terminal: terminal) == .continue)
    let shown = screen.take()
    #expect(shown.contains("    export DOCKER_HOST=unix://\(path)\n"), "\(shown)")
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)

    let spec =
      #"{"Name":"fromapi","TaskTemplate":{"ContainerSpec":{"Image":"diamol/ch12-timecheck:1.0"}}}"#
    let created = request(path, "POST", "/v1.41/services/create", body: spec)
    #expect(created.hasPrefix("HTTP/1.1 201"), "\(created)")
    _ = engine.execute("docker service ls --format '{{.Name}}'", terminal: terminal)
    #expect(screen.take() == "fromapi\n")

    _ = engine.execute(
      "docker service create -d --name fromshell diamol/ch12-timecheck:1.0", terminal: terminal)
    _ = screen.take()
    let listed = request(path, "GET", "/v1.41/services")
    #expect(listed.contains(#""Name":"fromshell""#) && listed.contains(#""Name":"fromapi""#))

    #expect(engine.execute("serve stop", terminal: terminal) == .continue)
    #expect(screen.take() == "SwarmLab stopped serving; removed \(path).\n")
    #expect(access(path, F_OK) != 0)
    _ = engine.execute("serve stop", terminal: terminal)
    #expect(screen.take() == "serve: not serving\n")
  }

  @Test("the prompt and the server take turns: no request or command is lost")
  func concurrentUse() throws {
    let (engine, terminal, screen) = shell()
    defer { engine.shutdown() }
    let path = socketPath()
    _ = engine.execute("docker swarm init > /dev/null", terminal: terminal)
    _ = engine.execute("serve --socket \(path)", terminal: terminal)
    _ = screen.take()
    let statuses = ThreadSafeList()
    let clients = Thread {
      for i in 0..<40 {
        let response =
          i % 4 == 0
          ? request(
            path, "POST", "/v1.41/services/create",
            body:
              #"{"Name":"api\#(i)","TaskTemplate":{"ContainerSpec":{"Image":"diamol/ch12-timecheck:1.0"}}}"#
          )
          : request(path, "GET", i % 2 == 0 ? "/v1.41/services" : "/v1.41/tasks")
        statuses.add(String(response.prefix(12)))
      }
    }
    clients.start()
    for i in 0..<20 {
      _ = engine.execute(
        "docker service create -d --name shell\(i) diamol/ch12-timecheck:1.0 > /dev/null; docker service ls -q > /dev/null",
        terminal: terminal)
    }
    while statuses.count < 40 { usleep(10_000) }
    #expect(statuses.all.allSatisfy { $0 == "HTTP/1.1 200" || $0 == "HTTP/1.1 201" })
    _ = screen.take()
    _ = engine.execute("docker service ls -q | wc -l", terminal: terminal)
    #expect(screen.take() == "30\n")
  }

  @Test("after a lesson's reset rebuilds the cluster, serve serves the new one")
  func lessonReset() throws {
    let lesson = try LessonParser.parse(
      """
      ---
      id: t1
      title: Test
      seed: 5
      ---
      Intro.

      ## 1.1 First

      ### Step a

      ```step
      id: a
      task: Run a service.
      solution:
        - docker service create --name web diamol/ch12-timecheck:1.0
      check:
        - service: {name: web, running: 1}
      ```
      """, file: "t1.md")
    let screen = Screen()
    let terminal = TerminalOutput(
      isTerminal: false, environment: ["TERM": "dumb"], writeOut: { screen.add($0) },
      writeErr: { screen.add($0) })
    let engine = SessionEngine(
      session: Session(), lessons: LessonShell(library: [lesson], store: nil))
    defer { engine.shutdown() }
    let path = socketPath()
    for line in ["lesson t1", "docker swarm init > /dev/null", "serve --socket \(path)"] {
      _ = engine.execute(line, terminal: terminal)
    }
    let spec =
      #"{"Name":"before","TaskTemplate":{"ContainerSpec":{"Image":"diamol/ch12-timecheck:1.0"}}}"#
    #expect(request(path, "POST", "/v1.41/services/create", body: spec).hasPrefix("HTTP/1.1 201"))
    _ = engine.execute("reset", terminal: terminal)
    _ = engine.execute("reset", terminal: terminal)
    _ = engine.execute("docker swarm init > /dev/null", terminal: terminal)
    let listed = request(path, "GET", "/v1.41/services")
    #expect(listed.hasPrefix("HTTP/1.1 200") && listed.hasSuffix("\r\n\r\n[]\n"), "\(listed)")
  }

  @Test("serve refuses what it cannot do, plainly")
  func refusals() throws {
    let (engine, terminal, screen) = shell()
    defer { engine.shutdown() }
    _ = engine.execute("serve --bogus", terminal: terminal)
    #expect(screen.take().hasPrefix("serve: Unknown option '--bogus'"))
    _ = engine.execute("serve > out.txt", terminal: terminal)
    #expect(
      screen.take()
        == "serve: type it alone on its line, without quotes, pipes or redirections\n")
    let path = socketPath()
    _ = engine.execute("serve --socket \(path) --tcp 0.0.0.0:2375", terminal: terminal)
    #expect(screen.take().contains("only listens on loopback"))
    #expect(access(path, F_OK) != 0, "a refused serve leaves no socket")
    _ = engine.execute("help", terminal: terminal)
    #expect(screen.take().contains("  serve [--ports] [--tcp A]"))
    #expect(engine.completions("ser").contains("serve"))
  }

  @Test("--ports: a port published in the shell answers on 127.0.0.1 with the simulated app")
  func publishedPorts() throws {
    let (engine, terminal, screen) = shell()
    defer { engine.shutdown() }
    try engine.publishPorts()
    let port = try #require(Self.freePort())
    for line in [
      "docker swarm init > /dev/null", "docker network create --driver overlay iotd-net",
      "docker service create -d --replicas 2 --network iotd-net --name iotd diamol/ch09-image-of-the-day",
      // The gallery answers only when both of its back ends do.
      "docker service create -d --network iotd-net --name accesslog diamol/ch09-access-log",
      "docker service create -d --network iotd-net --name gallery --publish \(port):80 diamol/ch09-image-gallery",
      "sleep 5",
    ] {
      _ = engine.execute(line, terminal: terminal)
    }
    #expect(
      screen.take().contains(
        "swarmlab: http://localhost:\(port) answers with the simulated service"))
    let page = Self.httpGet(port: port)
    #expect(page.hasPrefix("HTTP/1.1 200 OK"), "\(page)")
    #expect(page.contains("<title>Image Gallery</title>"), "\(page)")
    _ = engine.execute("docker service rm gallery", terminal: terminal)
    #expect(screen.take().contains("swarmlab: port \(port) closed"))
    #expect(Self.httpGet(port: port).isEmpty, "the port is closed with its service")
  }

  /// A port nothing listens on now.
  static func freePort() -> Int? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ok = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    return ok ? Int(UInt16(bigEndian: address.sin_port)) : nil
  }

  /// `GET /` on 127.0.0.1:PORT, the raw answer ("" when nothing listens).
  static func httpGet(port: Int) -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard connected else { return "" }
    let bytes = Array("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 8192)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { break }
      response += buffer[0..<n]
    }
    return String(decoding: response, as: UTF8.self)
  }
}

/// Strings collected from another thread.
final class ThreadSafeList: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String] = []
  func add(_ value: String) { lock.withLock { values.append(value) } }
  var all: [String] { lock.withLock { values } }
  var count: Int { lock.withLock { values.count } }
}
