/// How a flag's value is checked when it is parsed (pflag's `Value.Set`).
public enum FlagKind: Sendable, Equatable {
  /// A boolean switch; `--flag`, `--flag=false`, bundled in `-dit`.
  case bool
  /// Go `strconv.ParseInt` (base 0).
  case int
  /// Go `strconv.ParseUint` (base 0), also used for `uint`, `uint16`, `uint32`.
  case uint(bits: Int)
  /// Go `time.ParseDuration`.
  case duration
  /// Go `strconv.ParseFloat`.
  case float
  /// docker's NanoCPUs: a rational number such as `0.5`.
  case decimal
  /// docker's filter option: `name=value`.
  case filter
  /// docker's service port option (`-p 8080:80`, `published=8080,target=80`).
  case port
  /// docker's `ValidateLabel`: `key[=value]` with a non-empty key.
  case label
  /// docker's `ValidateEnv`: `NAME[=value]` with a non-empty name.
  case environment
  /// Any other value-taking flag, kept verbatim.
  case text
}

/// One flag of a command, as docker 20.10 declares it with pflag.
public struct FlagSpec: Sendable, Equatable {
  /// Long name without dashes, e.g. `replicas`.
  public let name: String
  /// One-letter shorthand without dash, if any.
  public let shorthand: String?
  /// The value type pflag shows in help (`list`, `string`, `uint`...); empty for bools.
  public let typeName: String
  /// The default pflag prints in help, unquoted; nil when pflag prints none.
  public let defaultValue: String?
  /// Usage text, possibly with embedded newlines.
  public let usage: String
  /// Hidden flags parse but are not listed in help or completion.
  public let hidden: Bool

  public init(
    _ name: String, _ shorthand: String? = nil, type typeName: String = "",
    default defaultValue: String? = nil, usage: String, hidden: Bool = false
  ) {
    self.name = name
    self.shorthand = shorthand
    self.typeName = typeName
    self.defaultValue = defaultValue
    self.usage = usage
    self.hidden = hidden
  }

  /// Validation kind derived from the pflag type name.
  public var kind: FlagKind {
    switch typeName {
    case "": return .bool
    case "int", "int64": return .int
    case "uint", "uint64": return .uint(bits: 64)
    case "uint32": return .uint(bits: 32)
    case "uint16": return .uint(bits: 16)
    case "duration": return .duration
    case "float": return .float
    case "decimal": return .decimal
    case "filter": return .filter
    case "port": return .port
    // Node labels are not checked by the 20.10 client (the daemon takes them as given).
    case "list" where Self.labelFlags.contains(name) && !usage.contains("node label"):
      return .label
    case "list" where name == "env" || name == "env-add": return .environment
    default: return .text
    }
  }

  /// List flags docker declares with `opts.ValidateLabel`.
  static let labelFlags: Set<String> = [
    "label", "label-add", "container-label", "container-label-add",
  ]

  /// Whether the flag needs a value (everything but bools).
  public var takesValue: Bool { kind != .bool }

  /// The flag's name as pflag prints it in errors: `-d, --detach` or `--replicas`.
  var errorName: String {
    if let shorthand { return "-\(shorthand), --\(name)" }
    return "--\(name)"
  }
}
