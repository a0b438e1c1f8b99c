import Engine
public import EngineAPI
import GoDurations

/// The routing table: dockerd's paths and query parameters, each mapped onto one
/// `EngineClient` call. Unknown paths answer 501 (SwarmLab does not simulate them).
extension EngineHost {
  /// Answers one request, with the engine to itself for the while.
  public func handle(_ request: APIRequest) -> APIResponse {
    gate.exclusive { route(request) }
  }

  func route(_ request: APIRequest) -> APIResponse {
    syncClock()
    let s = request.segments
    let isProgressPoll = isPartOfProgress(request)
    if !isProgressPoll { finishProgressWatch() }
    do throws(EngineError) {
      let response: APIResponse
      switch s.first {
      case "_ping": response = ping(request)
      case "_swarmlab": response = try swarmlab(request)
      case "version" where s.count == 1 && request.method == "GET":
        response = json(engine.version())
      case "info" where s.count == 1 && request.method == "GET": response = json(engine.info())
      case "swarm": response = try swarm(request)
      case "nodes": response = try nodes(request)
      case "services": response = try services(request)
      case "tasks": response = try tasks(request)
      case "containers": response = try containers(request)
      case "exec": response = try exec(request)
      case "images": response = try images(request)
      case "networks": response = try networks(request)
      case "configs": response = try configs(request)
      case "secrets": response = try secrets(request)
      case "volumes": response = try volumes(request)
      case "distribution": response = try distribution(request)
      default: response = .notSimulated(request, path: path(request))
      }
      if request.method != "GET" && request.method != "HEAD" { onChange?() }
      return response
    } catch {
      return .error(error)
    }
  }

  func path(_ request: APIRequest) -> String { "/" + request.segments.joined(separator: "/") }

  /// A JSON body, with timestamps on the client's clock.
  func json<T: Encodable>(_ value: T, status: Int = 200) -> APIResponse {
    do {
      let body = try WireJSON.encode(value, timestampOffset: wireOffset)
      return APIResponse(
        status: status, headers: [("Content-Type", "application/json")], body: body)
    } catch {
      return .error(.system("cannot encode the response: \(error)"))
    }
  }

  /// The CLI's progress loop reads the service, its up-to-date tasks and the nodes.
  func isPartOfProgress(_ request: APIRequest) -> Bool {
    guard request.method == "GET" else { return false }
    let s = request.segments
    return (s.first == "services" && s.count == 2) || (s == ["nodes"])
      || (s == ["tasks"] && (request.query["filters"] ?? "").contains("_up-to-date"))
  }

  // MARK: System

  func ping(_ request: APIRequest) -> APIResponse {
    let ping = engine.ping()
    let headers = [
      ("Api-Version", ping.apiVersion), ("Docker-Experimental", "false"),
      ("Ostype", ping.osType), ("Swarm", ping.swarmStatus),
      ("Cache-Control", "no-cache, no-store, must-revalidate"),
      ("Pragma", "no-cache"), ("Content-Type", "text/plain; charset=utf-8"),
    ]
    return APIResponse(
      status: 200, headers: headers, body: request.method == "HEAD" ? [] : Array("OK".utf8))
  }

  /// `/_swarmlab/clock`: GET reads the simulated time; `POST ?advance=4m` moves it on.
  /// `GET /_swarmlab/exec-status`: the `$?` of the last line typed into an exec's shell.
  func swarmlab(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.segments == ["_swarmlab", "exec-status"] && request.method == "GET" {
      guard let last = lastExecLine else {
        throw .notFound("no line was typed into an exec yet")
      }
      return json(ExecStatus(id: last.id, status: last.status))
    }
    guard request.segments == ["_swarmlab", "clock"] else {
      return .notSimulated(request, path: path(request))
    }
    if request.method == "POST" {
      guard let text = request.query["advance"],
        let duration = try? GoDuration.parse(text), duration.nanoseconds >= 0
      else {
        throw .invalidParameter(
          "advance must be a non-negative Go duration such as 240s or 4m, got '\(request.query["advance"] ?? "")'"
        )
      }
      advanceClock(by: duration)
    }
    return json(ClockReading(now: engine.now.rfc3339Nano, clockMode: clockMode.rawValue))
  }

  struct ExecStatus: Encodable {
    var id: String
    var status: Int
    enum CodingKeys: String, CodingKey { case id = "ID", status = "Status" }
  }

  struct ClockReading: Encodable {
    var now: String
    var clockMode: String
    enum CodingKeys: String, CodingKey { case now = "Now", clockMode = "ClockMode" }
  }

  /// `GET /distribution/{image}/json`: the CLI asks it before `service create` to pin the
  /// image to a digest; the simulated registry is the image catalog.
  func distribution(_ request: APIRequest) throws(EngineError) -> APIResponse {
    let s = request.segments
    guard request.method == "GET", s.count >= 3, s.last == "json" else {
      return .notSimulated(request, path: path(request))
    }
    let name = s[1..<(s.count - 1)].joined(separator: "/")
    guard let image = engine.cluster.catalog.lookup(name) else {
      throw EngineError(
        statusCode: 403,
        message:
          "pull access denied for \(name), repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
      )
    }
    return json(DistributionInspect(digest: image.digest))
  }

  /// `registry.DistributionInspect`.
  struct DistributionInspect: Encodable {
    struct Descriptor: Encodable {
      var mediaType = "application/vnd.docker.distribution.manifest.list.v2+json"
      var digest: String
      var size = 1_412
    }
    var descriptor: Descriptor
    /// Empty, so the CLI adds no platform constraints SwarmLab's own CLI would not.
    var platforms: [String] = []
    init(digest: String) { descriptor = Descriptor(digest: digest) }
    enum CodingKeys: String, CodingKey { case descriptor = "Descriptor", platforms = "Platforms" }
  }
}
