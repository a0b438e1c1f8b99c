import GoDurations

/// One service after docker-compose 1.x's `process_service`, `finalize_service` and
/// `denormalize_service_dict`: relative paths made absolute, lists of `key=value` as maps,
/// ports in long form, health check durations re-printed from nanoseconds, and bare
/// environment names filled from the shell (or null).
enum ComposeV1Service {
  typealias Entries = [(key: String, value: YAMLValue)]

  static func finalize(
    _ service: YAMLValue, workingDirectory: String, environment: [String: String]
  ) throws(ComposeV1Error) -> YAMLValue {
    var s = service.mappingEntries ?? []
    if value(s, "env_file") != nil {
      throw ComposeV1Error(
        "'env_file' (reading variables from files) is not simulated in SwarmLab",
        notSimulated: true)
    }
    if let build = value(s, "build") {
      set(&s, "build", buildSection(build, workingDirectory))
    }
    if let volumes = value(s, "volumes") {
      let resolved = ComposeV1Values.toList(volumes).map { volume($0, workingDirectory) }
      set(&s, "volumes", .list(resolved))
    }
    for key in ["sysctls", "labels"] {
      if let v = value(s, key) {
        let entries = ComposeV1Values.dictOrList(v, split: ComposeV1Values.splitKeyValue)
        set(&s, key, .mapping(entries))
      }
    }
    // A version 3 file prints `depends_on` as the sorted list of service names.
    if let depends = value(s, "depends_on") {
      let names: [String] =
        switch depends {
        case .mapping(let entries): entries.map(\.key)
        default: ComposeV1Values.toList(depends).map { $0.scalarText ?? "" }
        }
      set(&s, "depends_on", .list(names.sorted().map { .string($0) }))
    }
    for key in ["dns", "dns_search", "tmpfs"] {
      if let v = value(s, key) { set(&s, key, .list(ComposeV1Values.toList(v))) }
    }
    if let check = value(s, "healthcheck") { set(&s, "healthcheck", try healthcheck(check)) }
    if let ports = value(s, "ports") {
      var parsed: [YAMLValue] = []
      for item in ComposeV1Values.toList(ports) {
        parsed += try ComposeV1Ports.parse(item).map(\.output)
      }
      set(&s, "ports", .list(parsed))
    }
    if let env = value(s, "environment") {
      let entries = ComposeV1Values.dictOrList(env, split: ComposeV1Values.splitEnvironment)
      set(
        &s, "environment",
        .mapping(
          entries.map { key, value in
            (key, value == .null ? environment[key].map { .string($0) } ?? .null : value)
          }))
    }
    if case .list(let names)? = value(s, "networks") {
      set(&s, "networks", .mapping(names.map { ($0.scalarText ?? "", .null) }))
    }
    for key in ["secrets", "configs"] {
      if let v = value(s, key) { set(&s, key, .list(ComposeV1Values.toList(v).map(fileReference))) }
    }
    return .mapping(s)
  }

  /// A service's `secrets:`/`configs:` entry as `ServiceSecret.repr()`: the short form becomes
  /// `source: NAME`.
  static func fileReference(_ item: YAMLValue) -> YAMLValue {
    if case .mapping(let entries) = item {
      let fields = ["source", "target", "uid", "gid", "mode", "name"]
      return .mapping(entries.filter { fields.contains($0.key) && $0.value != .null })
    }
    return .mapping([("source", .string(item.scalarText ?? ""))])
  }

  private static func buildSection(_ build: YAMLValue, _ directory: String) -> YAMLValue {
    func resolve(_ path: String) -> String {
      let remote = ["http://", "https://", "git://", "github.com/", "git@"]
      if remote.contains(where: { path.hasPrefix($0) }) { return path }
      return ComposeV1Values.absolutePath(path, relativeTo: directory)
    }
    if case .string(let path) = build { return .string(resolve(path)) }
    var entries = build.mappingEntries ?? []
    if case .string(let context)? = value(entries, "context") {
      set(&entries, "context", .string(resolve(context)))
    }
    if let labels = value(entries, "labels") {
      set(
        &entries, "labels",
        .mapping(ComposeV1Values.dictOrList(labels, split: ComposeV1Values.splitKeyValue)))
    }
    return .mapping(entries)
  }

  /// `resolve_volume_path` then `VolumeSpec.repr()`: `./data:/data` becomes
  /// `/abs/data:/data:rw`; a named volume gets its `:rw`.
  private static func volume(_ item: YAMLValue, _ directory: String) -> YAMLValue {
    if case .mapping(var entries) = item {
      if item["type"] == .string("bind"), case .string(let source)? = item["source"],
        source.hasPrefix(".") || source.hasPrefix("~")
      {
        set(
          &entries, "source", .string(ComposeV1Values.absolutePath(source, relativeTo: directory)))
      }
      return .mapping(entries)
    }
    let (host, container, mode) = ComposeV1Values.splitVolume(item.scalarText ?? "")
    guard var host else { return .string(container) }
    if host.hasPrefix(".") || host.hasPrefix("~") {
      host = ComposeV1Values.absolutePath(host, relativeTo: directory)
    }
    return .string("\(host):\(container):\(mode ?? "rw")")
  }

  /// `process_healthcheck` and its denormalisation: `disable` becomes `test: [NONE]`, and the
  /// durations go through nanoseconds (`60s` prints as `1m`, `1500ms` stays).
  private static func healthcheck(_ check: YAMLValue) throws(ComposeV1Error) -> YAMLValue {
    var entries = check.mappingEntries ?? []
    if value(entries, "disable") != nil {
      entries.removeAll { $0.key == "disable" }
      set(&entries, "test", .list([.string("NONE")]))
    }
    for key in ["interval", "timeout", "start_period"] {
      guard let v = value(entries, key) else { continue }
      switch v {
      case .int(let nanos): set(&entries, key, .string(nanosecondsText(nanos)))
      case .string(let text):
        guard let d = try? GoDuration.parse(text) else {
          throw ComposeV1Error(
            "healthcheck \(key) \(text) could not be parsed as a duration", notSimulated: false)
        }
        set(&entries, key, .string(nanosecondsText(Int(d.nanoseconds))))
      default: break
      }
    }
    return .mapping(entries)
  }

  /// `serialize_ns_time_value`: the largest unit (ns, us, ms, s, m, h) that keeps a whole number.
  static func nanosecondsText(_ nanos: Int) -> String {
    var value = nanos
    var unit = "ns"
    for (factor, name) in [(1000, "us"), (1000, "ms"), (1000, "s"), (60, "m"), (60, "h")] {
      guard value % factor == 0 else { break }
      value /= factor
      unit = name
    }
    return "\(value)\(unit)"
  }

  static func value(_ entries: Entries, _ key: String) -> YAMLValue? {
    entries.first { $0.key == key }?.value
  }

  static func set(_ entries: inout Entries, _ key: String, _ value: YAMLValue) {
    if let i = entries.firstIndex(where: { $0.key == key }) {
      entries[i].value = value
    } else {
      entries.append((key, value))
    }
  }
}
