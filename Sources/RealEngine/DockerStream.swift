public import EngineAPI

/// The byte streams dockerd answers logs and exec with: for a container without a TTY, frames
/// of an 8-byte header (stream 0/1/2, three zero bytes, a big-endian length) and that many
/// bytes; with a TTY, the raw bytes.
public enum DockerStream {
  /// One frame's bytes and the stream they belong to.
  public struct Frame: Equatable, Sendable {
    public var stream: LogMessage.Stream
    public var bytes: [UInt8]

    public init(stream: LogMessage.Stream, bytes: [UInt8]) {
      self.stream = stream
      self.bytes = bytes
    }
  }

  /// Splits a multiplexed body into frames; a body that does not start with a frame header is
  /// one raw stdout frame (a TTY), and a frame cut short keeps what arrived.
  public static func frames(_ body: [UInt8]) -> [Frame] {
    guard isMultiplexed(body) else {
      return body.isEmpty ? [] : [Frame(stream: .stdout, bytes: body)]
    }
    var frames: [Frame] = []
    var index = 0
    while index + 8 <= body.count {
      let length =
        Int(body[index + 4]) << 24 | Int(body[index + 5]) << 16 | Int(body[index + 6]) << 8
        | Int(body[index + 7])
      let start = index + 8
      let end = min(start + length, body.count)
      frames.append(
        Frame(stream: body[index] == 2 ? .stderr : .stdout, bytes: Array(body[start..<end])))
      index = end
    }
    return frames
  }

  static func isMultiplexed(_ body: [UInt8]) -> Bool {
    body.count >= 8 && body[0] <= 2 && body[1] == 0 && body[2] == 0 && body[3] == 0
  }

  /// Log lines as the engine sends them with `timestamps=1` (and `details=1` for swarm logs):
  /// `2026-11-26T13:07:19.633641717Z com.docker.swarm.node.id=…,… message`. Each frame may
  /// hold several lines; the trailing newline of each is dropped.
  public static func logMessages(_ body: [UInt8], details: Bool, containerID: String)
    -> [LogMessage]
  {
    var messages: [LogMessage] = []
    for frame in frames(body) {
      let text = String(decoding: frame.bytes, as: UTF8.self)
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.last == "" { lines.removeLast() }
      for line in lines {
        messages.append(
          logMessage(line, stream: frame.stream, details: details, containerID: containerID))
      }
    }
    return messages
  }

  static func logMessage(
    _ line: Substring, stream: LogMessage.Stream, details: Bool, containerID: String
  ) -> LogMessage {
    var rest = line
    var timestamp = Timestamp.goZero
    if let space = rest.firstIndex(of: " "), let parsed = Timestamp(rfc3339: String(rest[..<space]))
    {
      timestamp = parsed
      rest = rest[rest.index(after: space)...]
    }
    var attributes: [String: String] = [:]
    if details, let space = rest.firstIndex(of: " ") {
      // The engine writes the attributes as comma-joined key=value pairs, or nothing at all
      // (then the message follows the single space directly).
      for pair in rest[..<space].split(separator: ",") {
        guard let equals = pair.firstIndex(of: "=") else { continue }
        attributes[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
      }
      rest = rest[rest.index(after: space)...]
    }
    return LogMessage(
      timestamp: timestamp, stream: stream, line: String(rest), containerID: containerID,
      taskID: attributes["com.docker.swarm.task.id"],
      serviceID: attributes["com.docker.swarm.service.id"],
      nodeID: attributes["com.docker.swarm.node.id"])
  }
}
