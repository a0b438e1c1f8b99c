/// The data a Go template executes against: a Swift model of the Go values docker hands to
/// `text/template` (structs, maps, slices, scalars, `time.Time`, `time.Duration`).
///
/// Structs and maps are kept distinct because Go treats them differently: a missing struct
/// field is an execution error, a missing map key prints `<no value>`; structs encode to JSON in
/// field order, maps in sorted key order.
public indirect enum TemplateValue: Sendable, Equatable {
  /// Go `nil` (a nil pointer, slice or map): prints `<nil>`, encodes as `null`.
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  /// A Go `time.Time` in UTC, as nanoseconds since the Unix epoch.
  case time(unixNanos: Int64)
  /// A Go `time.Duration` in nanoseconds: prints `1m30s`, encodes as an integer.
  case duration(nanos: Int64)
  /// A Go slice or array.
  case array([TemplateValue])
  /// A Go `map[string]T`. Order here is irrelevant: Go sorts keys when ranging and encoding.
  case map([TemplateField])
  /// A Go struct (or pointer to struct) whose type name appears in error messages, such as
  /// `swarm.Service` or `*formatter.serviceContext`. Fields keep declaration order.
  case object(type: String, fields: [TemplateField])
}

/// One named member of a struct or map.
public struct TemplateField: Sendable, Equatable {
  public var name: String
  public var value: TemplateValue
  /// A struct field at its zero value that `encoding/json` leaves out (`omitempty`, or a nil
  /// pointer the API omits): a template reads and prints it, `json` does not write it.
  public var omittedFromJSON: Bool

  public init(_ name: String, _ value: TemplateValue, omittedFromJSON: Bool = false) {
    self.name = name
    self.value = value
    self.omittedFromJSON = omittedFromJSON
  }
}
