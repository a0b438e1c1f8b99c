public import OrderedCollections

/// Docker's `filters.Args` (`--filter name=web --filter label=x`): each key with its values,
/// kept in the order given so that errors and results never depend on hashing.
///
/// On the wire it is the query parameter `filters={"name":{"web":true}}`.
public struct FilterArgs: Sendable, Equatable, Codable {
  public private(set) var fields: OrderedDictionary<String, [String]> = [:]

  public init() {}

  public init(_ pairs: [(key: String, value: String)]) {
    for pair in pairs { add(pair.key, pair.value) }
  }

  public mutating func add(_ key: String, _ value: String) {
    fields[key, default: []].append(value)
  }

  public var isEmpty: Bool { fields.isEmpty }

  public func values(_ key: String) -> [String] { fields[key] ?? [] }

  /// The first key not in `accepted`, as the daemon reports it (`Invalid filter 'x'`).
  public func firstInvalidKey(accepted: [String]) -> String? {
    fields.keys.first { !accepted.contains($0) }
  }

  public init(from decoder: any Decoder) throws {
    let raw = try decoder.singleValueContainer().decode([String: [String: Bool]].self)
    for key in raw.keys.sorted() {
      for value in raw[key]!.keys.sorted() where raw[key]![value] == true { add(key, value) }
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    var raw: [String: [String: Bool]] = [:]
    for (key, values) in fields {
      raw[key] = Dictionary(values.map { ($0, true) }, uniquingKeysWith: { a, _ in a })
    }
    try container.encode(raw)
  }
}
