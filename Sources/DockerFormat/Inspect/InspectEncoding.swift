import GoTemplate
import SwarmCore

/// Builds the engine API objects `docker … inspect` prints and `-f` templates walk, as
/// `TemplateValue`s with the Go type names, field order and `omitempty` rules of docker 20.10's
/// `api/types` structs.
public enum InspectEncoding {
  /// Go's zero `time.Time` as the engine writes it in string-typed time fields.
  static let zeroTime = "0001-01-01T00:00:00Z"

  /// A Go `map[string]string` from a label list (`{}` when empty, as the engine sends it).
  static func labels(_ labels: [Label]) -> TemplateValue {
    .map(labels.map { TemplateField($0.key, .string($0.value)) })
  }

  /// `swarm.Version`: a raft index that looks like a live cluster's. Real indexes are global
  /// and grow with every write; a per-object base plus the object's own version keeps them
  /// plausible, increasing on updates, and independent of the host.
  static func version(_ id: String, _ version: Int) -> TemplateValue {
    .object(
      type: "swarm.Version",
      fields: [TemplateField("Index", .uint(StableHash.versionIndex(id, version)))])
  }

  static func time(_ t: SimTime) -> TemplateValue { .time(unixNanos: t.nanos) }

  static func strings(_ values: [String]) -> TemplateValue { .array(values.map { .string($0) }) }

  /// A network attached to a task or service: the ID it is known by in specs.
  static func networkName(_ id: String, _ cluster: Cluster) -> String {
    cluster.state.networks[id]?.name ?? id
  }
}

/// Appends struct fields in declaration order, dropping the ones Go's `omitempty` drops.
struct FieldList {
  var fields: [TemplateField] = []

  mutating func add(_ name: String, _ value: TemplateValue) {
    fields.append(TemplateField(name, value))
  }

  /// Go `omitempty`: false, 0, "", nil and empty slices or maps are left out. Structs are never
  /// empty to `encoding/json`, so callers decide those explicitly.
  mutating func add(_ name: String, omitEmpty value: TemplateValue) {
    if !value.isGoEmpty { add(name, value) }
  }

  mutating func add(_ name: String, ifPresent value: TemplateValue?) {
    if let value { add(name, value) }
  }

  func object(_ type: String) -> TemplateValue { .object(type: type, fields: fields) }
}

extension TemplateValue {
  /// What `encoding/json`'s `omitempty` treats as empty.
  var isGoEmpty: Bool {
    switch self {
    case .null: true
    case .bool(let b): !b
    case .int(let i): i == 0
    case .uint(let u): u == 0
    case .double(let d): d == 0
    case .string(let s): s.isEmpty
    case .duration(let n): n == 0
    case .array(let a): a.isEmpty
    case .map(let m): m.isEmpty
    case .time, .object: false
    }
  }
}
