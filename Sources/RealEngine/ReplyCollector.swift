import NIOCore
import NIOHTTP1

/// Gathers one HTTP response (head, body up to a limit, end) into the transport's promise; the
/// reply is complete at its end, or when dockerd closes a body it sent without a length (a raw
/// exec stream).
final class ReplyCollector: ChannelInboundHandler {
  typealias InboundIn = HTTPClientResponsePart

  /// The reply passed the size limit; the connection is dropped.
  struct TooBig: Error {
    var maxBodySize: Int
  }

  private let reply: EventLoopPromise<EngineTransport.Reply>
  private let maxBodySize: Int
  private var head: HTTPResponseHead?
  private var body: [UInt8] = []
  /// The promise is completed once; later events (the close that follows) are ignored.
  private var finished = false

  init(reply: EventLoopPromise<EngineTransport.Reply>, maxBodySize: Int) {
    self.reply = reply
    self.maxBodySize = maxBodySize
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard !finished else { return }
    switch unwrapInboundIn(data) {
    case .head(let received):
      head = received
    case .body(let buffer):
      guard body.count + buffer.readableBytes <= maxBodySize else {
        finish(context, .failure(TooBig(maxBodySize: maxBodySize)))
        return
      }
      body += buffer.readableBytesView
    case .end:
      guard let head else {
        finish(context, .failure(ChannelError.inputClosed))
        return
      }
      finish(
        context,
        .success(
          EngineTransport.Reply(
            status: Int(head.status.code), headers: head.headers.map { ($0.name, $0.value) },
            body: body)))
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    finish(context, .failure(error))
  }

  func channelInactive(context: ChannelHandlerContext) {
    finish(context, .failure(ChannelError.eof))
  }

  private func finish(
    _ context: ChannelHandlerContext, _ result: Result<EngineTransport.Reply, any Error>
  ) {
    guard !finished else { return }
    finished = true
    reply.completeWith(result)
    context.close(promise: nil)
  }
}
