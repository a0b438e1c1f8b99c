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

  /// The requests as references with IDs: every name must exist (one list call, as the CLI).
  static func configs(_ requests: [FileRequest], _ client: inout any EngineClient)
    throws(ServiceSpecBuilder.Invalid) -> [ConfigReference]
  {
    try checkTargets(requests, kind: "config")
    var filters = FilterArgs()
    for r in requests { filters.add("name", r.source) }
    let found = (try? client.configList(ListOptions(filters: filters))) ?? []
    return try requests.map { r throws(ServiceSpecBuilder.Invalid) in
      guard let config = found.first(where: { $0.spec.name == r.source }) else {
        throw ServiceSpecBuilder.Invalid(message: "config not found: \(r.source)")
      }
      return ConfigReference(
        file: FileTarget(name: r.target, uid: r.uid, gid: r.gid, mode: r.mode),
        configID: config.id, configName: r.source)
    }
  }

  static func secrets(_ requests: [FileRequest], _ client: inout any EngineClient)
    throws(ServiceSpecBuilder.Invalid) -> [SecretReference]
  {
    try checkTargets(requests, kind: "secret")
    var filters = FilterArgs()
    for r in requests { filters.add("name", r.source) }
    let found = (try? client.secretList(ListOptions(filters: filters))) ?? []
    return try requests.map { r throws(ServiceSpecBuilder.Invalid) in
      guard let secret = found.first(where: { $0.spec.name == r.source }) else {
        throw ServiceSpecBuilder.Invalid(message: "secret not found: \(r.source)")
      }
      return SecretReference(
        file: FileTarget(name: r.target, uid: r.uid, gid: r.gid, mode: r.mode),
        secretID: secret.id, secretName: r.source)
    }
  }

  private static func checkTargets(_ requests: [FileRequest], kind: String)
    throws(ServiceSpecBuilder.Invalid)
  {
    var seen: Set<String> = []
    for r in requests {
      guard seen.insert(r.target).inserted else {
        throw ServiceSpecBuilder.Invalid(
          message: "duplicate \(kind) target for \(r.source) not allowed")
      }
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

  /// `service create`: the configs, secrets and mounts the flags ask for.
  static func applyCreate(
    _ cmd: ParsedCommand, _ spec: inout ServiceSpec, _ client: inout any EngineClient
  ) throws(ServiceSpecBuilder.Invalid) {
    let f = cmd.flags
    var c = spec.taskTemplate.containerSpec ?? ContainerSpec(image: nil)
    let mounts = try f.strings("mount").map { text throws(ServiceSpecBuilder.Invalid) in
      try mount(text, flag: "mount", command: "create")
    }
    let configRequests = try f.strings("config").map { text throws(ServiceSpecBuilder.Invalid) in
      try fileRequest(text, flag: "config", command: "create")
    }
    let secretRequests = try f.strings("secret").map { text throws(ServiceSpecBuilder.Invalid) in
      try fileRequest(text, flag: "secret", command: "create")
    }
    if !mounts.isEmpty { c.mounts = mounts }
    if !secretRequests.isEmpty { c.secrets = try secrets(secretRequests, &client) }
    if !configRequests.isEmpty { c.configs = try configs(configRequests, &client) }
    spec.taskTemplate.containerSpec = c
  }

  /// `service update`: `-rm` first (configs and secrets by name, mounts by target), then `-add`.
  static func applyUpdate(
    _ cmd: ParsedCommand, _ spec: inout ServiceSpec, _ client: inout any EngineClient
  ) throws(ServiceSpecBuilder.Invalid) {
    let f = cmd.flags
    var c = spec.taskTemplate.containerSpec ?? ContainerSpec(image: nil)
    var mounts = c.mounts ?? []
    for target in f.strings("mount-rm") { mounts.removeAll { $0.target == target } }
    for text in f.strings("mount-add") {
      let m = try mount(text, flag: "mount-add", command: "update")
      mounts.removeAll { $0.target == m.target }
      mounts.append(m)
    }
    c.mounts = mounts.isEmpty ? nil : mounts
    var configRefs = c.configs ?? []
    for name in f.strings("config-rm") { configRefs.removeAll { $0.configName == name } }
    let configAdds = try f.strings("config-add").map { text throws(ServiceSpecBuilder.Invalid) in
      try fileRequest(text, flag: "config-add", command: "update")
    }
    if !configAdds.isEmpty {
      let added = try configs(configAdds, &client)
      configRefs.removeAll { old in added.contains { $0.file?.name == old.file?.name } }
      configRefs += added
    }
    c.configs = configRefs.isEmpty ? nil : configRefs
    var secretRefs = c.secrets ?? []
    for name in f.strings("secret-rm") { secretRefs.removeAll { $0.secretName == name } }
    let secretAdds = try f.strings("secret-add").map { text throws(ServiceSpecBuilder.Invalid) in
      try fileRequest(text, flag: "secret-add", command: "update")
    }
    if !secretAdds.isEmpty {
      let added = try secrets(secretAdds, &client)
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
