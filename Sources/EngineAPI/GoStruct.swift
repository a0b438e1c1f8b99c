/// A value type that mirrors one Go struct of moby's `api/types`.
///
/// The JSON field order is the Swift declaration order (synthesised `Codable` encodes in that
/// order), which is the Go struct's field order. A renderer that walks values with Go
/// templates needs two more facts Go knows and Swift does not: the type's Go name and which
/// fields are pointers (`&{…}` vs `{…}` when a template prints a struct).
public protocol GoStruct: Codable, Sendable {
  /// `swarm.Service`, `types.NetworkResource`…
  static var goTypeName: String { get }
  /// JSON names of the fields declared as pointers to structs (`*swarm.UpdateConfig`).
  static var pointerFields: Set<String> { get }
}

extension GoStruct {
  public static var pointerFields: Set<String> { [] }
}

/// A field Go writes as `null` when unset (a nil slice, map or pointer without `omitempty`),
/// where a plain Swift optional would leave the key out.
@propertyWrapper
public struct GoNullable<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  public var wrappedValue: Value?

  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}

extension KeyedDecodingContainer {
  /// A missing key decodes as nil, as Go's decoder leaves the field unset.
  public func decode<Value>(_ type: GoNullable<Value>.Type, forKey key: Key) throws
    -> GoNullable<Value>
  {
    try decodeIfPresent(type, forKey: key) ?? GoNullable(wrappedValue: nil)
  }
}

/// `swarm.Version`: the raft index an update must quote, so concurrent writers do not
/// overwrite each other.
public struct ObjectVersion: GoStruct, Equatable {
  public static let goTypeName = "swarm.Version"
  public var index: UInt64

  public init(index: UInt64) { self.index = index }

  enum CodingKeys: String, CodingKey { case index = "Index" }
}
