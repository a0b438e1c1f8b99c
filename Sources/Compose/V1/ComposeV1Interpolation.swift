/// docker-compose 1.x's `${VAR}` substitution (Python's `Template` with defaults) and its
/// type-conversion table: an unset variable becomes the empty string with a warning, and
/// strings at paths that hold numbers (`deploy.replicas`, `cpus`) or booleans become them.
struct ComposeV1Interpolation {
  /// The variables a `${VAR}` reads (the learner's shell variables).
  var environment: [String: String]
  /// `The X variable is not set. Defaulting to a blank string.`, once per use.
  private(set) var warnings: [String] = []

  init(environment: [String: String]) { self.environment = environment }

  /// Interpolates one top-level section (`services`, `networks`…): `section` is compose's
  /// singular name for it, used in messages and in the conversion table's paths.
  mutating func section(_ value: YAMLValue, named section: String) throws(ComposeV1Error)
    -> YAMLValue
  {
    guard case .mapping(let entries) = value else { return value }
    var out: [(key: String, value: YAMLValue)] = []
    for (name, body) in entries {
      guard case .mapping(let options) = body else {
        out.append((name, body))
        continue
      }
      var converted: [(key: String, value: YAMLValue)] = []
      for (key, option) in options {
        do {
          converted.append((key, try walk(option, path: [section, name, key])))
        } catch let failure {
          if let conversion = failure.conversion { throw ComposeV1Error(conversion) }
          throw ComposeV1Error(
            "Invalid interpolation format for \"\(key)\" option in \(section) \"\(name)\": \"\(failure.text)\""
          )
        }
      }
      out.append((name, .mapping(converted)))
    }
    return .mapping(out)
  }

  /// A bad `${` (its text), or a value compose could not cast (its whole message).
  private struct Invalid: Error {
    var text: String
    var conversion: String? = nil
  }

  private mutating func walk(_ value: YAMLValue, path: [String]) throws(Invalid) -> YAMLValue {
    switch value {
    case .string(let text):
      return try Self.convert(.string(try substitute(text)), path: path)
    case .list(let items):
      var out: [YAMLValue] = []
      for item in items { out.append(try walk(item, path: path)) }
      return .list(out)
    case .mapping(let entries):
      var out: [(key: String, value: YAMLValue)] = []
      for (key, child) in entries { out.append((key, try walk(child, path: path + [key]))) }
      return .mapping(out)
    default:
      return try Self.convert(value, path: path)
    }
  }

  private mutating func substitute(_ text: String) throws(Invalid) -> String {
    var output = ""
    var rest = Substring(text)
    while let dollar = rest.firstIndex(of: "$") {
      output += rest[..<dollar]
      rest = rest[rest.index(after: dollar)...]
      let nameChars = { (c: Character) in c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
      if rest.first == "$" {
        output += "$"
        rest = rest.dropFirst()
      } else if rest.first == "{", let close = rest.firstIndex(of: "}") {
        let body = rest[rest.index(after: rest.startIndex)..<close]
        let name = String(body.prefix(while: nameChars))
        guard let first = name.first, !first.isNumber else { throw Invalid(text: text) }
        var modifier = body.dropFirst(name.count)
        let value = environment[name]
        rest = rest[rest.index(after: close)...]
        if modifier.isEmpty {
          output += lookup(name)
          continue
        }
        let orEmpty = modifier.first == ":"
        if orEmpty { modifier = modifier.dropFirst() }
        guard modifier.first == "-" else { throw Invalid(text: text) }
        let missing = value == nil || (orEmpty && value == "")
        output += missing ? String(modifier.dropFirst()) : value ?? ""
      } else if let first = rest.first, first == "_" || (first.isASCII && first.isLetter) {
        let name = String(rest.prefix(while: nameChars))
        output += lookup(name)
        rest = rest.dropFirst(name.count)
      } else {
        throw Invalid(text: text)
      }
    }
    return output + rest
  }

  private mutating func lookup(_ name: String) -> String {
    if let value = environment[name] { return value }
    warnings.append("The \(name) variable is not set. Defaulting to a blank string.")
    return ""
  }

  /// compose's `ConversionMap`: which option paths are cast, and to what; a string that does
  /// not cast stops compose with Python's `ValueError` text.
  private static func convert(_ value: YAMLValue, path: [String]) throws(Invalid) -> YAMLValue {
    func failure(_ reason: String) -> Invalid {
      Invalid(
        text: "",
        conversion:
          "Error while attempting to convert \(path.joined(separator: ".")) to appropriate type: \(reason)"
      )
    }
    guard path.count >= 3 else { return value }
    let section = path[0]
    let tail = path.dropFirst(2).joined(separator: "/")
    let stringPaths = ["labels/", "deploy/labels/", "build/labels/"]
    if section == "service", stringPaths.contains(where: { tail.hasPrefix($0) }) {
      // `to_str`: numbers and booleans in labels become their Python text.
      switch value {
      case .int(let n): return .string(String(n))
      case .bool(let b): return .string(b ? "True" : "False")
      case .float(let d): return .string("\(d)")
      default: return value
      }
    }
    guard case .string(let text) = value else { return value }
    if section == "service" {
      let ints: Set<String> = [
        "cpu_count", "healthcheck/retries", "deploy/replicas", "configs/mode", "secrets/mode",
        "deploy/placement/max_replicas_per_node", "deploy/update_config/parallelism",
        "deploy/rollback_config/parallelism", "deploy/restart_policy/max_attempts",
        "mem_swappiness", "oom_score_adj", "ports/target", "ports/published", "scale",
      ]
      // 1.26 leaves `deploy.resources.limits.cpus` a string (1.27 made it a float).
      let floats: Set<String> = [
        "cpus", "deploy/update_config/max_failure_ratio",
        "deploy/rollback_config/max_failure_ratio",
      ]
      let booleans: Set<String> = [
        "healthcheck/disable", "oom_kill_disable", "privileged", "read_only", "stdin_open", "tty",
        "volumes/read_only",
      ]
      if ints.contains(tail) {
        guard let n = Int(trimmed(text)) else {
          throw failure("\"\(text)\" is not a valid integer")
        }
        return .int(n)
      }
      if floats.contains(tail) {
        guard let d = Double(trimmed(text)) else {
          throw failure("could not convert string to float: '\(text)'")
        }
        return .float(d)
      }
      if booleans.contains(tail) {
        guard let b = boolean(text) else {
          throw failure("\"\(text.lowercased())\" is not a valid boolean value")
        }
        return b
      }
    } else if path.count == 3,
      path[2] == "external" || path[2] == "internal"
        || path[2] == "attachable"
    {
      guard let b = boolean(text) else {
        throw failure("\"\(text.lowercased())\" is not a valid boolean value")
      }
      return b
    }
    return value
  }

  /// Python's `int()` and `float()` allow blanks around the number.
  private static func trimmed(_ text: String) -> String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(text.drop(while: blank).reversed().drop(while: blank).reversed())
  }

  private static func boolean(_ text: String) -> YAMLValue? {
    switch text.lowercased() {
    // compose's `to_boolean`: no 1 or 0.
    case "true", "yes", "y", "on": return .bool(true)
    case "false", "no", "n", "off": return .bool(false)
    default: return nil
    }
  }
}
