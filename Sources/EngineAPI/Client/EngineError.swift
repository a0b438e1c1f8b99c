/// An error response from the daemon: the HTTP status code and the message moby puts in the
/// body (`{"message": "No such service: x"}`). The CLI prints it after
/// `Error response from daemon: ` unless a command words it its own way.
public struct EngineError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
  public var statusCode: Int
  public var message: String
  /// Set when the client library words the error rather than the daemon (Go's
  /// `objectNotFoundError`, for a 404 on an inspect or a remove): docker prints `message`
  /// as it is, without the daemon prefix.
  public var wordedByClient = false

  public init(statusCode: Int, message: String) {
    self.statusCode = statusCode
    self.message = message
  }

  public var description: String { message }

  /// 404: the object does not exist (`errdefs.NotFound`).
  public var isNotFound: Bool { statusCode == 404 }

  /// The line docker prints for this error.
  public var daemonMessage: String {
    wordedByClient ? message : "Error response from daemon: \(message)"
  }

  /// What docker's client library makes of a 404 from `GET /KINDs/REF` or `DELETE`:
  /// `Error: No such service: nope`.
  public static func objectNotFound(_ kind: String, _ ref: String) -> EngineError {
    var error = EngineError(statusCode: 404, message: "Error: No such \(kind): \(ref)")
    error.wordedByClient = true
    return error
  }

  public static func notFound(_ message: String) -> EngineError {
    EngineError(statusCode: 404, message: message)
  }
  public static func invalidParameter(_ message: String) -> EngineError {
    EngineError(statusCode: 400, message: message)
  }
  public static func forbidden(_ message: String) -> EngineError {
    EngineError(statusCode: 403, message: message)
  }
  public static func conflict(_ message: String) -> EngineError {
    EngineError(statusCode: 409, message: message)
  }
  public static func unavailable(_ message: String) -> EngineError {
    EngineError(statusCode: 503, message: message)
  }
  public static func system(_ message: String) -> EngineError {
    EngineError(statusCode: 500, message: message)
  }

  enum CodingKeys: String, CodingKey { case statusCode = "StatusCode", message = "message" }
}
