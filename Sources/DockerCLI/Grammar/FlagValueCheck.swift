/// Parse-time validation of a flag value, as the flag's pflag `Value.Set` does it in docker 20.10.
enum FlagValueCheck {
  static let positiveDurations: Set<String> = [
    "health-interval", "health-timeout", "health-start-period",
  ]

  /// The normalised value to store (with its typed form where the flag has one, so nothing
  /// parses it again), or the error text docker shows after the flag name.
  static func check(_ value: String, for spec: FlagSpec) -> Result<
    (text: String, typed: TypedFlagValue?), GoError
  > {
    typedCheck(value, for: spec).map { typed in (typed.text ?? value, typed.value) }
  }

  private static func typedCheck(_ value: String, for spec: FlagSpec) -> Result<
    (text: String?, value: TypedFlagValue?), GoError
  > {
    switch spec.kind {
    case .bool:
      guard let bool = GoValue.parseBool(value) else {
        return .failure(GoError("strconv.ParseBool: parsing \"\(value)\": invalid syntax"))
      }
      return .success((bool ? "true" : "false", nil))
    case .int:
      return GoValue.checkedInt(value).map { (nil, .int($0)) }
    case .uint(let bits):
      return GoValue.checkedUint(value, bits: bits).map { (nil, .uint($0)) }
    case .duration:
      return GoValue.parseDuration(value).flatMap { nanos in
        // The health durations are docker's `PositiveDurationOpt`.
        guard nanos >= 0 || !positiveDurations.contains(spec.name) else {
          return .failure(GoError("duration cannot be negative"))
        }
        return .success((nil, .nanoseconds(nanos)))
      }
    case .float:
      if Double(value) == nil || value.lowercased().hasPrefix("0x") {
        return .failure(GoError("strconv.ParseFloat: parsing \"\(value)\": invalid syntax"))
      }
      return .success((nil, nil))
    case .decimal:
      if Double(value) == nil {
        return .failure(GoError("failed to parse \(value) as a rational number"))
      }
      return .success((nil, nil))
    case .filter:
      if !value.contains("=") {
        return .failure(GoError("bad format of filter (expected name=value)"))
      }
      return .success((nil, nil))
    case .port:
      return PortOption.parse(value).map { (nil, .ports($0)) }
    case .label:
      let key = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if key.trimmingPrefix(while: \.isWhitespace).isEmpty {
        return .failure(GoError("invalid label '\(value)': empty name"))
      }
      return .success((nil, nil))
    case .environment:
      if value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0].isEmpty {
        return .failure(GoError("invalid environment variable: \(value)"))
      }
      return .success((nil, nil))
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
      return .success((nil, nil))
    case .text:
      return .success((nil, nil))
    }
  }
}
