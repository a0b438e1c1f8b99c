/// An optional value most instances of its owner never set, kept out of line: one pointer in
/// the owner (nil costs nothing) instead of the value's full size in each of 100,000 copies.
/// The box is immutable, so the owner keeps value semantics: setting replaces the box.
struct OutOfLine<Value: Sendable & Equatable>: Sendable, Equatable {
  private final class Box: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box?

  init() {}

  var value: Value? {
    get { box?.value }
    set { box = newValue.map(Box.init) }
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.value == rhs.value }
}
