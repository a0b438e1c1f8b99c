import Yams

/// A compose document as plain values, after YAML 1.1 tag resolution (go-yaml v2's rules, which
/// docker 20.10 uses: `yes`, `on` and `n` are booleans). Mappings keep document order so every
/// walk over them, and every error picked from them, is reproducible.
public indirect enum YAMLValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list([YAMLValue])
  case mapping([(key: String, value: YAMLValue)])

  public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.list(let a), .list(let b)): return a == b
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// Converts a composed YAML node. A key that is not a string (`n:` is `false` in YAML 1.1) is
  /// refused as docker refuses it: `Non-string key in networks: false`.
  init(node: Node, section: String?) throws(ComposeError) {
    switch node {
    case .scalar(let scalar):
      self = Self.resolve(scalar)
    case .sequence(let sequence):
      var items: [YAMLValue] = []
      for item in sequence { items.append(try YAMLValue(node: item, section: section)) }
      self = .list(items)
    case .mapping(let mapping):
      var entries: [(key: String, value: YAMLValue)] = []
      for (key, value) in mapping {
        let resolvedKey = key.scalar.map(Self.resolve) ?? .null
        guard case .string(let name) = resolvedKey else {
          let place = section.map { " in \($0)" } ?? " at top level"
          throw ComposeError(.load, "Non-string key\(place): \(resolvedKey.goText)")
        }
        let child = try YAMLValue(node: value, section: section ?? name)
        // go-yaml v2 keeps the last of duplicated keys.
        entries.removeAll { $0.key == name }
        entries.append((name, child))
      }
      self = .mapping(entries)
    case .alias:
      self = .null
    }
  }

  private static func resolve(_ scalar: Node.Scalar) -> YAMLValue {
    let text = scalar.string
    guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
    case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
      return .bool(false)
    default: break
    }
    if let int = Int(text.replacingOccurrences(of: "_", with: "")), text.first != "_" {
      return .int(int)
    }
    if text.hasPrefix("0x"), let int = Int(text.dropFirst(2), radix: 16) { return .int(int) }
    if looksLikeFloat(text), let double = Double(text.replacingOccurrences(of: "_", with: "")) {
      return .float(double)
    }
    return .string(text)
  }

  /// YAML 1.1's float pattern, narrower than Swift's `Double(_:)` (which accepts `nan`, `inf`).
  private static func looksLikeFloat(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    guard let first = body.first, first.isNumber || first == "." else { return false }
    let allowed: Set<Character> = [".", "e", "E", "-", "+", "_"]
    return body.contains(".") && body.allSatisfy { $0.isNumber || allowed.contains($0) }
  }

  /// The value as Go's `%v` prints it in docker's messages.
  var goText: String {
    switch self {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let d): return d == d.rounded() && abs(d) < 1e21 ? String(Int(d)) : String(d)
    case .string(let s): return s
    case .list(let items): return "[" + items.map(\.goText).joined(separator: " ") + "]"
    case .mapping(let entries):
      return "map[" + entries.map { "\($0.key):\($0.value.goText)" }.joined(separator: " ") + "]"
    }
  }

  /// The entry `key` of a mapping.
  public subscript(key: String) -> YAMLValue? {
    guard case .mapping(let entries) = self else { return nil }
    return entries.first { $0.key == key }?.value
  }

  var mappingEntries: [(key: String, value: YAMLValue)]? {
    if case .mapping(let entries) = self { return entries }
    return nil
  }

  var listItems: [YAMLValue]? {
    if case .list(let items) = self { return items }
    return nil
  }

  /// A scalar as text (numbers and booleans as written in Go), nil for lists and mappings.
  var scalarText: String? {
    switch self {
    case .list, .mapping, .null: return nil
    default: return goText
    }
  }
}
