import EngineAPI

/// docker's `opts.PortOpt`: a `--publish` value parsed once, when the flag is read, into the
/// port configs the spec carries. Short syntax `[host:]container[/proto]` (either side may be
/// a `start-end` range, expanded as docker's `nat.ParsePortSpecs` does) or the csv long syntax
/// `published=,target=,protocol=,mode=`.
enum PortOption {
  /// The port configs `value` stands for, or the error docker shows after the flag name.
  static func parse(_ value: String) -> Result<[PortConfig], GoError> {
    value.contains("=") ? parseLong(value) : parseShort(value)
  }

  private static func parseShort(_ value: String) -> Result<[PortConfig], GoError> {
    var spec = Substring(value)
    var proto = "tcp"
    if let slash = spec.lastIndex(of: "/") {
      proto = String(spec[spec.index(after: slash)...])
      spec = spec[..<slash]
    }
    let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    let container = parts.last ?? ""
    let host = parts.count >= 2 ? parts[parts.count - 2] : ""
    if container.isEmpty { return .failure(GoError("No port specified: \(value)<empty>")) }
    guard let targets = range(container) else {
      return .failure(GoError("Invalid containerPort: \(container)"))
    }
    var published: ClosedRange<UInt32>? = nil
    if !host.isEmpty {
      guard let hosts = range(host) else { return .failure(GoError("Invalid hostPort: \(host)")) }
      published = hosts
    }
    if !["tcp", "udp", "sctp"].contains(proto.lowercased()) {
      return .failure(GoError("Invalid proto: \(proto)"))
    }
    proto = proto.lowercased()
    guard let published else {
      return .success(targets.map { PortConfig(protocol: proto, targetPort: nonZero($0)) })
    }
    // One container port may take a range of host ports; otherwise the lengths must match.
    if targets.count == 1 {
      return .success(
        published.map {
          PortConfig(
            protocol: proto, targetPort: nonZero(targets.lowerBound), publishedPort: nonZero($0))
        })
    }
    guard published.count == targets.count else {
      return .failure(
        GoError(
          "Invalid ranges specified for container and host Ports: \(container) and \(host)"))
    }
    return .success(
      zip(targets, published).map {
        PortConfig(protocol: proto, targetPort: nonZero($0), publishedPort: nonZero($1))
      })
  }

  /// The csv long syntax.
  private static func parseLong(_ value: String) -> Result<[PortConfig], GoError> {
    var config = PortConfig(protocol: "tcp", targetPort: nil, publishMode: "ingress")
    var hasTarget = false
    for field in value.split(separator: ",") {
      let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2 else { return .failure(GoError("invalid field \(field)")) }
      let (key, val) = (pair[0].lowercased(), pair[1])
      switch key {
      case "mode":
        if val != "ingress" && val != "host" {
          return .failure(GoError("invalid publish mode value \(val)"))
        }
        config.publishMode = val
      case "protocol":
        if !["tcp", "udp", "sctp"].contains(val) {
          return .failure(GoError("invalid protocol value \(val)"))
        }
        config.protocol = val
      case "target", "published":
        // Go's strconv.ParseUint(value, 10, 16).
        guard let port = GoValue.parseUint(val) else {
          return .failure(GoError("strconv.ParseUint: parsing \"\(val)\": invalid syntax"))
        }
        guard port <= 65535 else {
          return .failure(GoError("strconv.ParseUint: parsing \"\(val)\": value out of range"))
        }
        if key == "target" {
          hasTarget = true
          config.targetPort = nonZero(UInt32(port))
        } else {
          config.publishedPort = nonZero(UInt32(port))
        }
      default:
        return .failure(GoError("invalid field key \(key)"))
      }
    }
    return hasTarget ? .success([config]) : .failure(GoError("missing mandatory field \"target\""))
  }

  /// `start` or `start-end`, each 0...65535, start not above end.
  private static func range(_ text: String) -> ClosedRange<UInt32>? {
    let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count <= 2 else { return nil }
    let ports = bounds.map { GoValue.parseUint(String($0)) }
    guard let first = ports.first ?? nil, let last = ports.last ?? nil, first <= 65535,
      last <= 65535, first <= last
    else { return nil }
    return UInt32(first)...UInt32(last)
  }

  private static func nonZero(_ port: UInt32) -> UInt32? { port == 0 ? nil : port }
}
