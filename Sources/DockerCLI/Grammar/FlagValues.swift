public import EngineAPI

/// The flags given on one command line, with the command's declared defaults as fallback.
public struct FlagValues: Sendable, Equatable {
  /// Every occurrence in command-line order.
  public let occurrences: [FlagOccurrence]
  /// Defaults as docker declares them, by long name.
  let defaults: [String: String]

  init(occurrences: [FlagOccurrence], specs: [FlagSpec]) {
    self.occurrences = occurrences
    var defaults: [String: String] = [:]
    for spec in specs { if let value = spec.defaultValue { defaults[spec.name] = value } }
    self.defaults = defaults
  }

  /// Whether the flag appeared on the command line (pflag's `Changed`).
  public func isSet(_ long: String) -> Bool { occurrences.contains { $0.name == long } }

  /// The last value given, else the default docker shows in help.
  public func string(_ long: String) -> String? {
    occurrences.last { $0.name == long }?.value ?? defaults[long]
  }

  /// All values given, in order (for repeatable list flags); empty when unset.
  public func strings(_ long: String) -> [String] {
    occurrences.filter { $0.name == long }.map(\.value)
  }

  /// A bool flag's value (false when unset and no default).
  public func bool(_ long: String) -> Bool { string(long) == "true" }

  /// The typed value of the last occurrence; nil when the flag was not given (a default,
  /// docker's own constant, is read from its text).
  private func typed(_ long: String) -> TypedFlagValue? {
    occurrences.last { $0.name == long }?.typed
  }

  /// An int flag's value, as parsed when the flag was read.
  public func int(_ long: String) -> Int? {
    if case .int(let value)? = typed(long) { return Int(exactly: value) }
    return defaults[long].flatMap { GoValue.parseInt($0).flatMap { Int(exactly: $0) } }
  }

  /// A uint flag's value.
  public func uint64(_ long: String) -> UInt64? {
    if case .uint(let value)? = typed(long) { return value }
    return defaults[long].flatMap { GoValue.parseUint($0) }
  }

  /// A duration flag's value in nanoseconds.
  public func durationNanos(_ long: String) -> Int64? {
    if case .nanoseconds(let value)? = typed(long) { return value }
    return defaults[long].flatMap { try? GoValue.parseDuration($0).get() }
  }

  /// Every port config a repeatable `port` flag (`--publish`) stood for, in order.
  public func ports(_ long: String) -> [PortConfig] {
    occurrences.filter { $0.name == long }.flatMap { occurrence -> [PortConfig] in
      if case .ports(let ports)? = occurrence.typed { return ports }
      return []
    }
  }

  /// A float or decimal flag's value.
  public func double(_ long: String) -> Double? { string(long).flatMap { Double($0) } }
}

/// One flag as given on the command line: long name and raw value ("true"/"false" for bools),
/// with the typed value its pflag `Value` holds.
public struct FlagOccurrence: Sendable, Equatable {
  public let name: String
  public let value: String
  public let typed: TypedFlagValue?

  public init(name: String, value: String, typed: TypedFlagValue? = nil) {
    self.name = name
    self.value = value
    self.typed = typed
  }
}

/// A flag value in the type docker's flag holds, parsed once when the flag is read.
public enum TypedFlagValue: Sendable, Equatable {
  case int(Int64)
  case uint(UInt64)
  case nanoseconds(Int64)
  case ports([PortConfig])
}
