public import Engine
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `swarmlab serve`: the Engine API over HTTP/1.1 on a unix socket and, when asked, a loopback
/// TCP port. One event loop thread runs every connection, and each request reaches the
/// simulated dockerd through the host's `EngineGate`, so requests from any number of clients
/// (and, inside the shell, the learner's own commands) reach it one at a time.
public final class EngineServer: @unchecked Sendable {
  /// Used on `loop`, through its gate.
  public let host: EngineHost
  let group: MultiThreadedEventLoopGroup
  var loop: any EventLoop { group.next() }
  private var channels: [any Channel] = []
  /// The API connections open now, so `stopListening` can end them.
  private let connections = OpenConnections()
  public private(set) var socketPath: String?
  /// The loopback `HOST:PORT`s the API answers on.
  public private(set) var tcpAddresses: [String] = []

  /// `gate`: the door the engine's other users (the interactive shell) also go through.
  public init(engine: Engine, clockMode: EngineHost.ClockMode, gate: EngineGate = EngineGate()) {
    group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    host = EngineHost(engine: engine, clockMode: clockMode, gate: gate)
  }

  public struct ServeError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Listens on a unix socket (mode 0600; a stale socket file is replaced).
  public func listen(unixSocket path: String) throws {
    var info = stat()
    if lstat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFSOCK else {
        throw ServeError(description: "\(path) exists and is not a socket; not replacing it")
      }
      // One that answers belongs to a server still running (another shell's, say).
      guard !Self.answers(unixSocket: path) else {
        throw ServeError(
          description: "\(path) is in use by another server; choose another with --socket PATH")
      }
      unlink(path)
    }
    // The socket is created private: no moment exists when others could connect.
    let old = umask(0o077)
    defer { umask(old) }
    do {
      channels.append(try bootstrap().bind(unixDomainSocketPath: path).wait())
    } catch {
      throw ServeError(description: "cannot listen on \(path): \(error)")
    }
    chmod(path, 0o600)
    socketPath = path
  }

  /// Listens on a loopback TCP address; any other address is refused, since the API gives
  /// whoever reaches it the whole (simulated) machine.
  public func listen(tcp address: String) throws -> Int {
    guard let colon = address.lastIndex(of: ":"),
      let port = Int(address[address.index(after: colon)...]),
      (0...65535).contains(port)
    else {
      throw ServeError(
        description: "--tcp takes HOST:PORT, such as 127.0.0.1:2375; got '\(address)'")
    }
    let hostPart = String(address[..<colon]).trimmingCharacters(in: ["[", "]"])
    guard ["127.0.0.1", "localhost", "::1"].contains(hostPart) else {
      throw ServeError(
        description:
          "refusing to listen on \(hostPart): swarmlab serve only listens on loopback (127.0.0.1 or ::1)"
      )
    }
    do {
      let channel = try bootstrap().bind(host: hostPart, port: port).wait()
      channels.append(channel)
      let bound = channel.localAddress?.port ?? port
      tcpAddresses.append((hostPart.contains(":") ? "[\(hostPart)]" : hostPart) + ":\(bound)")
      return bound
    } catch {
      throw ServeError(description: "cannot listen on \(address): \(error)")
    }
  }

  private func bootstrap() -> ServerBootstrap {
    let host = self.host
    let connections = self.connections
    return ServerBootstrap(group: group)
      .serverChannelOption(.backlog, value: 256)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(.allowRemoteHalfClosure, value: true)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          let encoder = HTTPResponseEncoder()
          let decoder = ByteToMessageHandler(
            HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes))
          let api = HTTPAPIHandler(host: host, encoder: encoder, decoder: decoder)
          try channel.pipeline.syncOperations.addHandlers([encoder, decoder, api])
          connections.add(channel)
        }
      }
  }

  /// Publishes the services' ports on 127.0.0.1 as they come and go (`--ports`); `report`
  /// hears of each port opened, closed or already taken on the host. Not to be called
  /// inside the gate.
  public func publishPorts(report: @escaping @Sendable (String) -> Void) throws {
    let host = self.host
    let group = self.group
    try loop.flatSubmit {
      let ports = PublishedPorts(host: host, group: group, report: report)
      host.publishedPorts = ports
      host.onChange = { [weak ports] in ports?.sync() }
      return host.gate.exclusive { ports.sync() }
    }.wait()
  }

  /// Whether published ports are answered on 127.0.0.1.
  public var publishesPorts: Bool {
    let host = self.host
    return (try? loop.submit { host.publishedPorts != nil }.wait()) ?? false
  }

  /// Brings the published-port listeners in line with the services after a change made
  /// outside the server (a command typed in the shell), and waits until each new one is bound
  /// or reported taken. Not to be called inside the gate.
  public func syncPorts() {
    let host = self.host
    let loop = self.loop
    _ = try? loop.flatSubmit {
      guard let ports = host.publishedPorts else { return loop.makeSucceededVoidFuture() }
      return host.gate.exclusive { ports.sync() }
    }.wait()
  }

  /// Stops answering on published ports (the listeners close; the services stay published).
  public func unpublishPorts() {
    let host = self.host
    try? loop.submit {
      host.publishedPorts?.closeAll()
      host.publishedPorts = nil
      host.onChange = nil
    }.wait()
  }

  /// Runs `body` with the host on its event loop, through the gate, and waits for the result.
  /// Not to be called inside the gate.
  public func withHost<T: Sendable>(_ body: @escaping @Sendable (EngineHost) -> T) throws -> T {
    let host = self.host
    return try loop.submit { host.gate.exclusive { body(host) } }.wait()
  }

  /// Whether the API is being served on a socket or port.
  public var isListening: Bool { !channels.isEmpty }

  /// Stops serving the API (the socket file is removed) but keeps the event loop, and the
  /// published ports, for a later `listen`. Not to be called inside the gate.
  public func stopListening() {
    for channel in channels { try? channel.close().wait() }
    channels = []
    // Clients still connected (a `logs -f`, an exec shell) are let go too.
    let connections = self.connections
    try? loop.submit { connections.closeAll() }.wait()
    if let socketPath { unlink(socketPath) }
    socketPath = nil
    tcpAddresses = []
  }

  /// Whether something accepts connections on the unix socket at `path`.
  static func answers(unixSocket path: String) -> Bool {
    #if canImport(Glibc)
      let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let fits = withUnsafeMutableBytes(of: &address.sun_path) { raw -> Bool in
      let bytes = Array(path.utf8)
      guard bytes.count < raw.count else { return false }
      for (i, byte) in bytes.enumerated() { raw[i] = byte }
      return true
    }
    guard fits else { return false }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
      }
    }
  }

  /// Stops listening, closes every connection and removes the socket file. Not to be called
  /// inside the gate.
  public func shutdown() {
    unpublishPorts()
    stopListening()
    try? group.syncShutdownGracefully()
  }
}

/// The API connections open now. Used on the event loop only.
final class OpenConnections: @unchecked Sendable {
  private var open: [ObjectIdentifier: any Channel] = [:]

  func add(_ channel: any Channel) {
    let key = ObjectIdentifier(channel)
    open[key] = channel
    channel.closeFuture.whenComplete { [self] _ in open[key] = nil }
  }

  func closeAll() {
    for channel in Array(open.values) { channel.close(promise: nil) }
  }
}

/// Diagnostics on stderr, unbuffered.
enum FileHandleOutput {
  static func standardError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}
