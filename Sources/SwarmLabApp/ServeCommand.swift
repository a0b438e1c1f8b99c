import ArgumentParser
import Engine
import EngineServer
import Foundation
import Session
import SwarmCore
import Synchronization

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
  @OptionGroup(visibility: .private) var shell: ShellOptions

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
    let waitForStop = Self.holdStopSignals()
    try shell.check("serve")
    try options.refuseEngine(
      "serve serves a simulated swarm; point your docker CLI at the real engine itself")
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
      Self.removePrivateFolder(of: path)
      throw error
    }
    waitForStop()
    server.shutdown()
    Self.removePrivateFolder(of: path)
    print("swarmlab serve: stopped; removed \(path)")
  }

  /// `$XDG_RUNTIME_DIR/swarmlab.sock`, else a socket in a new private (0700) temporary folder.
  static func defaultSocketPath() throws -> String {
    if let runtime = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
      return runtime + "/swarmlab.sock"
    }
    return try makePrivateFolder() + "/docker.sock"
  }

  /// A new private (0700) temporary folder, remembered so `removePrivateFolder` may remove it.
  static func makePrivateFolder() throws -> String {
    var template = Array((NSTemporaryDirectory() + "swarmlab-XXXXXX").utf8CString)
    guard let dir = mkdtemp(&template) else {
      throw ValidationError("cannot create a private temporary folder for the socket")
    }
    let folder = String(cString: dir)
    privateFolders.withLock { _ = $0.insert(folder) }
    return folder
  }

  /// The folders `defaultSocketPath` made in this process.
  static let privateFolders = Mutex<Set<String>>([])

  /// Removes the private folder `defaultSocketPath` made for `socketPath`, once the socket is
  /// gone. Only a folder this process made, and only when empty (`rmdir` refuses anything
  /// else): a `--socket` in someone else's folder leaves that folder alone.
  static func removePrivateFolder(of socketPath: String) {
    let folder = (socketPath as NSString).deletingLastPathComponent
    guard privateFolders.withLock({ $0.remove(folder) != nil }) else { return }
    rmdir(folder)
  }

  /// Holds SIGINT, SIGTERM and SIGHUP (the terminal it ran in was closed) from now on, so one
  /// sent as soon as "Stop with Ctrl-C" is printed still stops the server cleanly; the result
  /// blocks until one arrives. Call before any thread starts: threads inherit the blocked
  /// set, so the signal waits for `sigwait` rather than ending the process. A signal the
  /// process was started ignoring (SIGHUP under `nohup`) stays ignored.
  static func holdStopSignals() -> () -> Void {
    // Linux queues a blocked signal even when it is ignored, so an ignored SIGHUP is left
    // out. C function pointers are not Equatable: the handlers' addresses are compared.
    let previous = signal(SIGHUP, SIG_IGN)
    signal(SIGHUP, previous)
    let hangupIgnored =
      unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    var stops = sigset_t()
    sigemptyset(&stops)
    for number in [SIGINT, SIGTERM] + (hangupIgnored ? [] : [SIGHUP]) {
      sigaddset(&stops, number)
    }
    pthread_sigmask(SIG_BLOCK, &stops, nil)
    return {
      var number: Int32 = 0
      while sigwait(&stops, &number) != 0 {}
    }
  }
}
