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

  /// An int flag's value; values were validated at parse time.
  public func int(_ long: String) -> Int? {
    string(long).flatMap { GoValue.parseInt($0).flatMap { Int(exactly: $0) } }
  }

  /// A uint flag's value.
  public func uint64(_ long: String) -> UInt64? { string(long).flatMap { GoValue.parseUint($0) } }

  /// A duration flag's value in nanoseconds.
  public func durationNanos(_ long: String) -> Int64? {
    string(long).flatMap { try? GoValue.parseDuration($0).get() }
  }

  /// A float or decimal flag's value.
  public func double(_ long: String) -> Double? { string(long).flatMap { Double($0) } }
}

/// One flag as given on the command line: long name and raw value ("true"/"false" for bools).
public struct FlagOccurrence: Sendable, Equatable {
  public let name: String
  public let value: String
}
