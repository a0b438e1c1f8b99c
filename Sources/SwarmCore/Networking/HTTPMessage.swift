/// A simulated HTTP request: method, where it goes and what it carries.
public struct HTTPRequest: Sendable, Equatable {
  public var method: String
  public var url: HTTPURL
  public var body: String?
  /// `ip:port` of the client as the server sees it.
  public var client: String

  public init(method: String = "GET", url: HTTPURL, body: String? = nil, client: String = "") {
    self.method = method
    self.url = url
    self.body = body
    self.client = client
  }
}

/// `http://host:port/path`, split; the scheme is optional as curl and wget allow.
public struct HTTPURL: Sendable, Equatable {
  public var host: String
  public var port: Int
  public var path: String

  public init(host: String, port: Int = 80, path: String = "/") {
    self.host = host
    self.port = port
    self.path = path
  }

  /// Nil for what is not an http URL (`https://` is refused the way a plain-HTTP app would).
  public init?(_ text: String) {
    var rest = Substring(text)
    if rest.hasPrefix("http://") {
      rest = rest.dropFirst(7)
    } else if rest.contains("://") {
      return nil
    }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    let authority = rest[..<slash]
    path = slash == rest.endIndex ? "/" : String(rest[slash...])
    if let colon = authority.lastIndex(of: ":") {
      guard let p = Int(authority[authority.index(after: colon)...]) else { return nil }
      host = String(authority[..<colon])
      port = p
    } else {
      host = String(authority)
      port = 80
    }
    if host.isEmpty { return nil }
  }
}

/// An answer: status, content type and body.
public struct HTTPResponse: Sendable, Equatable {
  public var status: Int
  public var contentType: String?
  public var body: String

  public init(status: Int, contentType: String? = nil, body: String = "") {
    self.status = status
    self.contentType = contentType
    self.body = body
  }

  /// The reason phrase Go and ASP.NET servers send.
  public var reason: String {
    switch status {
    case 200: "OK"
    case 201: "Created"
    case 204: "No Content"
    case 400: "Bad Request"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    default: "Status \(status)"
    }
  }
}

/// Why a request got no answer.
public enum HTTPFailure: Error, Sendable, Equatable {
  /// The name does not resolve from where the request was made.
  case unresolved(host: String)
  /// Nothing listens at the address (no app, wrong port, no running replica).
  case refused(address: String, port: Int)
  /// The server closed the connection without answering (an app that panicked).
  case emptyReply(address: String, port: Int)
}
