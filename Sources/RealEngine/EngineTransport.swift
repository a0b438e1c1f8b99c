import AsyncHTTPClient
public import EngineAPI
import Foundation
import NIOCore
import NIOHTTP1

/// One HTTP/1.1 exchange with a real dockerd: AsyncHTTPClient does the protocol (unix sockets
/// through `http+unix://`), and each call blocks the caller's thread on the response, which is
/// how SwarmLab's synchronous `EngineClient` protocol is met. Never called on an event loop.
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
  /// `timeoutSeconds` shortens the wait for a quick question (a ping): AsyncHTTPClient keeps
  /// retrying a refused connection until the deadline.
  public func send(
    _ method: String, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil,
    timeoutSeconds: Int64? = nil
  ) throws(EngineError) -> Reply {
    let uri = path + Self.queryString(query)
    let url: URL?
    var host = "localhost"
    switch endpoint.transport {
    case .unix(let socket):
      // Nothing to retry when the socket file is not there.
      guard FileManager.default.fileExists(atPath: socket) else {
        throw Self.cannotConnect(endpoint)
      }
      url = URL(httpURLWithSocketPath: socket, uri: uri)
    case .tcp(let name, let port):
      url = URL(string: "http://\(name):\(port)\(uri)")
      host = "\(name):\(port)"
    }
    guard let url else {
      throw EngineError(statusCode: 400, message: "invalid request path \(uri)")
    }
    do {
      // dockerd's Go server refuses an HTTP/1.1 request without Host, which AsyncHTTPClient
      // leaves out for a unix socket.
      var headers = HTTPHeaders([("Host", host), ("User-Agent", "SwarmLab")])
      if body != nil { headers.add(name: "Content-Type", value: "application/json") }
      let request = try HTTPClient.Request(
        url: url, method: HTTPMethod(rawValue: method), headers: headers,
        body: body.map { .bytes($0) })
      let accumulator = ResponseAccumulator(request: request, maxBodySize: maxBodySize)
      let response = try HTTPClient.shared.execute(
        request: request, delegate: accumulator,
        deadline: .now() + (timeoutSeconds.map { .seconds($0) } ?? timeout)
      ).futureResult.wait()
      var bytes: [UInt8] = []
      if let buffer = response.body { bytes = Array(buffer.readableBytesView) }
      return Reply(
        status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
        body: bytes)
    } catch let error as ResponseAccumulator.ResponseTooBigError {
      throw EngineError(
        statusCode: 500, message: "the engine's answer is larger than \(error.maxBodySize) bytes")
    } catch {
      throw Self.cannotConnect(endpoint)
    }
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
