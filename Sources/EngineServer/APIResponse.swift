public import EngineAPI

/// What the router answers: a status, headers and a body, and for the two long-lived kinds of
/// request, what to do with the connection afterwards.
public struct APIResponse: Sendable {
  public var status: Int
  public var headers: [(String, String)]
  public var body: [UInt8]
  /// `logs --follow`: after the body, keep the connection open and send new lines.
  public var follow: LogFollow?
  /// `exec start` with `Upgrade: tcp`: switch protocols and relay the exec session.
  public var hijack: ExecHijack?

  public init(
    status: Int, headers: [(String, String)] = [], body: [UInt8] = [], follow: LogFollow? = nil,
    hijack: ExecHijack? = nil
  ) {
    self.status = status
    self.headers = headers
    self.body = body
    self.follow = follow
    self.hijack = hijack
  }

  /// `{"message": "…"}`, as dockerd's error middleware writes it.
  public static func error(_ error: EngineError) -> APIResponse {
    let body = (try? WireJSON.encode(ErrorBody(message: error.message))) ?? []
    return APIResponse(
      status: error.statusCode, headers: [("Content-Type", "application/json")], body: body)
  }

  public static func empty(_ status: Int = 204) -> APIResponse { APIResponse(status: status) }

  /// An endpoint of the Engine API that SwarmLab does not simulate: said plainly, never a hang.
  static func notSimulated(_ request: APIRequest, path: String) -> APIResponse {
    let message =
      "SwarmLab does not simulate \(request.method) \(path): this Engine API endpoint is outside the simulated swarm"
    return .error(EngineError(statusCode: 501, message: message))
  }

  struct ErrorBody: Encodable { var message: String }
}

/// Which log stream a follow keeps reading, and from when; or a container whose exit a
/// `POST /containers/{id}/wait` is waiting for (answered once, then the response ends).
public struct LogFollow: Sendable {
  public enum Source: Sendable {
    case service(String), task(String), container(String)
    /// `wait`: until the container has stopped, or with `removed` until it is gone.
    case exit(container: String, removed: Bool)
  }
  public var source: Source
  public var options: LogsOptions
  /// Simulated time of the last line sent; the next poll asks for later ones.
  public var after: Timestamp
  /// The last exit code a wait saw (a `--rm` container is gone by the time it is removed).
  var exitCode: Int?
  /// A wait has sent its answer: the next poll ends the response.
  var answered = false
}

/// An exec whose start request asked to hijack the connection.
public struct ExecHijack: Sendable {
  public var execID: String
  public var tty: Bool
  /// What the exec wrote when it started (a one-shot command's whole output, or a prompt).
  public var initial: ExecOutput
}
