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
/// TCP port. One event loop thread owns the `EngineHost`, so requests from any number of
/// clients reach the simulated dockerd one at a time.
public final class EngineServer: @unchecked Sendable {
  /// Confined to `loop`: every use of it runs on that thread.
  public let host: EngineHost
  let group: MultiThreadedEventLoopGroup
  var loop: any EventLoop { group.next() }
  private var channels: [any Channel] = []
  public private(set) var socketPath: String?

  public init(engine: Engine, clockMode: EngineHost.ClockMode) {
    group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    host = EngineHost(engine: engine, clockMode: clockMode)
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
      return channel.localAddress?.port ?? port
    } catch {
      throw ServeError(description: "cannot listen on \(address): \(error)")
    }
  }

  private func bootstrap() -> ServerBootstrap {
    let host = self.host
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
        }
      }
  }

  /// Publishes the services' ports on 127.0.0.1 as they come and go (`--ports`); `report`
  /// hears of each port opened, closed or already taken on the host.
  public func publishPorts(report: @escaping @Sendable (String) -> Void) throws {
    let host = self.host
    let group = self.group
    try loop.submit {
      let ports = PublishedPorts(host: host, group: group, report: report)
      host.publishedPorts = ports
      host.onChange = { [weak ports] in ports?.sync() }
      ports.sync()
    }.wait()
  }

  /// Runs `body` with the host on its event loop and waits for the result.
  public func withHost<T: Sendable>(_ body: @escaping @Sendable (EngineHost) -> T) throws -> T {
    let host = self.host
    return try loop.submit { body(host) }.wait()
  }

  /// Stops listening, closes every connection and removes the socket file.
  public func shutdown() {
    let host = self.host
    try? loop.submit { host.publishedPorts?.closeAll() }.wait()
    for channel in channels { try? channel.close().wait() }
    channels = []
    if let socketPath { unlink(socketPath) }
    socketPath = nil
    try? group.syncShutdownGracefully()
  }
}

/// Diagnostics on stderr, unbuffered.
enum FileHandleOutput {
  static func standardError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}
