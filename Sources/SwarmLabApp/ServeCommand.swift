import ArgumentParser
import Dispatch
import Engine
import EngineServer
import Foundation
import Session
import SwarmCore

/// `swarmlab serve`: the simulated swarm behind the Docker Engine API, for the learner's own
/// `docker` CLI, docker-py and other Engine API tools.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Serve the simulated swarm over the Docker Engine API (v1.41) for your own docker CLI.",
    discussion: """
      Prints the DOCKER_HOST line to use. The simulated clock follows real time; with \
      --clock manual it moves only through POST /_swarmlab/clock?advance=DURATION (a test aid: \
      see README). Stop with Ctrl-C; the socket is removed.
      """)

  @OptionGroup var options: SessionOptions

  @Option(
    help:
      "Unix socket path (default: $XDG_RUNTIME_DIR/swarmlab.sock, or a private temporary folder).")
  var socket: String?

  @Option(help: "Also listen on this loopback TCP address, such as 127.0.0.1:2375.")
  var tcp: String?

  @Option(help: "Start with machines joined as a swarm, such as 3m2w (3 managers, 2 workers).")
  var template: String?

  @Option(help: "real: the simulated clock follows real time; manual: it moves only when told to.")
  var clock: String = "real"

  @OptionGroup var published: PublishedPortsOption
  var ports: Bool { published.ports }

  @Flag(help: "Print each request and its status on stderr.")
  var logRequests = false

  mutating func run() throws {
    guard let mode = EngineHost.ClockMode(rawValue: clock) else {
      throw ValidationError("--clock is real or manual, got '\(clock)'")
    }
    var config = try options.configuration()
    // As in the interactive shell, the clock starts at the learner's real time unless fixed.
    if options.startTime == nil { config.startTime = SimTime(nanos: EngineHost.wallNanos()) }
    var cluster = Cluster(config: config.simulation, catalog: config.catalog)
    if let template {
      guard let parsed = SwarmTemplate(template) else {
        throw ValidationError(
          "unknown template \"\(template)\" (use <managers>m<workers>w, such as 3m2w)")
      }
      do { try parsed.build(&cluster) } catch {
        throw ValidationError("cannot build template \(template): \(error)")
      }
    }
    let server = EngineServer(engine: Engine(cluster: cluster), clockMode: mode)
    server.host.logRequests = logRequests
    let path = try socket ?? Self.defaultSocketPath()
    do {
      try server.listen(unixSocket: path)
      var lines = ["export DOCKER_HOST=unix://\(path)"]
      if let tcp {
        let port = try server.listen(tcp: tcp)
        let host = tcp[..<(tcp.lastIndex(of: ":") ?? tcp.endIndex)]
        lines.append("# or: export DOCKER_HOST=tcp://\(host):\(port)")
      }
      print("SwarmLab is serving the Docker Engine API (v1.41) for a simulated swarm.")
      print("Use it from another terminal with:\n")
      for line in lines { print("    " + line) }
      print("\nStop with Ctrl-C.")
      if ports {
        try server.publishPorts { line in
          FileHandle.standardError.write(Data(("swarmlab serve: " + line + "\n").utf8))
        }
      }
      fflush(nil)
    } catch {
      server.shutdown()
      throw error
    }
    Self.waitForSignal()
    server.shutdown()
    print("swarmlab serve: stopped; removed \(path)")
  }

  /// `$XDG_RUNTIME_DIR/swarmlab.sock`, else a socket in a new private (0700) temporary folder.
  static func defaultSocketPath() throws -> String {
    if let runtime = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
      return runtime + "/swarmlab.sock"
    }
    var template = Array((NSTemporaryDirectory() + "swarmlab-XXXXXX").utf8CString)
    guard let dir = mkdtemp(&template) else {
      throw ValidationError("cannot create a private temporary folder for the socket")
    }
    return String(cString: dir) + "/docker.sock"
  }

  /// Blocks until SIGINT or SIGTERM.
  static func waitForSignal() {
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    let done = DispatchSemaphore(value: 0)
    let queue = DispatchQueue(label: "swarmlab.serve.signals")
    let sources = [SIGINT, SIGTERM].map { number in
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { done.signal() }
      source.resume()
      return source
    }
    done.wait()
    for source in sources { source.cancel() }
  }
}
