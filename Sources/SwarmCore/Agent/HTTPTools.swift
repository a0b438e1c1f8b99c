/// The HTTP clients health checks and start-up checks call, run inside a container with
/// their real messages and exit codes: curl 7.x, busybox wget, and the diamol images'
/// `Utilities.HttpCheck` (which prints one `HTTPCheck:` line and exits 0 only for a 200).
enum HTTPTools {
  typealias Result = ContainerCommand.Result

  /// `curl [-f] [-s] [-S] [-L] URL`.
  static func curl(_ args: [String], in containerID: String, _ cluster: inout Cluster) -> Result {
    let flags = args.filter { $0.hasPrefix("-") }
    let fail = flags.contains {
      $0 == "--fail" || ($0.first == "-" && $0.dropFirst().contains("f"))
    }
    let silent = flags.contains { $0 == "--silent" || (!$0.hasPrefix("--") && $0.contains("s")) }
    let showErrors = flags.contains {
      $0 == "--show-error" || (!$0.hasPrefix("--") && $0.contains("S"))
    }
    let quiet = silent && !showErrors
    func error(_ code: Int, _ message: String) -> Result {
      Result(exitCode: code, output: quiet ? "" : "curl: (\(code)) \(message)\n")
    }
    guard let text = args.first(where: { !$0.hasPrefix("-") }) else {
      return error(2, "no URL specified!")
    }
    guard let url = HTTPURL(text) else {
      return error(1, "Protocol \"\(text.split(separator: ":").first ?? "")\" not supported")
    }
    switch ClusterHTTP.send("GET", url, from: containerID, &cluster).outcome {
    case .failure(.unresolved(let host)): return error(6, "Could not resolve host: \(host)")
    case .failure(.refused):
      return error(7, "Failed to connect to \(url.host) port \(url.port): Connection refused")
    case .failure(.emptyReply): return error(52, "Empty reply from server")
    case .success(let response) where fail && response.status >= 400:
      return error(22, "The requested URL returned error: \(response.status) \(response.reason)")
    case .success(let response): return Result(exitCode: 0, output: response.body)
    }
  }

  /// `wget [-q] [-O-|-O FILE|--spider] URL`.
  static func wget(_ args: [String], in containerID: String, _ cluster: inout Cluster) -> Result {
    let toStdout = args.contains { $0 == "-O-" || $0 == "-qO-" }
    guard let text = args.last(where: { !$0.hasPrefix("-") }), let url = HTTPURL(text) else {
      return Result(exitCode: 1, output: "wget: bad address\n")
    }
    let exchange = ClusterHTTP.send("GET", url, from: containerID, &cluster)
    switch exchange.outcome {
    case .failure(.unresolved(let host)):
      return Result(exitCode: 1, output: "wget: bad address '\(host)'\n")
    case .failure(.refused(let address, _)):
      return Result(
        exitCode: 1, output: "wget: can't connect to remote host (\(address)): Connection refused\n"
      )
    case .failure(.emptyReply):
      return Result(exitCode: 1, output: "wget: error getting response\n")
    case .success(let response) where response.status >= 400:
      return Result(
        exitCode: 1,
        output: "wget: server returned error: HTTP/1.1 \(response.status) \(response.reason)\n")
    case .success(let response):
      return Result(exitCode: 0, output: toStdout ? response.body : "")
    }
  }

  /// `dotnet Utilities.HttpCheck.dll [-u URL | -c CONFIG:KEY] [-t MS]`: the URL from the
  /// argument or from configuration (`RngApi:Url` read from `RngApi__Url` in the env).
  static func httpCheck(_ args: [String], in containerID: String, _ cluster: inout Cluster)
    -> Result
  {
    var target = "http://localhost/health"
    if let i = args.firstIndex(of: "-u"), i + 1 < args.count { target = args[i + 1] }
    if let i = args.firstIndex(of: "-c"), i + 1 < args.count {
      let key = args[i + 1]
      let env = cluster.state.containers[containerID]?.env ?? []
      let names = [key, key.replacing(":", with: "__")]
      if let entry = env.first(where: { entry in names.contains { entry.hasPrefix($0 + "=") } }) {
        target = String(entry.drop { $0 != "=" }.dropFirst())
      }
    }
    // A fixed "took" per container and instant: the real figure is a wall-clock measurement.
    let seed = containerID + "@" + String(cluster.now.nanos)
    let took = 8 + TemplateContext.random(seed, 1)
    guard let url = HTTPURL(target) else {
      return Result(
        exitCode: 1, output: "HTTPCheck: error. Url \(target), exception Invalid URI\n")
    }
    switch ClusterHTTP.send("GET", url, from: containerID, &cluster).outcome {
    case .failure(.unresolved):
      return Result(
        exitCode: 1,
        output: "HTTPCheck: error. Url \(target), exception Name or service not known\n")
    case .failure(.refused):
      return Result(
        exitCode: 1, output: "HTTPCheck: error. Url \(target), exception Connection refused\n")
    case .failure(.emptyReply):
      return Result(
        exitCode: 1,
        output:
          "HTTPCheck: error. Url \(target), exception The response ended prematurely.\n")
    case .success(let response):
      let line = "HTTPCheck: status \(statusName(response.status)), url \(target), took \(took)ms\n"
      return Result(exitCode: response.status == 200 ? 0 : 1, output: line)
    }
  }

  /// .NET's `HttpStatusCode` names, as HttpCheck prints them.
  static func statusName(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 201: "Created"
    case 204: "NoContent"
    case 400: "BadRequest"
    case 404: "NotFound"
    case 500: "InternalServerError"
    case 502: "BadGateway"
    case 503: "ServiceUnavailable"
    default: String(status)
    }
  }
}
