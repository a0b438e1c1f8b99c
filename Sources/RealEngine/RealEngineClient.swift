public import EngineAPI
import Foundation
public import GoDurations

/// An `EngineClient` for a real dockerd: each method is one Engine API request, sent with the
/// version negotiated on `/_ping` (the lower of v1.41 and the daemon's), and the daemon's JSON
/// decoded into the same EngineAPI values the simulation returns.
///
/// What a synchronous request/response cannot do is refused with a plain error rather than
/// faked: an interactive exec, and following a log stream (callers poll with `since`).
public final class RealEngineClient: EngineClient {
  public let transport: EngineTransport
  /// The API version every request is sent with.
  public let apiVersion: APIVersion
  /// What `/_ping` answered when the client connected.
  public let initialPing: PingResponse
  /// Interactive shells the learner opened with `exec -it`, by exec ID (see `execStart`).
  var openShells: [String: ExecConfig] = [:]

  /// Connects: pings the daemon (unversioned, as docker does) and settles the API version.
  public init(endpoint: EngineEndpoint) throws(EngineError) {
    transport = EngineTransport(endpoint: endpoint)
    let reply = try transport.send("GET", "/_ping", timeoutSeconds: 10)
    guard reply.status == 200 else { throw Self.error(from: reply) }
    apiVersion = APIVersion.negotiated(server: reply.header("Api-Version"))
    initialPing = PingResponse(
      apiVersion: reply.header("Api-Version") ?? "", osType: reply.header("Ostype") ?? "",
      swarmStatus: reply.header("Swarm") ?? "")
  }

  // MARK: Requests

  func call(
    _ method: String, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil
  ) throws(EngineError) -> EngineTransport.Reply {
    let reply = try transport.send(method, "/v\(apiVersion)" + path, query: query, body: body)
    guard (200..<300).contains(reply.status) else { throw Self.error(from: reply) }
    return reply
  }

  func decode<T: Decodable>(_ type: T.Type, _ reply: EngineTransport.Reply) throws(EngineError)
    -> T
  {
    do {
      return try JSONDecoder().decode(type, from: Data(reply.body))
    } catch {
      throw EngineError(
        statusCode: 500, message: "SwarmLab could not read the engine's \(type) answer: \(error)")
    }
  }

  func get<T: Decodable>(_ type: T.Type, _ path: String, query: [(String, String)] = [])
    throws(EngineError) -> T
  {
    try decode(type, try call("GET", path, query: query))
  }

  func encode(_ value: some Encodable) throws(EngineError) -> [UInt8] {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      return Array(try encoder.encode(value))
    } catch {
      throw EngineError(statusCode: 400, message: "SwarmLab could not encode the request: \(error)")
    }
  }

  /// Turns a non-2xx reply into the daemon's error: moby writes `{"message": "…"}`.
  static func error(from reply: EngineTransport.Reply) -> EngineError {
    struct Message: Decodable { var message: String }
    if let decoded = try? JSONDecoder().decode(Message.self, from: Data(reply.body)) {
      return EngineError(statusCode: reply.status, message: decoded.message)
    }
    let text = String(decoding: reply.body, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return EngineError(
      statusCode: reply.status, message: text.isEmpty ? "HTTP \(reply.status)" : text)
  }

  static func filters(_ filters: FilterArgs) -> [(String, String)] {
    guard !filters.isEmpty else { return [] }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    guard let data = try? encoder.encode(filters) else { return [] }
    return [("filters", String(decoding: data, as: UTF8.self))]
  }

  static func flag(_ value: Bool) -> String { value ? "1" : "0" }

  /// Path segments are names and IDs the learner typed: escape them so `a/b` stays one segment.
  static func segment(_ ref: String) -> String { EngineTransport.escape(ref) }

  // MARK: System

  public func ping() -> PingResponse {
    guard let reply = try? transport.send("GET", "/_ping", timeoutSeconds: 10), reply.status == 200
    else {
      return initialPing
    }
    var swarm = reply.header("Swarm") ?? ""
    if swarm.isEmpty {
      // API v1.41 has no Swarm header yet; docker's later form is derived from /info.
      let info = self.info()
      swarm =
        info.swarm.localNodeState == "active"
        ? "active/" + (info.swarm.controlAvailable ? "manager" : "worker")
        : info.swarm.localNodeState
    }
    return PingResponse(
      apiVersion: reply.header("Api-Version") ?? "", osType: reply.header("Ostype") ?? "",
      swarmStatus: swarm)
  }

  /// The protocol has no error for these; an unreachable daemon here is reported as an empty
  /// answer, and callers that must know use `swarmInspect`, which throws.
  public func version() -> SystemVersion {
    (try? get(SystemVersion.self, "/version")) ?? SystemVersion(version: "", apiVersion: "")
  }

  public func info() -> SystemInfo {
    (try? get(SystemInfo.self, "/info"))
      ?? SystemInfo(
        id: "", containers: 0, containersRunning: 0, containersStopped: 0, images: 0, name: "",
        serverVersion: "",
        ncpu: 0, memTotal: 0,
        swarm: SwarmInfo(
          nodeID: "", nodeAddr: "", localNodeState: "inactive", controlAvailable: false,
          nodes: nil, managers: nil))
  }

  // MARK: Time

  /// The local clock: the daemon is assumed to share it, as docker's "2 minutes ago" does.
  public var now: Timestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Timestamp(unixNanos: Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec))
  }

  /// A real engine's time cannot be fast-forwarded: this really sleeps.
  public func wait(_ duration: GoDuration) {
    guard duration.nanoseconds > 0 else { return }
    var request = timespec(
      tv_sec: Int(duration.nanoseconds / 1_000_000_000),
      tv_nsec: Int(duration.nanoseconds % 1_000_000_000))
    var remaining = timespec()
    // A signal (the shell's Ctrl-C handler) cuts a sleep short; sleep the rest.
    while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
  }
}
