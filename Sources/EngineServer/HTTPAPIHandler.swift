import EngineAPI
import NIOCore
import NIOHTTP1

/// One connection's HTTP/1.1 side: collects a request (refusing bodies past the limit),
/// routes it through the `EngineHost` on this event loop, and writes the answer. A logs
/// follow keeps the response open and polls for lines; an exec start with `Upgrade: tcp`
/// hands the raw connection to an `ExecStreamHandler`.
final class HTTPAPIHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  /// dockerd reads bodies without a limit; a simulated one needs none larger than this.
  static let maxBody = 1 << 20
  static let followInterval = TimeAmount.milliseconds(200)

  private let host: EngineHost
  private let encoder: HTTPResponseEncoder
  private let decoder: ByteToMessageHandler<HTTPRequestDecoder>
  private var head: HTTPRequestHead?
  private var body: [UInt8] = []
  private var oversized = false
  private var follow: RepeatedTask?

  init(
    host: EngineHost, encoder: HTTPResponseEncoder,
    decoder: ByteToMessageHandler<HTTPRequestDecoder>
  ) {
    self.host = host
    self.encoder = encoder
    self.decoder = decoder
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      self.head = head
      body = []
      oversized = false
    case .body(var buffer):
      if body.count + buffer.readableBytes > Self.maxBody {
        oversized = true
        body = []
      } else if !oversized, let bytes = buffer.readBytes(length: buffer.readableBytes) {
        body += bytes
      }
    case .end:
      guard let head else { return }
      self.head = nil
      respond(context: context, head: head)
    }
  }

  private func respond(context: ChannelHandlerContext, head: HTTPRequestHead) {
    let response: APIResponse
    if oversized {
      response = .error(
        .invalidParameter("request body too large: the limit is \(Self.maxBody) bytes"))
    } else {
      let upgrade =
        head.headers["Upgrade"].contains { $0.lowercased() == "tcp" }
        && head.headers["Connection"].contains { $0.lowercased().contains("upgrade") }
      do throws(EngineError) {
        let request = try APIRequest(
          method: head.method.rawValue, uri: head.uri, body: body, wantsUpgrade: upgrade)
        response = host.handle(request)
        if host.logRequests {
          FileHandleOutput.standardError(
            "\(head.method.rawValue) \(head.uri) -> \(response.status)")
        }
      } catch {
        response = .error(error)
      }
    }
    body = []
    if let hijack = response.hijack {
      startHijack(context: context, response: response, hijack: hijack)
      return
    }
    var headers = HTTPHeaders(response.headers)
    headers.replaceOrAdd(name: "Server", value: "Docker/20.10.24 (linux)")
    headers.replaceOrAdd(name: "Api-Version", value: APIRequest.maxVersion)
    if response.follow == nil {
      headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
    }
    let keepAlive = head.isKeepAlive && response.follow == nil
    headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
    let status = HTTPResponseStatus(statusCode: response.status)
    context.write(
      wrapOutboundOut(
        .head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
      promise: nil)
    if !response.body.isEmpty && head.method != .HEAD {
      context.write(
        wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))),
        promise: nil)
    }
    if var follow = response.follow {
      context.flush()
      startFollow(context: context, &follow)
      return
    }
    let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
    if !keepAlive {
      done.whenComplete { [channel = context.channel] _ in channel.close(promise: nil) }
    }
  }

  /// Polls the engine for new log lines until the source is gone or the client leaves.
  private func startFollow(context: ChannelHandlerContext, _ state: inout LogFollow) {
    var current = state
    let channel = context.channel
    let host = self.host
    let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
    let ctx = NIOLoopBound(context, eventLoop: context.eventLoop)
    follow = context.eventLoop.scheduleRepeatedTask(
      initialDelay: Self.followInterval, delay: Self.followInterval
    ) { task in
      guard channel.isActive else {
        task.cancel()
        return
      }
      guard let bytes = host.followMore(&current) else {
        task.cancel()
        bound.value.follow = nil
        ctx.value.writeAndFlush(bound.value.wrapOutboundOut(.end(nil))).whenComplete { _ in
          channel.close(promise: nil)
        }
        return
      }
      if !bytes.isEmpty {
        ctx.value.writeAndFlush(
          bound.value.wrapOutboundOut(.body(.byteBuffer(channel.allocator.buffer(bytes: bytes)))),
          promise: nil)
      }
    }
  }

  /// Switches protocols as dockerd does after hijacking: a raw 101, then the exec's stream.
  private func startHijack(
    context: ChannelHandlerContext, response: APIResponse, hijack: ExecHijack
  ) {
    let pipeline = context.pipeline.syncOperations
    let stream = ExecStreamHandler(host: host, hijack: hijack, headers: response.headers)
    do {
      // The HTTP encoder goes first (the stream writes raw bytes); the decoder last, so any
      // bytes it already holds reach the stream.
      pipeline.removeHandler(encoder, promise: nil)
      pipeline.removeHandler(context: context, promise: nil)
      try pipeline.addHandler(stream, position: .last)
      pipeline.removeHandler(decoder, promise: nil)
    } catch {
      context.close(promise: nil)
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    follow?.cancel()
    follow = nil
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    // A request that is not HTTP gets dockerd's kind of answer, then the door.
    if error is HTTPParserError {
      let body = Array("{\"message\":\"malformed HTTP request\"}\n".utf8)
      var headers = HTTPHeaders([("Content-Type", "application/json")])
      headers.add(name: "Content-Length", value: String(body.count))
      headers.add(name: "Connection", value: "close")
      context.write(
        wrapOutboundOut(
          .head(HTTPResponseHead(version: .http1_1, status: .badRequest, headers: headers))),
        promise: nil)
      context.write(
        wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))),
        promise: nil)
      context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete {
        [channel = context.channel] _ in channel.close(promise: nil)
      }
      return
    }
    context.close(promise: nil)
  }
}
