public import EngineAPI
import GoDurations
public import GoTemplate

/// The Go zero value of an Engine API field the Swift model leaves unset (a nil optional):
/// a nil pointer to a struct prints `<nil>`, a nil slice `[]`, a nil map `map[]`, a
/// `time.Duration` `0s`. Templates read these fields where Go has them (`{{.UpdateStatus}}`
/// on a service never updated prints `<nil>`, not a template error).
enum GoZero {
  static func of<T>(_ type: T.Type) -> TemplateValue {
    // Identity checks and the struct registry first: asking the runtime whether a type
    // conforms scans every conformance record of the process (see `GoStructRegistry`).
    let id = ObjectIdentifier(type)
    if GoStructRegistry.structType(type) != nil { return .null }
    if id == ObjectIdentifier(GoDuration.self) { return .duration(nanos: 0) }
    if id == ObjectIdentifier(Timestamp.self) { return GoValueEncoder.encode(Timestamp.goZero) }
    if id == ObjectIdentifier([String].self) { return .array([]) }
    if id == ObjectIdentifier([String: String].self) { return .map([]) }
    if let collection = type as? any GoZeroCollection.Type { return collection.goZero }
    return .null
  }
}

/// Slices and maps, whose zero (nil) prints empty in Go.
protocol GoZeroCollection { static var goZero: TemplateValue { get } }
extension Array: GoZeroCollection { static var goZero: TemplateValue { .array([]) } }
extension Dictionary: GoZeroCollection { static var goZero: TemplateValue { .map([]) } }
