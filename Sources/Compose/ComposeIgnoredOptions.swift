/// Service keys a swarm cannot honour, as docker 20.10's stack loader lists them: ignored with a
/// warning, ignored as deprecated with a reason, or refused before anything is deployed.
enum ComposeIgnoredOptions {
  static let unsupported = [
    "build", "cap_add", "cap_drop", "cgroup_parent", "devices", "domainname", "external_links",
    "ipc", "links", "mac_address", "network_mode", "pid", "privileged", "restart",
    "security_opt", "shm_size", "userns_mode",
  ]

  static let deprecated: [(String, String)] = [
    ("container_name", "Setting the container name is not supported."),
    (
      "expose",
      "Exposing ports is unnecessary - services on the same network can access each other's "
        + "containers on any port."
    ),
  ]

  static let forbiddenReasons: [(String, String)] = [
    ("extends", "Support for `extends` is not implemented yet."),
    (
      "volume_driver",
      "Instead of setting the volume driver on the service, define a volume using the top-level "
        + "`volumes` option and specify the driver there."
    ),
    (
      "volumes_from",
      "To share a volume between services, define it using the top-level `volumes` option and "
        + "reference it from each service that shares it using the service-level `volumes` option."
    ),
    ("cpu_quota", "Set resource limits using deploy.resources"),
    ("cpu_shares", "Set resource limits using deploy.resources"),
    ("cpuset", "Set resource limits using deploy.resources"),
    ("mem_limit", "Set resource limits using deploy.resources"),
    ("memswap_limit", "Set resource limits using deploy.resources"),
  ]

  /// The keys 20.10 checks before the schema, in its message form, or nil.
  static func forbidden(_ document: YAMLValue) -> String? {
    let used = Set(serviceKeys([document]))
    let found = forbiddenReasons.filter { used.contains($0.0) }.sorted { $0.0 < $1.0 }
    guard !found.isEmpty else { return nil }
    let lines = found.map { "\($0.0): \($0.1)" }.joined(separator: "\n\n")
    return "Compose file contains unsupported options:\n\n\(lines)\n"
  }

  /// The stderr paragraphs for the files' unsupported and deprecated keys (sorted, each key
  /// once), or "".
  static func warnings(_ documents: [YAMLValue]) -> String {
    let used = Set(serviceKeys(documents))
    var text = ""
    let ignored = unsupported.filter(used.contains).sorted()
    if !ignored.isEmpty {
      text += "Ignoring unsupported options: \(ignored.joined(separator: ", "))\n\n"
    }
    let old = deprecated.filter { used.contains($0.0) }.sorted { $0.0 < $1.0 }
    if !old.isEmpty {
      text += "Ignoring deprecated options:\n\n"
      text += old.map { "\($0.0): \($0.1)" }.joined(separator: "\n\n") + "\n\n"
    }
    return text
  }

  private static func serviceKeys(_ documents: [YAMLValue]) -> [String] {
    documents.flatMap { document in
      (document["services"]?.mappingEntries ?? []).flatMap { $0.value.mappingEntries ?? [] }
        .map(\.key)
    }
  }
}
