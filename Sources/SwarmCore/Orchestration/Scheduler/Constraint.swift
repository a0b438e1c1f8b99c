/// A placement constraint such as `node.role==manager` or `node.labels.zone != a`, parsed and
/// matched as swarmkit's `constraint` package does: the first `==` or `!=` splits key from
/// value, values compare case-insensitively, and a missing node label reads as empty.
public struct Constraint: Sendable, Hashable {
  public var key: String
  public var equals: Bool
  public var value: String

  /// nil for text swarmkit rejects (see `parse` for its reason).
  public init?(_ text: String) {
    guard let parsed = try? Self.parse(text) else { return nil }
    self = parsed
  }

  /// Parses one constraint or throws swarmkit's reason (`key '1node' is invalid`), which the
  /// daemon returns as `rpc error: code = Unknown desc = …`.
  public static func parse(_ text: String) throws(ControlError) -> Constraint {
    for (op, eq) in [("==", true), ("!=", false)] {
      guard let range = text.firstRange(of: op) else { continue }
      let key = text[..<range.lowerBound].trimmingSpaces()
      let value = text[range.upperBound...].trimmingSpaces()
      guard isValidKey(key) else {
        throw .plain("rpc error: code = Unknown desc = key '\(key)' is invalid")
      }
      guard isValidValue(value) else {
        throw .plain("rpc error: code = Unknown desc = value '\(value)' is invalid")
      }
      return Constraint(key: key, equals: eq, value: value)
    }
    throw .plain("rpc error: code = Unknown desc = constraint expected one operator from ==, !=")
  }

  public init(key: String, equals: Bool, value: String) {
    self.key = key
    self.equals = equals
    self.value = value
  }

  /// swarmkit's key pattern `^(?i)[a-z_][a-z0-9\-_.]+$`.
  static func isValidKey(_ key: String) -> Bool {
    guard key.count >= 2, let first = key.first, first.isASCII, first.isLetter || first == "_"
    else {
      return false
    }
    return key.dropFirst().allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0))
    }
  }

  /// swarmkit's value pattern: letters, digits, spaces and `:-_.*()?+[]\^$|/`.
  static func isValidValue(_ value: String) -> Bool {
    !value.isEmpty
      && value.allSatisfy {
        $0.isASCII && ($0.isLetter || $0.isNumber || " :-_.*()?+[]\\^$|/".contains($0))
      }
  }

  public func matches(_ node: Node) -> Bool {
    let actual: String
    let lower = key.lowercased()
    switch lower {
    case "node.id": actual = node.id
    case "node.hostname": actual = node.hostname
    case "node.role": actual = node.role.rawValue
    case "node.platform.os": actual = "linux"
    case "node.platform.arch": actual = "x86_64"
    default:
      if lower.hasPrefix("node.labels.") {
        // The label key itself is case sensitive.
        let label = String(key.dropFirst("node.labels.".count))
        actual = node.labels.first { $0.key == label }?.value ?? ""
      } else if lower.hasPrefix("engine.labels.") {
        actual = ""  // simulated engines carry no labels
      } else {
        return false  // swarmkit: a key outside the known syntax matches no node
      }
    }
    let same = actual.lowercased() == value.lowercased()
    return equals ? same : !same
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
