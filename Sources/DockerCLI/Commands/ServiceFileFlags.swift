import EngineAPI

/// `--config`, `--secret`, `--mount` and their `-add`/`-rm` forms on `service create|update`,
/// as docker/cli reads them (`opts.ConfigOpt`, `opts.SecretOpt`, `opts.MountOpt`, then
/// `ParseConfigs`/`ParseSecrets`, which look the names up through the API).
enum ServiceFileFlags {
  /// One `--config`/`--secret` value: `NAME` or `source=NAME,target=PATH,uid=,gid=,mode=`.
  struct FileRequest: Equatable {
    var source: String
    var target: String
    var uid = "0"
    var gid = "0"
    var mode: UInt32 = 0o444
  }

  static func fileRequest(_ text: String, flag: String, command: String)
    throws(ServiceSpecBuilder.Invalid) -> FileRequest
  {
    func invalid(_ why: String) -> ServiceSpecBuilder.Invalid {
      flagError(text, flag: flag, command: command, why)
    }
    guard text.contains("=") else { return FileRequest(source: text, target: text) }
    var request = FileRequest(source: "", target: "")
    for field in text.split(separator: ",").map(String.init) {
      let kv = field.split(separator: "=", maxSplits: 1).map(String.init)
      guard kv.count == 2 else {
        throw invalid("invalid field '\(field)' must be a key=value pair")
      }
      switch kv[0].lowercased() {
      case "source", "src": request.source = kv[1]
      case "target": request.target = kv[1]
      case "uid": request.uid = kv[1]
      case "gid": request.gid = kv[1]
      case "mode":
        guard let mode = UInt32(kv[1], radix: 8) else {
          throw invalid("invalid mode specified: \(kv[1])")
        }
        request.mode = mode
      default: throw invalid("invalid field in \(flag) request: \(kv[0])")
      }
    }
    guard !request.source.isEmpty else { throw invalid("source is required") }
    if request.target.isEmpty { request.target = request.source }
    return request
  }

  /// The requests as references with IDs, as docker/cli's `ParseConfigs`: targets must be
  /// unique, then one list call finds every name. The daemon's answer to that call (a worker,
  /// no swarm) is docker's to print, so it is passed on, never read as "not found".
  static func configs(_ requests: [FileRequest], _ client: inout any EngineClient)
    throws(LookupFailure) -> [ConfigReference]
  {
    try resolve(
      requests, kind: "config", list: { o throws(EngineError) in try client.configList(o) },
      name: \.spec.name, id: \.id
    )
    .map { r, id in
      ConfigReference(
        file: FileTarget(name: r.target, uid: r.uid, gid: r.gid, mode: r.mode),
        configID: id, configName: r.source)
    }
  }

  /// As `configs`, for `ParseSecrets`.
  static func secrets(_ requests: [FileRequest], _ client: inout any EngineClient)
    throws(LookupFailure) -> [SecretReference]
  {
    try resolve(
      requests, kind: "secret", list: { o throws(EngineError) in try client.secretList(o) },
      name: \.spec.name, id: \.id
    )
    .map { r, id in
      SecretReference(
        file: FileTarget(name: r.target, uid: r.uid, gid: r.gid, mode: r.mode),
        secretID: id, secretName: r.source)
    }
  }

  /// Why `--config`/`--secret` names could not be resolved: the daemon refused the list call
  /// (docker prints its answer), or the CLI's own check failed (`errors.Errorf` in
  /// docker/cli, printed as it is).
  enum LookupFailure: Error {
    case daemon(EngineError)
    case cli(String)

    /// The command's output for a CLI refusal; a daemon error goes on to be printed as one.
    func output() throws(EngineError) -> CommandOutput {
      switch self {
      case .daemon(let error): throw error
      case .cli(let message): return .failure(message)
      }
    }
  }

  /// Each request with the ID of the object its source names.
  private static func resolve<Object>(
    _ requests: [FileRequest], kind: String,
    list: (ListOptions) throws(EngineError) -> [Object],
    name: (Object) -> String, id: (Object) -> String
  ) throws(LookupFailure) -> [(FileRequest, String)] {
    var seen: Set<String> = []
    for r in requests where !seen.insert(r.target).inserted {
      throw .cli("duplicate \(kind) target for \(r.source) not allowed")
    }
    var filters = FilterArgs()
    for r in requests { filters.add("name", r.source) }
    let found: [Object]
    do { found = try list(ListOptions(filters: filters)) } catch { throw .daemon(error) }
    return try requests.map { r throws(LookupFailure) in
      guard let object = found.first(where: { name($0) == r.source }) else {
        throw .cli("\(kind) not found: \(r.source)")
      }
      return (r, id(object))
    }
  }

  /// `--mount type=volume,source=NAME,target=/PATH[,readonly]` (bind and tmpfs too).
  static func mount(_ text: String, flag: String, command: String)
    throws(ServiceSpecBuilder.Invalid) -> Mount
  {
    func invalid(_ why: String) -> ServiceSpecBuilder.Invalid {
      flagError(text, flag: flag, command: command, why)
    }
    var mount = Mount(type: "volume", source: nil, target: nil)
    for field in text.split(separator: ",").map(String.init) {
      let kv = field.split(separator: "=", maxSplits: 1).map(String.init)
      let key = kv[0].lowercased()
      if kv.count == 1 {
        guard key == "readonly" || key == "ro" else {
          throw invalid("invalid field '\(field)' must be a key=value pair")
        }
        mount.readOnly = true
        continue
      }
      switch key {
      case "type": mount.type = kv[1].lowercased()
      case "source", "src": mount.source = kv[1]
      case "target", "dst", "destination": mount.target = kv[1]
      case "readonly", "ro":
        guard let value = goBool(kv[1]) else {
          throw invalid("invalid value for \(key): \(kv[1])")
        }
        mount.readOnly = value ? true : nil
      default: throw invalid("unexpected key '\(kv[0])' in '\(field)'")
      }
    }
    guard let target = mount.target, !target.isEmpty else { throw invalid("target is required") }
    return mount
  }

  /// pflag's refusal of a value, exit status 125 as docker's flag errors.
  private static func flagError(_ text: String, flag: String, command: String, _ why: String)
    -> ServiceSpecBuilder.Invalid
  {
    ServiceSpecBuilder.Invalid(
      message:
        "invalid argument \"\(text)\" for \"--\(flag)\" flag: \(why)\nSee 'docker service \(command) --help'.",
      code: 125)
  }

  /// The flags' values, checked as pflag checks them, before anything is looked up: `--mount`,
  /// `--config`, `--secret` on `create`, their `-add` forms on `update`.
  struct Values {
    var mounts: [Mount] = []
    var configs: [FileRequest] = []
    var secrets: [FileRequest] = []
  }

  /// Reads the flags of `service create` (`command` "create") or `update` (their `-add` forms).
  static func values(_ cmd: ParsedCommand, command: String) throws(ServiceSpecBuilder.Invalid)
    -> Values
  {
    let suffix = command == "update" ? "-add" : ""
    let f = cmd.flags
    var values = Values()
    for text in f.strings("mount" + suffix) {
      values.mounts.append(try mount(text, flag: "mount" + suffix, command: command))
    }
    for text in f.strings("config" + suffix) {
      values.configs.append(try fileRequest(text, flag: "config" + suffix, command: command))
    }
    for text in f.strings("secret" + suffix) {
      values.secrets.append(try fileRequest(text, flag: "secret" + suffix, command: command))
    }
    return values
  }

  /// `service create`: the configs, secrets and mounts the flags ask for (secrets are looked
  /// up first, as docker's `runCreate` does).
  static func applyCreate(
    _ values: Values, _ spec: inout ServiceSpec, _ client: inout any EngineClient
  ) throws(LookupFailure) {
    var c = spec.taskTemplate.containerSpec ?? ContainerSpec(image: nil)
    if !values.mounts.isEmpty { c.mounts = values.mounts }
    if !values.secrets.isEmpty { c.secrets = try secrets(values.secrets, &client) }
    if !values.configs.isEmpty { c.configs = try configs(values.configs, &client) }
    spec.taskTemplate.containerSpec = c
  }

  /// `service update`: `-rm` first (configs and secrets by name, mounts by target), then `-add`.
  static func applyUpdate(
    _ values: Values, _ cmd: ParsedCommand, _ spec: inout ServiceSpec,
    _ client: inout any EngineClient
  ) throws(LookupFailure) {
    let f = cmd.flags
    var c = spec.taskTemplate.containerSpec ?? ContainerSpec(image: nil)
    var mounts = c.mounts ?? []
    for target in f.strings("mount-rm") { mounts.removeAll { $0.target == target } }
    for m in values.mounts {
      mounts.removeAll { $0.target == m.target }
      mounts.append(m)
    }
    c.mounts = mounts.isEmpty ? nil : mounts
    var configRefs = c.configs ?? []
    for name in f.strings("config-rm") { configRefs.removeAll { $0.configName == name } }
    if !values.configs.isEmpty {
      let added = try configs(values.configs, &client)
      configRefs.removeAll { old in added.contains { $0.file?.name == old.file?.name } }
      configRefs += added
    }
    c.configs = configRefs.isEmpty ? nil : configRefs
    var secretRefs = c.secrets ?? []
    for name in f.strings("secret-rm") { secretRefs.removeAll { $0.secretName == name } }
    if !values.secrets.isEmpty {
      let added = try secrets(values.secrets, &client)
      secretRefs.removeAll { old in added.contains { $0.file?.name == old.file?.name } }
      secretRefs += added
    }
    c.secrets = secretRefs.isEmpty ? nil : secretRefs
    spec.taskTemplate.containerSpec = c
  }

  /// Go's `strconv.ParseBool`.
  private static func goBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "true", "TRUE", "True": true
    case "0", "f", "F", "false", "FALSE", "False": false
    default: nil
    }
  }
}
