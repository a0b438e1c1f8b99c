/// Where a real dockerd listens, as `--engine` names it: `unix:///var/run/docker.sock`,
/// `tcp://HOST:PORT`, or `docker` / `env` for whatever `DOCKER_HOST` says (docker's default
/// socket when it is unset), the same forms docker's `-H` accepts.
public struct EngineEndpoint: Sendable, Equatable, CustomStringConvertible {
  public enum Transport: Sendable, Equatable {
    /// A unix socket at this path.
    case unix(path: String)
    /// Plain HTTP to this host and port (docker's `tcp://` without TLS).
    case tcp(host: String, port: Int)
  }

  public var transport: Transport

  /// docker's default when neither `-H` nor `DOCKER_HOST` is given.
  public static let defaultSocket = EngineEndpoint(transport: .unix(path: "/var/run/docker.sock"))

  public init(transport: Transport) { self.transport = transport }

  /// Parses an `--engine` value; `environment` supplies `DOCKER_HOST` for `docker` and `env`.
  /// The error text is what the learner sees.
  public init(parsing spec: String, environment: [String: String]) throws(EngineEndpointError) {
    switch spec {
    case "docker", "env":
      guard let host = environment["DOCKER_HOST"], !host.isEmpty else {
        self = .defaultSocket
        return
      }
      self = try EngineEndpoint(address: host)
    default:
      self = try EngineEndpoint(address: spec)
    }
  }

  /// A `unix://` or `tcp://` address.
  public init(address: String) throws(EngineEndpointError) {
    if address.hasPrefix("unix://") {
      let path = String(address.dropFirst("unix://".count))
      guard path.hasPrefix("/") else {
        throw .invalid(address, "a unix socket needs an absolute path")
      }
      transport = .unix(path: path)
    } else if address.hasPrefix("tcp://") {
      var rest = Substring(address.dropFirst("tcp://".count))
      if rest.hasSuffix("/") { rest.removeLast() }
      guard let colon = rest.lastIndex(of: ":"), colon != rest.startIndex,
        let port = Int(rest[rest.index(after: colon)...]), (1...65_535).contains(port)
      else { throw .invalid(address, "a tcp address needs HOST:PORT") }
      transport = .tcp(host: String(rest[..<colon]), port: port)
    } else if address.hasPrefix("ssh://") || address.hasPrefix("npipe://")
      || address.hasPrefix("fd://")
    {
      throw .invalid(address, "SwarmLab speaks to unix:// and tcp:// engines only")
    } else {
      throw .invalid(address, "use unix:///PATH, tcp://HOST:PORT, docker or env")
    }
  }

  /// The address in docker's own form, as its "Cannot connect" message quotes it.
  public var description: String {
    switch transport {
    case .unix(let path): "unix://\(path)"
    case .tcp(let host, let port): "tcp://\(host):\(port)"
    }
  }
}

/// An `--engine` value SwarmLab cannot use.
public enum EngineEndpointError: Error, Equatable, CustomStringConvertible {
  case invalid(String, String)

  public var description: String {
    switch self {
    case .invalid(let address, let why): "invalid engine address \"\(address)\": \(why)"
    }
  }
}
