import Engine
public import EngineAPI

/// Docker's log wire format: each line in an 8-byte multiplexing header (stream, then big
/// endian length, as `stdcopy` reads it), prefixed with its timestamp and `--details`
/// attributes the way dockerd's `WriteLogStream` writes them.
enum LogStream {
  static let contentType = "application/vnd.docker.multiplexed-stream"

  static func frames(_ messages: [LogMessage], _ options: LogsOptions, wireOffset: Int64)
    -> [UInt8]
  {
    var out: [UInt8] = []
    for message in messages {
      var line = ""
      if options.timestamps {
        line += fixedNano(Timestamp(unixNanos: message.timestamp.unixNanos &+ wireOffset)) + " "
      }
      if options.details { line += attributes(message) + " " }
      line += message.line.hasSuffix("\n") ? message.line : message.line + "\n"
      out += frame(stream: message.stream == .stderr ? 2 : 1, Array(line.utf8))
    }
    return out
  }

  static func frame(stream: UInt8, _ payload: [UInt8]) -> [UInt8] {
    let n = UInt32(payload.count)
    return [
      stream, 0, 0, 0, UInt8(n >> 24), UInt8((n >> 16) & 0xff), UInt8((n >> 8) & 0xff),
      UInt8(n & 0xff),
    ]
      + payload
  }

  /// The swarm context dockerd attaches to each line of a service's logs, sorted by key and
  /// query-escaped, which the CLI turns into `name.slot.task@node`.
  static func attributes(_ message: LogMessage) -> String {
    var attrs: [(String, String)] = []
    if let node = message.nodeID { attrs.append(("com.docker.swarm.node.id", node)) }
    if let service = message.serviceID { attrs.append(("com.docker.swarm.service.id", service)) }
    if let task = message.taskID { attrs.append(("com.docker.swarm.task.id", task)) }
    return attrs.sorted { $0.0 < $1.0 }.map { "\(escape($0.0))=\(escape($0.1))" }.joined(
      separator: ",")
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || "-_.~".contains(c)) {
        out.append(c)
      } else if c == " " {
        out += "+"
      } else {
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
      }
    }
    return out
  }

  /// Go's `RFC3339NanoFixed` (`2006-01-02T15:04:05.000000000Z07:00`).
  static func fixedNano(_ t: Timestamp) -> String {
    let text = t.rfc3339Nano  // trailing zeros trimmed
    guard let dot = text.firstIndex(of: ".") else {
      return String(text.dropLast()) + ".000000000Z"
    }
    let fraction = text[text.index(after: dot)..<text.index(before: text.endIndex)]
    return String(text[..<dot]) + "." + fraction + String(repeating: "0", count: 9 - fraction.count)
      + "Z"
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

/// Logs responses: the lines so far, and for `--follow` an open stream the server feeds.
extension EngineHost {
  func logs(
    _ messages: [LogMessage], _ source: LogFollow.Source, _ options: LogsOptions,
    _ request: APIRequest
  ) throws(EngineError) -> APIResponse {
    let body = LogStream.frames(messages, options, wireOffset: wireOffset)
    var response = APIResponse(
      status: 200, headers: [("Content-Type", LogStream.contentType)], body: body)
    if options.follow {
      response.follow = LogFollow(
        source: source, options: options, after: messages.map(\.timestamp).max() ?? engine.now)
    }
    return response
  }

  /// New lines for an open `--follow` stream, or nil once its source is gone (the stream then
  /// ends, as docker's does when the service is removed).
  public func followMore(_ follow: inout LogFollow) -> [UInt8]? {
    gate.exclusive { nextLogs(&follow) }
  }

  private func nextLogs(_ follow: inout LogFollow) -> [UInt8]? {
    syncClock()
    if case .exit(let id, let removed) = follow.source { return nextExit(&follow, id, removed) }
    var options = follow.options
    options.tail = "all"
    let next = follow.after.unixNanos + 1
    options.since = "\(next / 1_000_000_000).\(String(next % 1_000_000_000).leftPadded(9))"
    options.until = nil
    let messages: [LogMessage]
    do throws(EngineError) {
      switch follow.source {
      case .service(let id): messages = try engine.serviceLogs(id, options: options)
      case .task(let id): messages = try engine.taskLogs(id, options: options)
      case .container(let id): messages = try engine.containerLogs(id, options: options)
      case .exit: return nil
      }
    } catch {
      return nil
    }
    if let last = messages.map(\.timestamp).max() { follow.after = last }
    return LogStream.frames(messages, follow.options, wireOffset: wireOffset)
  }

  /// `container.ContainerWaitOKBody` once the container has stopped (or is gone).
  private func nextExit(_ follow: inout LogFollow, _ id: String, _ removed: Bool) -> [UInt8]? {
    if follow.answered { return nil }
    let container = engine.cluster.state.containers[id]
    if let container, container.state == .exited { follow.exitCode = container.exitCode }
    let done = removed ? container == nil : container.map { $0.state == .exited } ?? true
    guard done else { return [] }
    follow.answered = true
    return Array("{\"Error\":null,\"StatusCode\":\(follow.exitCode ?? 0)}\n".utf8)
  }
}
