/// The small parsers docker-compose 1.x applies to option values (`parse_environment`,
/// `parse_labels`, `split_path_mapping`…), over plain YAML values.
enum ComposeV1Values {
  typealias Entries = [(key: String, value: YAMLValue)]

  /// `split_env`: `A=b` is A → "b"; a bare `A` has no value (resolved later from the shell).
  static func splitEnvironment(_ item: String) -> (YAMLValue, YAMLValue) {
    guard let eq = item.firstIndex(of: "=") else { return (.string(item), .null) }
    return (.string(String(item[..<eq])), .string(String(item[item.index(after: eq)...])))
  }

  /// `split_kv` (labels, sysctls): a bare key has the empty string as value.
  static func splitKeyValue(_ item: String) -> (YAMLValue, YAMLValue) {
    guard let eq = item.firstIndex(of: "=") else { return (.string(item), .string("")) }
    return (.string(String(item[..<eq])), .string(String(item[item.index(after: eq)...])))
  }

  /// `parse_extra_hosts`: `host:ip`, both trimmed.
  static func splitHost(_ item: String) -> (YAMLValue, YAMLValue) {
    guard let colon = item.firstIndex(of: ":") else { return (.string(item), .string("")) }
    let trim = { (s: Substring) in
      String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
    return (.string(trim(item[..<colon])), .string(trim(item[item.index(after: colon)...])))
  }

  /// `parse_dict_or_list`: a list of `key=value` strings, or a mapping, as entries.
  static func dictOrList(_ value: YAMLValue?, split: ((String) -> (YAMLValue, YAMLValue))?)
    -> Entries
  {
    switch value {
    case .mapping(let entries)?: return entries
    case .list(let items)?:
      var out: Entries = []
      for item in items {
        let text = item.scalarText ?? ""
        let (key, value) = split?(text) ?? (.string(text), .null)
        let name = key.scalarText ?? ""
        if let i = out.firstIndex(where: { $0.key == name }) {
          out[i].value = value
        } else {
          out.append((name, value))
        }
      }
      return out
    default: return []
    }
  }

  /// Python's `dict.update`: existing keys keep their place, new ones are appended.
  static func update(_ base: Entries, with override: Entries) -> Entries {
    var out = base
    for (key, value) in override {
      if let i = out.firstIndex(where: { $0.key == key }) {
        out[i].value = value
      } else {
        out.append((key, value))
      }
    }
    return out
  }

  static func updated(_ base: YAMLValue?, with override: YAMLValue?) -> YAMLValue {
    .mapping(update(base?.mappingEntries ?? [], with: override?.mappingEntries ?? []))
  }

  /// `to_list`: nothing is empty, a string is a one-item list.
  static func toList(_ value: YAMLValue?) -> [YAMLValue] {
    switch value {
    case nil, .null?: return []
    case .list(let items)?: return items
    case let other?: return [other]
    }
  }

  /// `merge_path_mappings`: volumes keyed by container path; the override's replace the
  /// base's, and the result is sorted by container path.
  static func mergePathMappings(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    var table: [(container: String, value: YAMLValue)] = []
    for item in toList(base) + toList(override) {
      let key = containerPath(item)
      table.removeAll { $0.container == key }
      table.append((key, item))
    }
    return .list(table.sorted { $0.container < $1.container }.map(\.value))
  }

  /// The container side of a volume (`host:container:mode`, `container`, or a mapping's target).
  static func containerPath(_ item: YAMLValue) -> String {
    if case .mapping = item { return item["target"]?.scalarText ?? "" }
    let parts = splitVolume(item.scalarText ?? "")
    return parts.container
  }

  /// `split_path_mapping`: host (if any), container path and mode (if any).
  static func splitVolume(_ text: String) -> (host: String?, container: String, mode: String?) {
    guard let colon = text.firstIndex(of: ":") else { return (nil, text, nil) }
    let host = String(text[..<colon])
    var container = String(text[text.index(after: colon)...])
    var mode: String?
    if let last = container.lastIndex(of: ":") {
      mode = String(container[container.index(after: last)...])
      container = String(container[..<last])
    }
    return (host, container, mode)
  }

  /// `os.path.abspath(os.path.join(base, path))` for the workspace's `/`-paths.
  static func absolutePath(_ path: String, relativeTo base: String) -> String {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/") { expanded = "/root" + expanded.dropFirst() }
    let joined = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}
