/// A field kept once on the heap and shared by every copy of the struct holding it: each
/// `Task` carries its whole task spec (nearly 500 bytes inline), the same for all of a service's
/// tasks, and a listing of 100,000 tasks held and copied a spec per task. Copies share the
/// value; setting it stores a new one. Encodes and decodes as the value itself, so the JSON
/// and the Go template values are unchanged.
@propertyWrapper
public struct SharedValue<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  private final class Box: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  public init(wrappedValue: Value) { box = Box(wrappedValue) }

  public var wrappedValue: Value {
    // Read in place: `task.spec.containerSpec?.image` copies no spec.
    _read { yield box.value }
    set { box = Box(newValue) }
  }

  /// `$spec`: the shared value itself, whose `wrappedValue` is read in place (the wrapped
  /// property's own getter returns a copy of the whole value).
  public var projectedValue: SharedValue { self }

  public init(from decoder: any Decoder) throws {
    box = Box(try decoder.singleValueContainer().decode(Value.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(box.value)
  }

  /// Copies of one value are equal without comparing it.
  public static func == (lhs: SharedValue, rhs: SharedValue) -> Bool {
    lhs.box === rhs.box || lhs.box.value == rhs.box.value
  }
}
