import EngineAPI
import NIOCore

/// A hijacked `exec start` connection: writes the raw `101 UPGRADED` head dockerd sends, the
/// exec's first output, then relays typed lines to the simulated shell until it exits.
final class ExecStreamHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  private let host: EngineHost
  private let hijack: ExecHijack
  private let headers: [(String, String)]
  private var relay: ExecRelay
  private var finished = false

  init(host: EngineHost, hijack: ExecHijack, headers: [(String, String)]) {
    self.host = host
    self.hijack = hijack
    self.headers = headers
    self.relay = ExecRelay(tty: hijack.tty)
  }

  func handlerAdded(context: ChannelHandlerContext) {
    var head = "HTTP/1.1 101 UPGRADED\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    head += "\r\n"
    write(context, Array(head.utf8) + ExecRelay.encode(hijack.initial, tty: hijack.tty))
    if hijack.initial.exitCode != nil { finish(context) }
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    var buffer = unwrapInboundIn(data)
    guard !finished, let bytes = buffer.readBytes(length: buffer.readableBytes) else { return }
    let (echo, lines) = relay.feed(bytes)
    if !echo.isEmpty { write(context, echo) }
    for line in lines {
      let output = host.execLine(hijack.execID, line ?? "exit")
      write(context, ExecRelay.encode(output, tty: hijack.tty))
      if output.exitCode != nil || line == nil {
        finish(context)
        return
      }
    }
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    // The client closed its stdin (`CloseWrite`): the shell reads end of input and exits.
    if case .inputClosed = event as? ChannelEvent, !finished {
      _ = host.execLine(hijack.execID, "exit")
      finish(context)
      return
    }
    context.fireUserInboundEventTriggered(event)
  }

  private func write(_ context: ChannelHandlerContext, _ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    context.writeAndFlush(
      wrapOutboundOut(context.channel.allocator.buffer(bytes: bytes)), promise: nil)
  }

  private func finish(_ context: ChannelHandlerContext) {
    finished = true
    context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(capacity: 0)))
      .whenComplete { [channel = context.channel] _ in channel.close(promise: nil) }
  }
}
