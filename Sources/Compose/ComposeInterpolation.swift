/// `${VAR}` substitution in compose files, as docker 20.10's loader does it before validation:
/// `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`
/// and `$$` for a literal dollar. An unset variable becomes the empty string, silently. A string
/// that changed at a path holding a number or a boolean (`deploy.replicas: ${N}`) is cast to it.
public struct ComposeInterpolation: Sendable {
  /// The variables a `${VAR}` can read (the learner's shell variables, not the host's).
  public var environment: [String: String]

  public init(environment: [String: String]) { self.environment = environment }

  /// Interpolates every string below the top-level sections docker interpolates.
  func interpolate(_ document: YAMLValue) throws(ComposeError) -> YAMLValue {
    guard case .mapping(let entries) = document else { return document }
    var result: [(key: String, value: YAMLValue)] = []
    for (key, value) in entries {
      if Self.sections.contains(key) {
        result.append((key, try walk(value, path: [key])))
      } else {
        result.append((key, value))
      }
    }
    return .mapping(result)
  }

  private static let sections: Set<String> = [
    "services", "networks", "volumes", "secrets", "configs",
  ]

  private func walk(_ value: YAMLValue, path: [String]) throws(ComposeError) -> YAMLValue {
    switch value {
    case .string(let text):
      let substituted = try substitute(text, path: path)
      guard substituted != text else { return value }
      return try Self.cast(substituted, path: path)
    case .list(let items):
      var out: [YAMLValue] = []
      for item in items { out.append(try walk(item, path: path + ["[]"])) }
      return .list(out)
    case .mapping(let entries):
      var out: [(key: String, value: YAMLValue)] = []
      for (key, child) in entries { out.append((key, try walk(child, path: path + [key]))) }
      return .mapping(out)
    default:
      return value
    }
  }

  /// Substitutes one string; `path` names it in errors (`services.web.image`).
  func substitute(_ text: String, path: [String]) throws(ComposeError) -> String {
    var output = ""
    var rest = Substring(text)
    while let dollar = rest.firstIndex(of: "$") {
      output += rest[..<dollar]
      rest = rest[rest.index(after: dollar)...]
      if rest.first == "$" {
        output += "$"
        rest = rest.dropFirst()
      } else if rest.first == "{" {
        guard let close = rest.firstIndex(of: "}") else { throw invalid(text, path) }
        let body = rest[rest.index(after: rest.startIndex)..<close]
        output += try braced(body, template: text, path: path)
        rest = rest[rest.index(after: close)...]
      } else if let first = rest.first, Self.isNameStart(first) {
        let name = rest.prefix { Self.isNameStart($0) || $0.isASCII && $0.isNumber }
        output += environment[String(name)] ?? ""
        rest = rest.dropFirst(name.count)
      } else {
        throw invalid(text, path)
      }
    }
    return output + rest
  }

  private func braced(_ body: Substring, template: String, path: [String]) throws(ComposeError)
    -> String
  {
    let name = body.prefix { Self.isNameStart($0) || $0.isASCII && $0.isNumber }
    guard let first = name.first, Self.isNameStart(first) else { throw invalid(template, path) }
    var modifier = body.dropFirst(name.count)
    let value = environment[String(name)]
    if modifier.isEmpty { return value ?? "" }
    let orEmpty = modifier.first == ":"
    if orEmpty { modifier = modifier.dropFirst() }
    guard let kind = modifier.first, kind == "-" || kind == "?" else {
      throw invalid(template, path)
    }
    let argument = String(modifier.dropFirst())
    let missing = value == nil || (orEmpty && value == "")
    if !missing { return value ?? "" }
    if kind == "-" { return argument }
    throw invalid("required variable \(name) is missing a value: \(argument)", path)
  }

  private static func isNameStart(_ c: Character) -> Bool {
    c == "_" || (c.isASCII && c.isLetter)
  }

  private func invalid(_ template: String, _ path: [String]) -> ComposeError {
    ComposeError(
      .load,
      "invalid interpolation format for \(path.joined(separator: ".")): \(GoQuoted(template)); "
        + "you may need to escape any $ with another $")
  }

  /// Paths whose interpolated strings become numbers or booleans (docker's type-cast table).
  private static func cast(_ text: String, path: [String]) throws(ComposeError) -> YAMLValue {
    let tail = path.suffix(2).joined(separator: ".")
    let last = path.last ?? ""
    let integers: Set<String> = [
      "deploy.replicas", "update_config.parallelism", "rollback_config.parallelism",
      "restart_policy.max_attempts", "healthcheck.retries", "[].target", "[].published",
      "deploy.max_replicas_per_node", "placement.max_replicas_per_node",
    ]
    let booleans: Set<String> = [
      "external", "read_only", "disable", "attachable", "internal", "tty",
    ]
    if integers.contains(tail) {
      guard let number = Int(text) else {
        throw ComposeError(
          .load,
          "error while interpolating \(path.joined(separator: ".")): failed to cast to expected "
            + "type: strconv.Atoi: parsing \(GoQuoted(text)): invalid syntax")
      }
      return .int(number)
    }
    if booleans.contains(last) {
      switch text.lowercased() {
      case "true", "yes", "y", "on", "1": return .bool(true)
      case "false", "no", "n", "off", "0": return .bool(false)
      default:
        throw ComposeError(
          .load,
          "error while interpolating \(path.joined(separator: ".")): failed to cast to expected "
            + "type: invalid boolean: \(text)")
      }
    }
    return .string(text)
  }
}

/// A string as Go's `%q` writes it: double quotes, with `"`, `\` and control characters escaped.
struct GoQuoted: CustomStringConvertible {
  let text: String
  init(_ text: String) { self.text = text }

  var description: String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
