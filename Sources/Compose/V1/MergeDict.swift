/// compose 1.x's `MergeDict`: builds one merged mapping from a base and an override, option by
/// option, each with its own rule; an option is merged only when either side has it.
struct MergeDict {
  typealias Entries = [(key: String, value: YAMLValue)]

  let base: YAMLValue
  let override: YAMLValue
  private(set) var result: Entries = []

  init(base: YAMLValue, override: YAMLValue) {
    self.base = base
    self.override = override
  }

  func needsMerge(_ field: String) -> Bool { base[field] != nil || override[field] != nil }

  func value(_ field: String) -> YAMLValue? { result.first { $0.key == field }?.value }

  mutating func set(_ field: String, _ value: YAMLValue) {
    if let i = result.firstIndex(where: { $0.key == field }) {
      result[i].value = value
    } else {
      result.append((field, value))
    }
  }

  /// `merge_field`: a rule given both sides (a missing or null side is nil).
  mutating func field(_ field: String, _ merge: (YAMLValue?, YAMLValue?) -> YAMLValue) {
    guard needsMerge(field) else { return }
    let present = { (v: YAMLValue?) -> YAMLValue? in v == .null ? nil : v }
    set(field, merge(present(base[field]), present(override[field])))
  }

  /// `merge_mapping`: both sides parsed to maps (lists of `k=v` split by `split`), the
  /// override's keys replacing the base's.
  mutating func mapping(_ field: String, split: ((String) -> (YAMLValue, YAMLValue))?) {
    guard needsMerge(field) else { return }
    let merged = ComposeV1Values.update(
      ComposeV1Values.dictOrList(base[field], split: split),
      with: ComposeV1Values.dictOrList(override[field], split: split))
    set(field, .mapping(merged))
  }

  /// `merge_sequence` for secrets and configs: entries keyed by `source`, sorted by it.
  mutating func sequence(_ field: String) {
    guard needsMerge(field) else { return }
    var table: [(source: String, value: YAMLValue)] = []
    for item in ComposeV1Values.toList(base[field]) + ComposeV1Values.toList(override[field]) {
      let entry = ComposeV1Service.fileReference(item)
      let source = entry["source"]?.scalarText ?? ""
      if let i = table.firstIndex(where: { $0.source == source }) {
        table[i].value = entry
      } else {
        table.append((source, entry))
      }
    }
    set(field, .list(table.sorted { $0.source < $1.source }.map(\.value)))
  }

  /// `merge_scalar`: the override's value if it has the option, else the base's.
  mutating func scalar(_ field: String) {
    guard needsMerge(field) else { return }
    set(field, override[field] ?? base[field] ?? .null)
  }

  /// Every option no rule took is merged as a scalar (compose's `ALLOWED_KEYS - set(md)`).
  mutating func remainingScalars() {
    var names: [String] = []
    for (key, _) in (base.mappingEntries ?? []) + (override.mappingEntries ?? [])
    where value(key) == nil && !names.contains(key) {
      names.append(key)
    }
    for name in names { scalar(name) }
  }
}
