import Yams

/// `docker-compose -f A -f B … config`, as docker-compose 1.26 (the Python one of the book's
/// time) merges and prints compose files: each file interpolated, the services merged by compose
/// 1.x's rules (``ComposeV1Merge``), normalised (``ComposeV1Service``), and the whole written
/// by PyYAML with sorted keys, so `version` comes last and environment lists become maps.
/// Schema validation is docker's job at `stack deploy` time; only the checks that stop
/// compose before it can print anything are made here. 1.26.2 is the last release before
/// 1.27's regression (docker/compose#7774) that prints `cpus: 0.5` as a number, which docker
/// 20.10's `stack deploy` refuses ("cpus must be a string"); the book's flow works with 1.26.
public struct ComposeV1Config: Sendable {
  /// The merged configuration, ready to print.
  public struct Merged: Sendable {
    /// The YAML `config` prints (PyYAML's text, with no trailing blank line).
    public var yaml: String
    /// Service names for `config --services`: the first file's order, then new names (compose
    /// lists merged services in Python set order, which varies from run to run).
    public var serviceNames: [String]
    /// Top-level volume names, for `config --volumes`.
    public var volumeNames: [String]
    /// Warnings compose logs while loading (unset variables, `configs` that only a swarm
    /// uses), without the `WARNING: ` prefix.
    public var warnings: [String]
  }

  /// Variables `${VAR}` reads and bare environment names are filled from.
  public var environment: [String: String]

  public init(environment: [String: String]) { self.environment = environment }

  /// Merges `sources` (named as compose names them, `./numbers/prod.yml`); relative paths in
  /// them resolve against `workingDirectory`, the first file's folder.
  public func merge(
    _ sources: [ComposeLoader.Source], workingDirectory: String, interpolate: Bool = true
  ) throws(ComposeV1Error) -> Merged {
    var files: [(name: String, version: String, body: YAMLValue)] = []
    for source in sources {
      let body = try Self.parse(source)
      files.append((source.name, try Self.version(body, file: source.name), body))
    }
    guard let main = files.first else { throw ComposeV1Error("No compose file given") }
    for next in files.dropFirst() where next.version != main.version {
      throw ComposeV1Error(
        "Version mismatch: file \(main.name) specifies version \(main.version) but extension file \(next.name) uses version \(next.version)"
      )
    }
    for file in files {
      for (name, service) in file.body["services"]?.mappingEntries ?? [] {
        guard case .mapping = service else {
          let kind =
            switch service {
            case .string: "a string"
            case .list: "an array"
            case .int, .float: "a number"
            case .bool: "a boolean"
            default: "null"
            }
          throw ComposeV1Error(
            "In file '\(file.name)', service '\(name)' must be a mapping not \(kind).")
        }
      }
    }
    var interpolation = ComposeV1Interpolation(environment: environment)
    var processed: [YAMLValue] = []
    for file in files {
      var sections: [(key: String, value: YAMLValue)] = []
      for (key, singular) in Self.sections {
        let section = file.body[key] ?? .mapping([])
        guard case .mapping = section else {
          throw ComposeV1Error(
            "The Compose file '\(file.name)' is invalid because:\n\(key) must be a mapping")
        }
        sections.append(
          (key, interpolate ? try interpolation.section(section, named: singular) : section))
      }
      // compose checks each file, interpolated, against the schema before merging them.
      var document = file.body.mappingEntries ?? []
      for i in document.indices {
        if let section = sections.first(where: { $0.key == document[i].key }) {
          document[i].value = section.value
        }
      }
      try ComposeV1Schema.validate(.mapping(document), file: file.name, version: file.version)
      processed.append(.mapping(sections))
    }
    let services = try mergedServices(processed, workingDirectory: workingDirectory)
    var document: [(key: String, value: YAMLValue)] = [
      ("version", .string(main.version)), ("services", .mapping(services)),
    ]
    for (key, _) in Self.sections where key != "services" {
      let mapping = Self.topLevel(processed.map { $0[key] }, key: key, directory: workingDirectory)
      if !mapping.isEmpty { document.append((key, .mapping(mapping))) }
    }
    let volumes = document.first { $0.key == "volumes" }?.value.mappingEntries ?? []
    var warnings = interpolation.warnings
    // `check_swarm_only_config`: the warning the book's `--log-level ERROR` hides.
    for key in ["deploy", "configs"] {
      let users = services.filter { service in
        switch service.value[key] {
        case .mapping(let entries)?: !entries.isEmpty
        case .list(let items)?: !items.isEmpty
        default: false
        }
      }
      guard !users.isEmpty else { continue }
      warnings.append(
        "Some services (\(users.map(\.key).sorted().joined(separator: ", "))) use the '\(key)' key, which will be ignored. Compose does not support '\(key)' configuration - use `docker stack deploy` to deploy to a swarm."
      )
    }
    return Merged(
      yaml: PyYAMLEmitter.document(.mapping(document)),
      serviceNames: services.map(\.key), volumeNames: volumes.map(\.key),
      warnings: warnings)
  }

  /// `ConfigFile.version`: a `version` string of 2 or more (`3` reads as 3.0, as printed);
  /// a file without one is the version 1 format, which SwarmLab does not simulate.
  private static func version(_ body: YAMLValue, file: String) throws(ComposeV1Error) -> String {
    guard let raw = body["version"] else {
      throw ComposeV1Error(
        "compose file format version 1 (no 'version:' key) is not simulated in SwarmLab",
        notSimulated: true)
    }
    guard case .string(let version) = raw else {
      throw ComposeV1Error("Version in \"\(file)\" is invalid - it should be a string.")
    }
    if version == "1" {
      throw ComposeV1Error("Version in \"\(file)\" is invalid. \(versionExplanation)")
    }
    guard (try? #/[2-9]+(\.\d+)?/#.wholeMatch(in: version)) != nil else {
      throw ComposeV1Error("Version \"\(version)\" in \"\(file)\" is invalid.")
    }
    let normalized = version.contains(".") ? version : version + ".0"
    // The formats compose 1.26 knows: 2.0 to 2.4 and 3.0 to 3.8.
    let supported = (0...4).map { "2.\($0)" } + (0...8).map { "3.\($0)" }
    guard supported.contains(normalized) else {
      throw ComposeV1Error("Version in \"\(file)\" is unsupported. \(versionExplanation)")
    }
    return normalized
  }

  /// compose's `VERSION_EXPLANATION`.
  static let versionExplanation =
    "You might be seeing this error because you're using the wrong Compose file version. Either specify a supported version (e.g \"2.2\" or \"3.3\") and place your service definitions under the `services` key, or omit the `version` key and place your service definitions at the root of the file to use version 1.\nFor more on the Compose file format versions, see https://docs.docker.com/compose/compose-file/"

  /// Section names and compose's singular names for them (in messages and conversion paths).
  private static let sections = [
    ("services", "service"), ("volumes", "volume"), ("networks", "network"),
    ("secrets", "secret"), ("configs", "config"),
  ]

  private func mergedServices(_ files: [YAMLValue], workingDirectory: String)
    throws(ComposeV1Error) -> [(key: String, value: YAMLValue)]
  {
    var merged = files.first?["services"]?.mappingEntries ?? []
    for file in files.dropFirst() {
      let override = file["services"]?.mappingEntries ?? []
      var names: [String] = []
      for (name, _) in merged + override where !names.contains(name) { names.append(name) }
      merged = names.map { name in
        let base = merged.first { $0.key == name }?.value ?? .mapping([])
        let other = override.first { $0.key == name }?.value ?? .mapping([])
        return (name, ComposeV1Merge.service(base, other))
      }
    }
    var out: [(key: String, value: YAMLValue)] = []
    for (name, service) in merged {
      guard case .mapping = service else {
        throw ComposeV1Error(
          "The Compose file is invalid because:\nservices.\(name) must be a mapping")
      }
      out.append(
        (
          name,
          try ComposeV1Service.finalize(
            service, workingDirectory: workingDirectory, environment: environment)
        ))
    }
    return out
  }

  /// `load_mapping` and its denormalisation: a later file's entry replaces an earlier one
  /// whole; an external object gets its `name`; `file:` paths become absolute.
  private static func topLevel(_ sections: [YAMLValue?], key: String, directory: String)
    -> [(key: String, value: YAMLValue)]
  {
    var out: [(key: String, value: YAMLValue)] = []
    for section in sections {
      for (name, config) in section?.mappingEntries ?? [] {
        var entries = config.mappingEntries ?? []
        if let external = ComposeV1Service.value(entries, "external"),
          external != .bool(false), external != .null
        {
          if let pinned = external["name"] {
            ComposeV1Service.set(&entries, "name", pinned)
          } else if ComposeV1Service.value(entries, "name") == nil {
            ComposeV1Service.set(&entries, "name", .string(name))
          }
          ComposeV1Service.set(&entries, "external", .bool(true))
        }
        if let labels = ComposeV1Service.value(entries, "labels") {
          ComposeV1Service.set(
            &entries, "labels",
            .mapping(ComposeV1Values.dictOrList(labels, split: ComposeV1Values.splitKeyValue)))
        }
        if case .string(let file)? = ComposeV1Service.value(entries, "file") {
          ComposeV1Service.set(
            &entries, "file", .string(ComposeV1Values.absolutePath(file, relativeTo: directory)))
        }
        out.removeAll { $0.key == name }
        out.append((name, .mapping(entries)))
      }
    }
    return out
  }

  /// PyYAML's `safe_load` of one file, with PyYAML's error form.
  private static func parse(_ source: ComposeLoader.Source) throws(ComposeV1Error) -> YAMLValue {
    let node: Node?
    do {
      node = try Yams.compose(yaml: source.text)
    } catch let error as YamlError {
      throw ComposeV1Error(PyYAMLErrorText(file: source.name, text: source.text).message(error))
    } catch {
      throw ComposeV1Error("yaml.YAMLError: \(error)")
    }
    guard let node, case .mapping = node else {
      throw ComposeV1Error(
        "Top level object in '\(source.name)' needs to be an object not '\(kind(node))'.")
    }
    do {
      return try YAMLValue(node: node, section: nil)
    } catch {
      throw ComposeV1Error("Non-string key in \(source.name): \(error.message)")
    }
  }

  private static func kind(_ node: Node?) -> String {
    switch node {
    case .sequence?: return "<class 'list'>"
    case .scalar(let scalar)?: return scalar.string.isEmpty ? "<class 'NoneType'>" : "<class 'str'>"
    default: return "<class 'NoneType'>"
    }
  }
}
