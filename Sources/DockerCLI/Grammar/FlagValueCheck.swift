/// Parse-time validation of a flag value, as the flag's pflag `Value.Set` does it in docker 20.10.
enum FlagValueCheck {
  static let positiveDurations: Set<String> = [
    "health-interval", "health-timeout", "health-start-period",
  ]

  /// The normalised value to store, or the error text docker shows after the flag name.
  static func check(_ value: String, for spec: FlagSpec) -> Result<String, GoError> {
    switch spec.kind {
    case .bool:
      guard let bool = GoValue.parseBool(value) else {
        return .failure(GoError("strconv.ParseBool: parsing \"\(value)\": invalid syntax"))
      }
      return .success(bool ? "true" : "false")
    case .int:
      return GoValue.checkedInt(value).map { _ in value }
    case .uint(let bits):
      return GoValue.checkedUint(value, bits: bits).map { _ in value }
    case .duration:
      return GoValue.parseDuration(value).flatMap { nanos in
        // The health durations are docker's `PositiveDurationOpt`.
        guard nanos >= 0 || !positiveDurations.contains(spec.name) else {
          return .failure(GoError("duration cannot be negative"))
        }
        return .success(value)
      }
    case .float:
      if Double(value) == nil || value.lowercased().hasPrefix("0x") {
        return .failure(GoError("strconv.ParseFloat: parsing \"\(value)\": invalid syntax"))
      }
      return .success(value)
    case .decimal:
      if Double(value) == nil {
        return .failure(GoError("failed to parse \(value) as a rational number"))
      }
      return .success(value)
    case .filter:
      if !value.contains("=") {
        return .failure(GoError("bad format of filter (expected name=value)"))
      }
      return .success(value)
    case .port:
      return PortSpecCheck.check(value).map { _ in value }
    case .label:
      let key = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if key.trimmingPrefix(while: \.isWhitespace).isEmpty {
        return .failure(GoError("invalid label '\(value)': empty name"))
      }
      return .success(value)
    case .environment:
      if value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0].isEmpty {
        return .failure(GoError("invalid environment variable: \(value)"))
      }
      return .success(value)
    case .text where spec.typeName == "pref":
      // docker's `placementPrefOpts.Set`: `strategy=arg`, and only `spread` is known.
      guard let eq = value.firstIndex(of: "=") else {
        return .failure(
          GoError("placement preference must be of the format \"<strategy>=<arg>\""))
      }
      let strategy = value[..<eq]
      guard strategy.lowercased() == "spread" else {
        return .failure(
          GoError("unsupported placement preference \(strategy) (only spread is supported)"))
      }
      return .success(value)
    case .text:
      return .success(value)
    }
  }
}

/// docker's `PortOpt.Set` checks for `service create/update --publish`.
enum PortSpecCheck {
  /// Validates short (`[ip:][host:]container[/proto]`) or long (`published=,target=`) syntax.
  static func check(_ value: String) -> Result<Void, GoError> {
    if value.contains("=") { return checkLong(value) }
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
    if !isPortRange(container) { return .failure(GoError("Invalid containerPort: \(container)")) }
    if !host.isEmpty && !isPortRange(host) { return .failure(GoError("Invalid hostPort: \(host)")) }
    if !["tcp", "udp", "sctp"].contains(proto.lowercased()) {
      return .failure(GoError("Invalid proto: \(proto)"))
    }
    return .success(())
  }

  /// `start` or `start-end`, each 0...65535.
  private static func isPortRange(_ text: String) -> Bool {
    let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count <= 2 else { return false }
    return bounds.allSatisfy { bound in
      guard let port = GoValue.parseUint(String(bound)) else { return false }
      return port <= 65535
    }
  }

  /// The csv long syntax.
  private static func checkLong(_ value: String) -> Result<Void, GoError> {
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
      case "protocol":
        if !["tcp", "udp", "sctp"].contains(val) {
          return .failure(GoError("invalid protocol value \(val)"))
        }
      case "target", "published":
        hasTarget = hasTarget || key == "target"
      default:
        return .failure(GoError("invalid field key \(key)"))
      }
    }
    return hasTarget ? .success(()) : .failure(GoError("missing mandatory field \"target\""))
  }
}
