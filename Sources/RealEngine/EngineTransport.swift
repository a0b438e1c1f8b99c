public import EngineAPI
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP/1.1 exchange with a real dockerd over SwiftNIO (a unix socket or TCP, plain HTTP as
/// dockerd serves it locally): a connection per request, closed after the reply, and the
/// caller's thread blocked on the reply, which is how SwarmLab's synchronous `EngineClient`
/// protocol is met. Never called on an event loop.
public final class EngineTransport: Sendable {
  /// A reply: status, headers SwarmLab reads, and the body bytes.
  public struct Reply: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
      headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
  }

  public let endpoint: EngineEndpoint
  /// Answers larger than this are refused rather than held in memory (a day of logs of a
  /// chatty service can be large; SwarmLab's outputs are not).
  let maxBodySize: Int
  /// How long one exchange may take: ample for `swarm init` and a one-shot exec.
  let timeout: TimeAmount

  public init(endpoint: EngineEndpoint, maxBodySize: Int = 64 << 20, timeoutSeconds: Int64 = 120) {
    self.endpoint = endpoint
    self.maxBodySize = maxBodySize
    self.timeout = .seconds(timeoutSeconds)
  }

  /// Sends one request. `path` starts with `/` and carries the version prefix when wanted;
  /// `query` items are percent-encoded here. Transport failures become docker's
  /// "Cannot connect" error.
  /// `timeoutSeconds` shortens the wait for a quick question (a ping).
  public func send(
    _ method: String, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil,
    timeoutSeconds: Int64? = nil
  ) throws(EngineError) -> Reply {
    let uri = path + Self.queryString(query)
    // dockerd's Go server refuses an HTTP/1.1 request without Host.
    var headers = HTTPHeaders([("Host", "localhost"), ("User-Agent", "SwarmLab")])
    if case .tcp(let name, let port) = endpoint.transport {
      headers.replaceOrAdd(name: "Host", value: "\(name):\(port)")
    }
    if body != nil { headers.add(name: "Content-Type", value: "application/json") }
    if body != nil || method == "POST" || method == "PUT" {
      headers.add(name: "Content-Length", value: String(body?.count ?? 0))
    }
    headers.add(name: "Connection", value: "close")
    let head = HTTPRequestHead(
      version: .http1_1, method: HTTPMethod(rawValue: method), uri: uri, headers: headers)
    let limit = timeoutSeconds.map { TimeAmount.seconds($0) } ?? timeout
    do {
      return try exchange(head, body: body, timeout: limit)
    } catch let error as ReplyCollector.TooBig {
      throw EngineError(
        statusCode: 500, message: "the engine's answer is larger than \(error.maxBodySize) bytes")
    } catch let error as EngineError {
      throw error
    } catch {
      throw Self.cannotConnect(endpoint)
    }
  }

  /// Connects, writes the request and waits for the whole reply (or the time limit).
  private func exchange(_ head: HTTPRequestHead, body: [UInt8]?, timeout: TimeAmount) throws
    -> Reply
  {
    let loop = MultiThreadedEventLoopGroup.singleton.next()
    let reply = loop.makePromise(of: Reply.self)
    let maxBodySize = self.maxBodySize
    let bootstrap = ClientBootstrap(group: loop)
      .connectTimeout(timeout)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHTTPClientHandlers()
          try channel.pipeline.syncOperations.addHandler(
            ReplyCollector(reply: reply, maxBodySize: maxBodySize))
        }
      }
    let channel: any Channel
    do {
      switch endpoint.transport {
      case .unix(let socket):
        // Nothing to wait for when the socket file is not there.
        guard FileManager.default.fileExists(atPath: socket) else {
          throw Self.cannotConnect(endpoint)
        }
        channel = try bootstrap.connect(unixDomainSocketPath: socket).wait()
      case .tcp(let name, let port):
        channel = try bootstrap.connect(host: name, port: port).wait()
      }
    } catch {
      // No connection, so no collector will ever complete the reply.
      reply.fail(error)
      throw error
    }
    let deadline = loop.scheduleTask(in: timeout) {
      reply.fail(ChannelError.connectTimeout(timeout))
      channel.close(promise: nil)
    }
    channel.write(HTTPClientRequestPart.head(head), promise: nil)
    if let body, !body.isEmpty {
      channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: body))), promise: nil)
    }
    channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
    defer {
      deadline.cancel()
      channel.close(promise: nil)
    }
    return try reply.futureResult.wait()
  }

  /// docker's words when nothing answers at the address.
  public static func cannotConnect(_ endpoint: EngineEndpoint) -> EngineError {
    EngineError(
      statusCode: 0,
      message: "Cannot connect to the Docker daemon at \(endpoint). Is the docker daemon running?")
  }

  static func queryString(_ items: [(String, String)]) -> String {
    guard !items.isEmpty else { return "" }
    return "?" + items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
  }

  /// RFC 3986 unreserved characters stay; everything else is percent-encoded.
  static func escape(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
      }
    }
    return out
  }
}
