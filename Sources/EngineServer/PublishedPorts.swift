import Engine
import NIOCore
import NIOHTTP1
import NIOPosix
import SwarmCore

/// `swarmlab serve --ports`: every port a simulated service publishes also listens on
/// 127.0.0.1 and answers with the simulated app through the routing mesh (round-robin over
/// the running replicas), so `curl localhost:8010` or a browser reaches it. Runs on the
/// server's event loop (and uses the engine through its gate); a port the host already uses is
/// reported once and left simulated.
final class PublishedPorts {
  private let host: EngineHost
  private let group: any EventLoopGroup
  private var listening: [Int: any Channel] = [:]
  /// Ports being bound or that could not be bound (reported once, until their service goes).
  private var unavailable: Set<Int> = []
  let report: (String) -> Void

  init(host: EngineHost, group: any EventLoopGroup, report: @escaping (String) -> Void) {
    self.host = host
    self.group = group
    self.report = report
  }

  /// Opens listeners for newly published ports and closes those no longer published. Call
  /// on the event loop, inside `gate.exclusive`; the future completes once every new
  /// listener is bound or found taken (and reported), so a shell can report before its prompt.
  @discardableResult
  func sync() -> EventLoopFuture<Void> {
    let loop = group.any()
    var wanted: [Int] = []
    for service in host.engine.cluster.state.services.values {
      for port in service.endpointPorts
      where port.publishMode == "ingress" && port.publishedPort > 0 {
        wanted.append(port.publishedPort)
      }
    }
    wanted.sort()
    for port in listening.keys.sorted() where !wanted.contains(port) {
      listening[port]?.close(promise: nil)
      listening[port] = nil
      report("port \(port) closed (no service publishes it any more)")
    }
    unavailable = unavailable.filter { wanted.contains($0) }
    var binds: [EventLoopFuture<Void>] = []
    for port in wanted where listening[port] == nil && !unavailable.contains(port) {
      let host = self.host
      let bootstrap = ServerBootstrap(group: group)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .childChannelInitializer { channel in
          channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.pipeline.syncOperations.addHandler(MeshHTTPHandler(host: host, port: port))
          }
        }
      // Bound asynchronously: this runs on the event loop, which must never wait on itself.
      unavailable.insert(port)
      let bound = NIOLoopBound(self, eventLoop: loop)
      let done = loop.makePromise(of: Void.self)
      binds.append(done.futureResult)
      bootstrap.bind(host: "127.0.0.1", port: port).whenComplete { result in
        let ports = bound.value
        switch result {
        case .success(let channel):
          ports.unavailable.remove(port)
          ports.listening[port] = channel
          ports.report("http://localhost:\(port) answers with the simulated service")
        case .failure:
          ports.report(
            "port \(port) is already in use on this host; the service publishes it in the simulation only"
          )
        }
        done.succeed(())
      }
    }
    return EventLoopFuture.andAllComplete(binds, on: loop)
  }

  func closeAll() {
    for channel in listening.values { channel.close(promise: nil) }
    listening = [:]
  }
}

/// One HTTP connection to a published port: each request goes to the next replica's app.
final class MeshHTTPHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let host: EngineHost
  private let port: Int
  private var head: HTTPRequestHead?
  private var body: [UInt8] = []

  init(host: EngineHost, port: Int) {
    self.host = host
    self.port = port
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      self.head = head
      body = []
    case .body(var buffer):
      if body.count < 1 << 20, let bytes = buffer.readBytes(length: buffer.readableBytes) {
        body += bytes
      }
    case .end:
      guard let head else { return }
      self.head = nil
      let text = body.isEmpty ? nil : String(decoding: body, as: UTF8.self)
      let (outcome, date) = host.gate.exclusive { [host, port] in
        // Like any request outside a CLI's progress loop, this ends it (manual clock).
        host.finishProgressWatch()
        host.syncClock()
        let outcome = ClusterHTTP.sendToMesh(
          head.method.rawValue, port: port, path: head.uri, body: text, &host.engine.cluster)
        return (outcome, host.engine.httpDate())
      }
      guard case .success(let response) = outcome else {
        // Refused or an app that died: the connection closes with no answer, as a reset would.
        context.close(promise: nil)
        return
      }
      var headers = HTTPHeaders()
      if let type = response.contentType { headers.add(name: "Content-Type", value: type) }
      headers.add(name: "Date", value: date)
      headers.add(name: "Content-Length", value: String(response.body.utf8.count))
      let status = HTTPResponseStatus(statusCode: response.status, reasonPhrase: response.reason)
      context.write(
        wrapOutboundOut(
          .head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
        promise: nil)
      context.write(
        wrapOutboundOut(
          .body(.byteBuffer(context.channel.allocator.buffer(string: response.body)))),
        promise: nil)
      let keepAlive = head.isKeepAlive
      context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete {
        [channel = context.channel] _ in if !keepAlive { channel.close(promise: nil) }
      }
    }
  }
}
