/// The shape docker 20.10's JSON schema (compose file format 3.x) gives each key, and the one
/// error docker reports for a file that does not fit it.
///
/// docker validates with gojsonschema and prints only the most specific error: the one with the
/// deepest field path, a wrong type winning a tie (docker/cli `schema.getMostSpecificError`).
/// Messages keep its forms: `services.web.deploy.replicas must be a integer`,
/// `(root) Additional property servics is not allowed`.
indirect enum Shape: Sendable {
  case any
  case string
  case integer
  case number
  case boolean
  /// A Go duration in a string (`10s`): `Does not match format 'duration'` otherwise.
  case duration
  /// JSON schema's `type: [a, b]`, for example `["string", "number"]`.
  case types([Primitive])
  case list(Shape)
  /// A mapping with known keys; `other` is the shape of keys matching a pattern (service names)
  /// or nil when any other key is refused. `x-` keys are always allowed, as in the schema.
  case object([String: Shape], other: Shape? = nil)
  /// A mapping with any keys whose values have one shape.
  case dictionary(Shape)
  /// The first alternative matching the value's kind is checked; when none does, the first
  /// alternative's error is reported (gojsonschema's best `oneOf` result).
  case oneOf([Shape])
  /// A shape that also accepts null (`app-net:` with nothing under it).
  case nullable(Shape)

  enum Primitive: String, Sendable {
    case string, integer, number, boolean, null
    case object = "mapping"
    case array = "list"
  }
}

/// One validation failure: the dotted field, the message and whether it is a wrong type; what
/// docker-compose 1.x words differently is kept apart (the refused key, the types allowed).
struct SchemaViolation: Sendable {
  var field: [String]
  var description: String
  var isWrongType: Bool
  /// The key an object does not allow.
  var extraKey: String? = nil
  /// The types the value may have (every alternative's, for a `oneOf` none of which fits).
  var allowed: [Shape.Primitive] = []
  var value: YAMLValue? = nil

  var fieldText: String { field.isEmpty ? "(root)" : field.joined(separator: ".") }
  var message: String { "\(fieldText) \(description)" }
  var specificity: Int { max(field.count, 1) }
}

/// Checks a document against a shape and picks docker's most specific error.
struct SchemaValidator {
  var violations: [SchemaViolation] = []

  static func firstError(_ value: YAMLValue, against shape: Shape) -> String? {
    var validator = SchemaValidator()
    validator.check(value, shape, at: [])
    guard var best = validator.violations.first else { return nil }
    for violation in validator.violations.dropFirst() {
      if violation.specificity > best.specificity
        || (violation.specificity == best.specificity && violation.isWrongType
          && !best.isWrongType)
      {
        best = violation
      }
    }
    return best.message
  }

  mutating func check(_ value: YAMLValue, _ shape: Shape, at field: [String]) {
    switch shape {
    case .any: return
    case .string: expect([.string], value, field)
    case .integer: expect([.integer], value, field)
    case .number: expect([.number], value, field)
    case .boolean: expect([.boolean], value, field)
    case .types(let allowed): expect(allowed, value, field)
    case .duration:
      guard expect([.string], value, field), case .string(let text) = value else { return }
      if !Self.isDuration(text) {
        violations.append(
          SchemaViolation(
            field: field, description: "Does not match format 'duration'", isWrongType: false))
      }
    case .list(let item):
      guard expect([.array], value, field), let items = value.listItems else { return }
      for (i, element) in items.enumerated() { check(element, item, at: field + [String(i)]) }
    case .object(let keys, let other):
      guard expect([.object], value, field), let entries = value.mappingEntries else { return }
      for (key, child) in entries {
        if let childShape = keys[key] ?? other {
          check(child, childShape, at: field + [key])
        } else if !key.hasPrefix("x-") {
          violations.append(
            SchemaViolation(
              field: field, description: "Additional property \(key) is not allowed",
              isWrongType: false, extraKey: key))
        }
      }
    case .dictionary(let valueShape):
      guard expect([.object], value, field), let entries = value.mappingEntries else { return }
      for (key, child) in entries { check(child, valueShape, at: field + [key]) }
    case .oneOf(let alternatives):
      if let chosen = alternatives.first(where: { Self.kindMatches(value, $0) }) {
        check(value, chosen, at: field)
        return
      }
      let before = violations.count
      check(value, alternatives[0], at: field)
      let all = alternatives.compactMap(Self.primitive(of:))
      for i in before..<violations.count where violations[i].field == field {
        violations[i].allowed = all
      }
    case .nullable(let inner):
      if value == .null { return }
      if !Self.kindMatches(value, inner), let kind = Self.primitive(of: inner) {
        violations.append(
          SchemaViolation(
            field: field, description: "must be a \(kind.rawValue) or null", isWrongType: true,
            allowed: [kind, .null], value: value))
        return
      }
      check(value, inner, at: field)
    }
  }

  /// Records a wrong type unless `value` is one of `allowed`; returns whether it was.
  @discardableResult
  private mutating func expect(_ allowed: [Shape.Primitive], _ value: YAMLValue, _ field: [String])
    -> Bool
  {
    if allowed.contains(where: { Self.matches(value, $0) }) { return true }
    let names = allowed.map(\.rawValue)
    let text =
      names.count == 1
      ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    violations.append(
      SchemaViolation(
        field: field, description: "must be a \(text)", isWrongType: true, allowed: allowed,
        value: value))
    return false
  }

  private static func matches(_ value: YAMLValue, _ primitive: Shape.Primitive) -> Bool {
    switch (value, primitive) {
    case (.string, .string), (.int, .integer), (.int, .number), (.float, .number),
      (.bool, .boolean), (.null, .null), (.list, .array), (.mapping, .object):
      return true
    case (.float(let d), .integer): return d == d.rounded()
    default: return false
    }
  }

  static func primitive(of shape: Shape) -> Shape.Primitive? {
    switch shape {
    case .string, .duration: return .string
    case .integer: return .integer
    case .number: return .number
    case .boolean: return .boolean
    case .list: return .array
    case .object, .dictionary: return .object
    case .types(let list): return list.first
    case .oneOf(let list): return list.first.flatMap(primitive(of:))
    case .nullable(let inner): return primitive(of: inner)
    case .any: return nil
    }
  }

  private static func kindMatches(_ value: YAMLValue, _ shape: Shape) -> Bool {
    switch shape {
    case .any: return true
    case .types(let list): return list.contains { matches(value, $0) }
    case .oneOf(let list): return list.contains { kindMatches(value, $0) }
    case .nullable(let inner): return value == .null || kindMatches(value, inner)
    default: return primitive(of: shape).map { matches(value, $0) } ?? true
    }
  }

  /// The schema's `duration` format: Go's `time.ParseDuration` grammar.
  static func isDuration(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    if rest == "0" { return true }
    guard !rest.isEmpty else { return false }
    let units = ["ns", "us", "µs", "μs", "ms", "s", "m", "h"]
    while !rest.isEmpty {
      let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
      guard !number.isEmpty, number != "." else { return false }
      rest = rest.dropFirst(number.count)
      guard let unit = units.sorted(by: { $0.count > $1.count }).first(where: rest.hasPrefix)
      else { return false }
      rest = rest.dropFirst(unit.count)
    }
    return true
  }
}
