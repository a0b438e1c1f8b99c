/// A placement constraint such as `node.role==manager` or `node.labels.zone!=a`.
public struct Constraint: Sendable, Equatable {
  public var key: String
  public var equals: Bool
  public var value: String

  public init?(_ text: String) {
    for (op, eq) in [("==", true), ("!=", false)] {
      if let range = text.firstRange(of: op) {
        key = text[..<range.lowerBound].trimmingSpaces()
        value = text[range.upperBound...].trimmingSpaces()
        equals = eq
        if key.isEmpty || value.isEmpty { return nil }
        return
      }
    }
    return nil
  }

  public func matches(_ node: Node) -> Bool {
    let actual: String?
    switch key.lowercased() {
    case "node.id": actual = node.id
    case "node.hostname": actual = node.hostname
    case "node.role": actual = node.role.rawValue
    case "node.platform.os": actual = "linux"
    case "node.platform.arch": actual = "x86_64"
    default:
      if key.hasPrefix("node.labels.") {
        let label = String(key.dropFirst("node.labels.".count))
        actual = node.labels.first { $0.key == label }?.value
      } else if key.hasPrefix("engine.labels.") {
        actual = nil
      } else {
        actual = nil
      }
    }
    let same = actual.map { $0.lowercased() == value.lowercased() } ?? false
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
