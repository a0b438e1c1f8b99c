#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The app inside a container answering one HTTP request, driven by its image's catalog
/// behaviour: it counts calls, may turn unhealthy, logs, and may call other services first.
enum AppServer {
  static func handle(
    _ request: HTTPRequest, in containerID: String, _ cluster: inout Cluster
  ) -> Result<HTTPResponse, HTTPFailure> {
    guard let container = cluster.state.containers[containerID], container.isRunning,
      var app = cluster.catalog.lookup(container.resolvedImage)?.http, app.port == request.url.port
    else { return .failure(.refused(address: "", port: request.url.port)) }
    if let variant = app.variants?.first(where: { $0.when.holds(in: container, cluster.state) }) {
      app.routes = variant.routes
      app.notFound = variant.notFound ?? app.notFound
    }
    let path = String(
      request.url.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
    guard
      let route = app.routes.first(where: {
        $0.path == path && ($0.method ?? "GET") == request.method.uppercased()
      })
    else {
      let reply = app.notFound ?? AppReply(status: 404, body: "")
      return .success(
        HTTPResponse(
          status: reply.status ?? 404, contentType: reply.contentType, body: reply.body ?? ""))
    }
    var state = container.app
    let calls = state.calls[path, default: 0] + 1
    state.calls[path] = calls
    if let limit = route.breaksAfter, limit > -1, calls > limit { state.healthy = false }
    if route.counts == true { state.counter += 1 }
    var context = TemplateContext(
      container: container, client: request.client, counter: state.counter, calls: calls,
      now: cluster.now)
    context.requestFields = jsonFields(request.body ?? "")
    var logs: [String] = []
    defer {
      cluster.state.containers[containerID]?.app = state
      let lines = logs.map { LogLine(time: cluster.now, text: $0) }
      cluster.state.containers[containerID]?.extraLogs += lines
    }
    if !state.healthy, let reply = route.unhealthy {
      logs += (reply.log ?? []).map(context.render)
      return .success(
        HTTPResponse(
          status: reply.status ?? 500, contentType: reply.contentType,
          body: context.render(reply.body ?? "")))
    }
    for line in route.logOnce ?? [] where !state.loggedOnce.contains(route.path) {
      logs.append(context.render(line))
    }
    if route.logOnce != nil && !state.loggedOnce.contains(route.path) {
      state.loggedOnce.append(route.path)
    }
    logs += (route.log ?? []).map(context.render)
    for (index, call) in (route.calls ?? []).enumerated() {
      // Persist what this app did so far: the call may reach this same container.
      cluster.state.containers[containerID]?.app = state
      let urlText = expand(call.url, env: container.env)
      guard let url = HTTPURL(urlText) else { continue }
      let exchange = ClusterHTTP.send(
        call.method ?? "GET", url, body: call.body.map(context.render), from: containerID, &cluster)
      state = cluster.state.containers[containerID]?.app ?? state
      switch exchange.outcome {
      case .success(let response):
        if index == 0 { context.upstream = jsonFields(response.body) }
      case .failure:
        let reply = route.onUpstreamFailure ?? AppReply(status: 502)
        logs += (reply.log ?? []).map(context.render)
        if reply.emptyReply == true {
          return .failure(.emptyReply(address: "", port: request.url.port))
        }
        return .success(
          HTTPResponse(
            status: reply.status ?? 502, contentType: reply.contentType,
            body: context.render(reply.body ?? "")))
      }
    }
    return .success(
      HTTPResponse(
        status: route.status ?? 200, contentType: route.contentType,
        body: context.render(route.body ?? "")))
  }

  /// `$NAME` and `${NAME}` from the container's environment.
  static func expand(_ text: String, env: [String]) -> String {
    var result = text
    for pair in env {
      let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      guard kv.count == 2 else { continue }
      result = result.replacing("${\(kv[0])}", with: kv[1]).replacing("$\(kv[0])", with: kv[1])
    }
    return result
  }

  /// Top-level string and number fields of a JSON object; empty for anything else (the Go
  /// gallery renders empty fields when the answer is not the JSON it expects).
  static func jsonFields(_ body: String) -> [String: String] {
    guard let object = try? JSONDecoder().decode([String: JSONScalar].self, from: Data(body.utf8))
    else { return [:] }
    return object.compactMapValues(\.text)
  }
}

/// Values an app's templates can use.
struct TemplateContext {
  var container: Container
  var client: String
  var counter: Int
  var calls: Int
  var now: SimTime
  var upstream: [String: String] = [:]
  var requestFields: [String: String] = [:]

  func render(_ text: String) -> String {
    guard text.contains("{") else { return text }
    var out =
      text
      .replacing("{clientIp}", with: client)
      .replacing("{count}", with: String(counter))
      .replacing("{hostname}", with: String(container.id.prefix(12)))
      .replacing("{random}", with: String(Self.random(container.id, calls)))
      .replacing("{date}", with: goLogTime)
      .replacing("{isoTime}", with: springLogTime)
    for (prefix, fields) in [("{upstream.", upstream), ("{body.", requestFields)] {
      for key in fields.keys.sorted() {
        out = out.replacing(prefix + key + "}", with: fields[key]!)
      }
      // Fields the answer did not carry render empty, as Go templates render zero values.
      while let start = out.firstRange(of: prefix),
        let end = out[start.upperBound...].firstIndex(of: "}")
      {
        out.replaceSubrange(start.lowerBound...end, with: "")
      }
    }
    return out
  }

  /// Go's `log` prefix time: `2020/11/20 21:40:01`.
  var goLogTime: String {
    let c = now.civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return
      "\(c.year)/\(two(c.month))/\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
  }

  /// Spring Boot's log time: `2020-11-20 21:40:01.000`.
  var springLogTime: String {
    let c = now.civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let ms = c.nanosecond / 1_000_000
    let milli = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
    return
      "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)).\(milli)"
  }

  /// A number in 0...99 fixed by the container and the call: FNV-1a, never the real RNG.
  static func random(_ seed: String, _ n: Int) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (seed + "#" + String(n)).utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Int(hash % 100)
  }
}

/// A JSON value read as text when it is a string, number or bool.
private struct JSONScalar: Decodable {
  var text: String?

  init(from decoder: any Decoder) throws {
    let value = try decoder.singleValueContainer()
    if let s = try? value.decode(String.self) {
      text = s
    } else if let i = try? value.decode(Int.self) {
      text = String(i)
    } else if let d = try? value.decode(Double.self) {
      text = String(d)
    } else if let b = try? value.decode(Bool.self) {
      text = String(b)
    }
  }
}
