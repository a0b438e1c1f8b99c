import ArgumentParser
import Engine
import EngineServer
import Foundation
import LineEditor
import NIOConcurrencyHelpers
import Session

/// `serve` inside the interactive shell, and the shell's `--ports`: the shell's own swarm
/// behind the Docker Engine API (and its published ports on 127.0.0.1), while the prompt keeps
/// working on the same swarm. The server's event loop and the shell's command loop reach the
/// engine only through the shared `EngineGate`; everything here runs on the shell's thread.
final class ShellServer {
  let gate: EngineGate
  private var server: EngineServer?
  /// `swarmlab --ports`: published ports answer on the host for the whole session.
  private(set) var portsForSession = false
  /// Ports `serve --ports` opened, which `serve stop` closes again.
  private var portsFromServe = false
  /// What the event loop reported (a port opened, closed or taken), shown at the next chance
  /// rather than over the prompt the learner is typing at.
  private let reports = NIOLockedValueBox<[String]>([])

  init(gate: EngineGate) { self.gate = gate }

  /// `help`'s entries for it.
  static let commands = CommandRegistry.Group(
    "Your own docker CLI",
    [
      .init(
        "serve [--ports] [--tcp A]",
        "serve this swarm over the Engine API; prints the DOCKER_HOST to use",
        commandNames: ["serve"]),
      .init("serve stop", "stop serving (leaving SwarmLab does too)", commandNames: []),
    ])

  /// `serve`'s flags, parsed as `swarmlab serve` parses its own.
  struct Arguments: ParsableArguments {
    @Argument(help: "stop: stop serving.") var action: String?
    @Option(help: "Unix socket path (default: $XDG_RUNTIME_DIR/swarmlab.sock).") var socket: String?
    @Option(help: "Also listen on this loopback TCP address, such as 127.0.0.1:2375.") var tcp:
      String?
    @Flag(help: "Also answer on 127.0.0.1 at every port a service publishes.") var ports = false
  }

  /// The words of a `serve` line, or nil when the line is not one. Shell syntax around it is
  /// refused in `run`, not guessed at.
  static func words(_ line: String) -> [String]? {
    let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
    return words.first == "serve" ? Array(words.dropFirst()) : nil
  }

  /// Runs `serve …`; returns its exit status. `engine` is the session's simulated dockerd
  /// (nil on a real engine); `recording` refuses, since other clients' requests would be
  /// missing from the transcript.
  func run(
    _ line: String, _ words: [String], engine: Engine?, recording: Bool, terminal: TerminalOutput
  ) -> Int32 {
    func fail(_ message: String, _ code: Int32 = 1) -> Int32 {
      terminal.writeError("serve: \(message)\n")
      return code
    }
    if line.contains(where: { ";|&<>$`'\"\\(){}".contains($0) }) {
      return fail("type it alone on its line, without quotes, pipes or redirections", 2)
    }
    let arguments: Arguments
    do {
      arguments = try Arguments.parse(words)
    } catch {
      if Arguments.exitCode(for: error) == .success {
        terminal.write(Self.usage + "\n\n" + Self.helpText)
        return 0
      }
      return fail(Arguments.message(for: error) + "\n" + Self.usage, 2)
    }
    if let action = arguments.action {
      guard action == "stop", words == ["stop"] else {
        return fail("'\(words.joined(separator: " "))' is not understood\n" + Self.usage, 2)
      }
      guard server?.isListening == true else { return fail("not serving") }
      stop(terminal)
      return 0
    }
    if let server, server.isListening {
      guard words.isEmpty else {
        return fail("already serving (see below); serve stop first\n" + instructions(server))
      }
      terminal.write("SwarmLab is serving this shell's swarm.\n" + instructions(server))
      return 0
    }
    guard let engine else {
      return fail(
        "this shell's docker commands go to a real engine (--engine); serve shares the simulated swarm only"
      )
    }
    guard !recording else {
      return fail(
        "not while recording: other clients' requests would be missing from the transcript")
    }
    let path: String
    do { path = try arguments.socket ?? ServeCommand.defaultSocketPath() } catch {
      return fail("\(error)")
    }
    let server = self.server(for: engine)
    do {
      try server.listen(unixSocket: path)
      if let tcp = arguments.tcp { _ = try server.listen(tcp: tcp) }
      if arguments.ports && !server.publishesPorts {
        try publish(server)
        portsFromServe = true
      }
    } catch {
      server.stopListening()
      ServeCommand.removePrivateFolder(of: path)
      return fail("\(error)")
    }
    // Killed rather than left (SIGTERM, a closed terminal's SIGHUP), the shell still removes
    // the socket, as `swarmlab serve` does on its signals.
    Interrupts.removeOnTermination(server.socketPath)
    terminal.write(
      "SwarmLab is serving this shell's swarm over the Docker Engine API (v1.41).\n"
        + instructions(server))
    showReports(terminal)
    return 0
  }

  static let usage = "Usage: serve [--socket PATH] [--tcp 127.0.0.1:PORT] [--ports] | serve stop"

  static let helpText = """
    Serves this shell's own swarm over the Docker Engine API (v1.41), so your own docker CLI,
    docker-py or another Engine API tool work on the swarm this prompt shows. The socket is
    private (mode 0600); --tcp listens on loopback only. With --ports every port a service
    publishes also answers on 127.0.0.1. `serve stop`, or leaving SwarmLab, removes the socket.

    """

  private func instructions(_ server: EngineServer) -> String {
    var text = "Use it from another terminal with:\n\n"
    if let path = server.socketPath { text += "    export DOCKER_HOST=unix://\(path)\n" }
    for address in server.tcpAddresses { text += "    # or: export DOCKER_HOST=tcp://\(address)\n" }
    return text + "\nserve stop (or leaving SwarmLab) stops it.\n"
  }

  /// `swarmlab --ports`: published ports answer on 127.0.0.1 from the start.
  func publishPortsForSession(engine: Engine) throws {
    try publish(server(for: engine))
    portsForSession = true
  }

  private func server(for engine: Engine) -> EngineServer {
    if let server { return server }
    // The clock follows real time, as at the prompt; the gate keeps one account of it.
    let server = EngineServer(engine: engine, clockMode: .realTime, gate: gate)
    self.server = server
    return server
  }

  private func publish(_ server: EngineServer) throws {
    let reports = self.reports
    try server.publishPorts { line in reports.withLockedValue { $0.append(line) } }
  }

  /// After a command typed at the prompt: the server serves the session's current engine (a
  /// lesson's `reset` builds a new one). Call inside the gate.
  func follow(_ engine: Engine?) {
    guard let server, let engine else { return }
    server.host.rebind(engine)
  }

  /// After a command typed at the prompt, outside the gate: the published-port listeners
  /// follow the services, and what they report is shown before the next prompt.
  func afterCommand(_ terminal: TerminalOutput) {
    server?.syncPorts()
    showReports(terminal)
  }

  /// Shows what the event loop reported since last time.
  func showReports(_ terminal: TerminalOutput) {
    let lines = reports.withLockedValue { lines in
      defer { lines = [] }
      return lines
    }
    for line in lines { terminal.writeError("swarmlab: \(line)\n") }
  }

  private func stop(_ terminal: TerminalOutput) {
    guard let server else { return }
    let path = server.socketPath
    Interrupts.removeOnTermination(nil)
    server.stopListening()
    if let path { ServeCommand.removePrivateFolder(of: path) }
    if portsFromServe && !portsForSession {
      server.unpublishPorts()
      portsFromServe = false
    }
    terminal.write("SwarmLab stopped serving" + (path.map { "; removed \($0)" } ?? "") + ".\n")
  }

  /// Leaving the shell: every listener closes and the socket file goes.
  func shutdown() {
    if server != nil { Interrupts.removeOnTermination(nil) }
    let path = server?.socketPath
    server?.shutdown()
    if let path { ServeCommand.removePrivateFolder(of: path) }
    server = nil
  }
}
