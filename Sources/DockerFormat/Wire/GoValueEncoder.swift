public import EngineAPI
import GoDurations
public import GoTemplate

/// Turns Engine API values into the `TemplateValue`s Go templates walk and `GoJSON` prints:
/// structs in declaration order with their Go type names (pointer fields as `*T`), maps as
/// maps, times as `time.Time`, durations as `time.Duration`.
///
/// Foundation's `JSONEncoder` cannot stand in: it knows no Go types and does not promise key
/// order, and `docker inspect` must print fields in Go's struct order, byte for byte.
public enum GoValueEncoder {
  public static func encode<T: Encodable>(_ value: T) -> TemplateValue {
    // Encoding our own value types cannot fail: no custom encoder in EngineAPI throws.
    (try? box(value, pointer: false)) ?? .null
  }

  /// Encodes with every timestamp moved by `offset` nanoseconds: a socket server whose
  /// simulated clock runs apart from the host's (see `Timestamp.wireOffsetKey`).
  public static func encode<T: Encodable>(_ value: T, timestampOffset offset: Int64)
    -> TemplateValue
  {
    $timestampOffset.withValue(offset) { encode(value) }
  }

  @TaskLocal static var timestampOffset: Int64 = 0

  static func box<T: Encodable>(_ value: T, pointer: Bool) throws -> TemplateValue {
    switch value {
    case let time as Timestamp:
      return time == .goZero
        ? .string(time.rfc3339Nano) : .time(unixNanos: time.unixNanos &+ timestampOffset)
    case let duration as GoDuration: return .duration(nanos: duration.nanoseconds)
    default: break
    }
    let encoder = ValueEncoder(valueType: T.self, pointer: pointer)
    try value.encode(to: encoder)
    return encoder.result()
  }
}

/// One value being encoded: a scalar, a struct or map, or an array.
final class ValueEncoder: Encoder {
  enum Storage {
    case empty
    case value(TemplateValue)
    case keyed([(String, Entry)])
    case unkeyed([Entry])
  }

  /// A member: encoded already, a nested container still being filled, or a field the value
  /// left unset (a nil optional), at its Go zero value.
  enum Entry {
    case value(TemplateValue)
    case nested(ValueEncoder)
    case unset(TemplateValue)

    var resolved: TemplateValue {
      switch self {
      case .value(let value), .unset(let value): value
      case .nested(let encoder): encoder.result()
      }
    }
  }

  /// The type being encoded; nil for a nested container, which is never a struct.
  let valueType: Any.Type?
  /// A pointer field: a struct prints as `&{…}`; a map or slice holds pointers.
  let pointer: Bool
  var storage = Storage.empty
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  init(valueType: Any.Type?, pointer: Bool) {
    self.valueType = valueType
    self.pointer = pointer
  }

  /// The Go struct being encoded, if it is one. Asked only of keyed values (structs and maps),
  /// and of the registry first: asking the runtime scans every conformance in the process.
  private(set) lazy var structType: (any GoStruct.Type)? = {
    guard let valueType else { return nil }
    return GoStructRegistry.structType(valueType) ?? (valueType as? any GoStruct.Type)
  }()

  func result() -> TemplateValue {
    switch storage {
    case .empty: return .null
    case .value(let value): return value
    case .unkeyed(let items): return .array(items.map(\.resolved))
    case .keyed(let entries):
      // Swift dictionaries encode in hash order; Go maps print sorted, so sort here once.
      guard let structType else {
        return .map(
          entries.compactMap { name, entry in
            if case .unset = entry { return nil }
            return TemplateField(name, entry.resolved)
          }.sorted { $0.name < $1.name })
      }
      let fields = entries.map { name, entry in
        if case .unset(let zero) = entry {
          return TemplateField(name, zero, omittedFromJSON: true)
        }
        return TemplateField(name, entry.resolved)
      }
      return .object(type: (pointer ? "*" : "") + structType.goTypeName, fields: fields)
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .keyed = storage {} else { storage = .keyed([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unkeyed = storage {} else { storage = .unkeyed([]) }
    return UnkeyedContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

  func append(field name: String, _ value: TemplateValue) { append(field: name, .value(value)) }

  func append(field name: String, _ entry: Entry) {
    if case .keyed(var fields) = storage {
      fields.append((name, entry))
      storage = .keyed(fields)
    }
  }

  func append(item value: TemplateValue) { append(item: .value(value)) }

  func append(item entry: Entry) {
    if case .unkeyed(var items) = storage {
      items.append(entry)
      storage = .unkeyed(items)
    }
  }

  /// A nested container's encoder, recorded in place so its members land where it was asked.
  func nested(field name: String?) -> ValueEncoder {
    let child = ValueEncoder(valueType: nil, pointer: false)
    if let name { append(field: name, .nested(child)) } else { append(item: .nested(child)) }
    return child
  }

  /// Whether a member is a pointer: a struct's declared pointer field, or an element of a
  /// map or slice that holds pointers.
  func memberIsPointer(_ key: String?) -> Bool {
    guard case .keyed = storage else { return pointer }
    if let structType { return key.map { structType.pointerFields.contains($0) } ?? false }
    return pointer
  }

  struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
      encoder.append(field: key.stringValue, .null)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .bool(value))
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .string(value))
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .double(value))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .int(Int64(value)))
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .int(value))
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .uint(value))
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .uint(UInt64(value)))
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
      encoder.append(field: key.stringValue, .uint(UInt64(value)))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      let pointer = encoder.memberIsPointer(key.stringValue)
      encoder.append(field: key.stringValue, try GoValueEncoder.box(value, pointer: pointer))
    }
    // A nil optional is a Go field at its zero value, which templates read (`{{.UpdateStatus}}`
    // prints `<nil>`, a nil slice `[]`) and `json` leaves out, as the API's omitempty does.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.bool(false))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.string(""))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.int(0))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.int(0))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.uint(0))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
      guard let value else { return encoder.append(field: key.stringValue, .unset(.uint(0))) }
      try encode(value, forKey: key)
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
      guard let value else {
        return encoder.append(field: key.stringValue, .unset(GoZero.of(T.self)))
      }
      try encode(value, forKey: key)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.nested(field: key.stringValue).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      encoder.nested(field: key.stringValue).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.nested(field: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
      encoder.nested(field: key.stringValue)
    }
  }

  struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int {
      if case .unkeyed(let items) = encoder.storage { return items.count }
      return 0
    }

    mutating func encodeNil() throws { encoder.append(item: .null) }
    mutating func encode(_ value: Bool) throws { encoder.append(item: .bool(value)) }
    mutating func encode(_ value: String) throws { encoder.append(item: .string(value)) }
    mutating func encode(_ value: Double) throws { encoder.append(item: .double(value)) }
    mutating func encode(_ value: Int) throws { encoder.append(item: .int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { encoder.append(item: .int(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.append(item: .uint(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.append(item: .uint(UInt64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.append(item: try GoValueEncoder.box(value, pointer: encoder.memberIsPointer(nil)))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      encoder.nested(field: nil).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      encoder.nested(field: nil).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.nested(field: nil) }
  }

  struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.storage = .value(.null) }
    mutating func encode(_ value: Bool) throws { encoder.storage = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.storage = .value(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.storage = .value(.double(value)) }
    mutating func encode(_ value: Float) throws { encoder.storage = .value(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { encoder.storage = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { encoder.storage = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { encoder.storage = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { encoder.storage = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { encoder.storage = .value(.int(value)) }
    mutating func encode(_ value: UInt) throws { encoder.storage = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.storage = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.storage = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.storage = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.storage = .value(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.storage = .value(try GoValueEncoder.box(value, pointer: encoder.pointer))
    }
  }
}
