/// docker-compose 1.26's schema check of one file (`validate_against_config_schema`), run on
/// each file after interpolation and before the merge: the same format-3 schema docker 20.10
/// validates with (``ComposeSchemaDefinitions``), but compose reports every error, sorted by
/// jsonschema's message, each in its own words:
///
///     The Compose file './a.yml' is invalid because:
///     Unsupported config option for services.web: 'foo'
///     services.web.deploy value Additional properties are not allowed ('replica' was unexpected)
///     services.web.ports contains an invalid type, it should be an array
///
/// Checked against docker-compose 1.26.2. Version 2.x files (a different schema) are not
/// checked, and neither is the `duration` format, which compose does not check either.
enum ComposeV1Schema {
  static func validate(_ document: YAMLValue, file: String, version: String)
    throws(ComposeV1Error)
  {
    guard version.hasPrefix("3.") else { return }
    var validator = SchemaValidator()
    validator.check(document, ComposeSchemaDefinitions.document, at: [])
    // jsonschema reports an object's refused keys in one error.
    var refused: [(field: [String], keys: [String])] = []
    var errors: [(sortKey: String, text: String)] = []
    for violation in validator.violations {
      if let key = violation.extraKey {
        if let i = refused.firstIndex(where: { $0.field == violation.field }) {
          refused[i].keys.append(key)
        } else {
          refused.append((violation.field, [key]))
        }
      } else if !violation.allowed.isEmpty {
        let types = violation.allowed.map(jsonType)
        errors.append(
          (
            "\(pythonRepr(violation.value)) is not of type "
              + types.map { "'\($0)'" }.joined(separator: ", "),
            "\(path(violation.field)) contains an invalid type, it should be \(typeList(types))"
          ))
      }
    }
    for (field, keys) in refused {
      let listed = keys.map { "'\($0)'" }.joined(separator: ", ")
      let message =
        "Additional properties are not allowed (\(listed) \(keys.count == 1 ? "was" : "were") unexpected)"
      // The root and a service also allow `x-` keys by pattern, which changes jsonschema's
      // message (and so the order) and makes compose name the first key in sorted order.
      let sortedKeys = keys.sorted()
      let patternMessage =
        sortedKeys.map { "'\($0)'" }.joined(separator: ", ")
        + " \(keys.count == 1 ? "does" : "do") not match any of the regexes: '^x-'"
      let text: String
      if field.isEmpty {
        text =
          "Invalid top-level property \"\(sortedKeys[0])\". Valid top-level sections for this Compose file are: \(sections(version)), and extensions starting with \"x-\".\n\n\(ComposeV1Config.versionExplanation)"
      } else if field.count == 2 && field[0] == "services" {
        text = "Unsupported config option for \(path(field)): '\(sortedKeys[0])'"
      } else {
        errors.append((message, "\(path(field)) value \(message)"))
        continue
      }
      errors.append((patternMessage, text))
    }
    guard !errors.isEmpty else { return }
    let sorted = errors.sorted { $0.sortKey < $1.sortKey }.map(\.text)
    throw ComposeV1Error(
      "The Compose file '\(file)' is invalid because:\n" + sorted.joined(separator: "\n"))
  }

  /// The top-level keys of the version's schema, in its order.
  private static func sections(_ version: String) -> String {
    let minor = Int(version.dropFirst(2)) ?? 0
    var keys = ["version", "services", "networks", "volumes"]
    if minor >= 1 { keys.append("secrets") }
    if minor >= 3 { keys.append("configs") }
    return keys.joined(separator: ", ")
  }

  /// compose's `path_string`: list positions are left out.
  private static func path(_ field: [String]) -> String {
    field.filter { !($0.allSatisfy(\.isNumber) && !$0.isEmpty) }.joined(separator: ".")
  }

  private static func jsonType(_ primitive: Shape.Primitive) -> String {
    switch primitive {
    case .object: "object"
    case .array: "array"
    default: primitive.rawValue
    }
  }

  /// `_parse_valid_types_from_validator`: only the first and last get an article.
  private static func typeList(_ types: [String]) -> String {
    func article(_ type: String) -> String {
      "aeiou".contains(type.first ?? "x") ? "an \(type)" : "a \(type)"
    }
    guard types.count > 1 else { return article(types.first ?? "object") }
    let head = ([article(types[0])] + types.dropFirst().dropLast()).joined(separator: ", ")
    return "\(head), or \(article(types[types.count - 1]))"
  }

  /// Enough of Python's `repr` to order the errors as compose does.
  private static func pythonRepr(_ value: YAMLValue?) -> String {
    switch value {
    case .string(let text)?: return "'\(text)'"
    case .int(let n)?: return String(n)
    case .float(let d)?: return String(d)
    case .bool(let b)?: return b ? "True" : "False"
    case .list?: return "["
    case .mapping?: return "{"
    default: return "None"
    }
  }
}
