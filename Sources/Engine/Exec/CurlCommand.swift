public import SwarmCore

/// `curl` as curl 7.x prints it, over a simulated transport: from the host (the routing mesh
/// on published ports) or from inside a container (service names). Only what the book's
/// readers type is understood: `-s`, `-S`, `-i`, `-f`, `-X`, `-d`, `-H` (ignored), `-L`.
public enum CurlCommand {
  /// Sends one request; the caller decides where it goes.
  public typealias Transport = (_ method: String, _ url: HTTPURL, _ body: String?) -> Result<
    HTTPResponse, HTTPFailure
  >

  public static func run(_ args: [String], now: SimTime, transport: Transport) -> ShellOutput {
    var silent = false, showErrors = false, include = false, fail = false
    var method: String?
    var data: String?
    var urlText: String?
    var i = 0
    while i < args.count {
      let arg = args[i]
      switch arg {
      case "-s", "--silent": silent = true
      case "-S", "--show-error": showErrors = true
      case "-i", "--include": include = true
      case "-f", "--fail": fail = true
      case "-L", "--location", "-v", "-k": break
      case "-sS", "-Ss": (silent, showErrors) = (true, true)
      case "-X", "--request", "-d", "--data", "-H", "--header":
        guard i + 1 < args.count else {
          return error(2, "option \(arg): requires parameter", silent: false)
        }
        i += 1
        if arg == "-X" || arg == "--request" { method = args[i] }
        if arg == "-d" || arg == "--data" { data = args[i] }
      default:
        if arg.hasPrefix("-") && arg.count > 1 {
          return error(
            2, "option \(arg): is unknown\ncurl: try 'curl --help' for more information",
            silent: false)
        }
        urlText = arg
      }
      i += 1
    }
    guard let urlText else {
      return error(
        2, "no URL specified!\ncurl: try 'curl --help' for more information", silent: false)
    }
    guard let url = HTTPURL(urlText) else {
      return error(
        1,
        "Protocol \"\(urlText.split(separator: ":").first ?? "")\" not supported or disabled in libcurl",
        silent: silent && !showErrors)
    }
    let quiet = silent && !showErrors
    switch transport(method ?? (data == nil ? "GET" : "POST"), url, data) {
    case .failure(.unresolved(let host)):
      return error(6, "Could not resolve host: \(host)", silent: quiet)
    case .failure(.refused):
      return error(
        7, "Failed to connect to \(url.host) port \(url.port): Connection refused", silent: quiet)
    case .failure(.emptyReply):
      return error(52, "Empty reply from server", silent: quiet)
    case .success(let response):
      if fail && response.status >= 400 {
        return error(
          22, "The requested URL returned error: \(response.status) \(response.reason)",
          silent: quiet)
      }
      var text = ""
      if include { text += headers(response, now: now) }
      text += response.body
      return ShellOutput(chunks: text.isEmpty ? [] : [.stdout(text)])
    }
  }

  /// The status line and headers curl prints with `-i` (CRLF as on the wire).
  static func headers(_ response: HTTPResponse, now: SimTime) -> String {
    var lines = ["HTTP/1.1 \(response.status) \(response.reason)"]
    if let type = response.contentType { lines.append("Content-Type: \(type)") }
    lines.append("Date: \(httpDate(now))")
    lines.append("Content-Length: \(response.body.utf8.count)")
    return lines.map { $0 + "\r\n" }.joined() + "\r\n"
  }

  /// `Fri, 20 Nov 2020 21:40:01 GMT`.
  static func httpDate(_ time: SimTime) -> String {
    let c = time.civil
    let days = CivilTime.daysFromCivil(year: c.year, month: c.month, day: c.day)
    // 1970-01-01 was a Thursday.
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(((days % 7) + 7) % 7)]
    let month = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][c.month - 1]
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return
      "\(weekday), \(two(c.day)) \(month) \(c.year) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) GMT"
  }

  private static func error(_ code: Int32, _ message: String, silent: Bool) -> ShellOutput {
    ShellOutput(chunks: silent ? [] : [.stderr("curl: (\(code)) \(message)\n")], exitCode: code)
  }
}
