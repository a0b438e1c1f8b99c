/// docker-compose 1.x's `merge_service_dicts`: how `-f A -f B` combine one service. It differs
/// from docker 20.10's stack loader (``ComposeMerge``): environment and labels merge as maps,
/// ports merge by (target, published, ip, protocol) and come out sorted by target, volumes merge
/// by container path (sorted), `cap_add`-style lists become sorted sets, networks keep only
/// their aliases, addresses and priority, and any other key is replaced whole.
enum ComposeV1Merge {
  typealias Entries = [(key: String, value: YAMLValue)]

  static func service(_ base: YAMLValue, _ override: YAMLValue) -> YAMLValue {
    var md = MergeDict(base: base, override: override)
    md.mapping("environment", split: ComposeV1Values.splitEnvironment)
    md.mapping("labels", split: ComposeV1Values.splitKeyValue)
    md.mapping("ulimits", split: nil)
    md.mapping("sysctls", split: ComposeV1Values.splitKeyValue)
    md.mapping(
      "depends_on", split: { (.string($0), .mapping([("condition", .string("service_started"))])) })
    md.mapping("storage_opt", split: nil)
    md.mapping("extra_hosts", split: ComposeV1Values.splitHost)
    md.sequence("secrets")
    md.sequence("configs")
    md.field("networks") { networks($0, $1) }
    for field in ["volumes", "devices"] {
      md.field(field) { ComposeV1Values.mergePathMappings($0, $1) }
    }
    for field in [
      "cap_add", "cap_drop", "expose", "external_links", "volumes_from", "device_cgroup_rules",
      "profiles", "links", "security_opt",
    ] {
      md.field(field) { uniqueSorted($0, $1) }
    }
    for field in ["dns", "dns_search", "env_file", "tmpfs"] {
      md.field(field) { .list(ComposeV1Values.toList($0) + ComposeV1Values.toList($1)) }
    }
    md.field("logging") { logging($0, $1) }
    md.field("ports") { .list(ComposeV1Ports.merge($0, $1).map(\.value)) }
    md.field("healthcheck") { base, override in
      if override?["disable"] == .bool(true) { return override ?? .mapping([]) }
      return ComposeV1Values.updated(base, with: override)
    }
    md.field("deploy") { deploy($0, $1) }
    md.field("build") { build($0, $1) }
    md.remainingScalars()
    return .mapping(md.result)
  }

  private static func deploy(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    var md = MergeDict(base: base ?? .mapping([]), override: override ?? .mapping([]))
    md.scalar("mode")
    md.scalar("endpoint_mode")
    md.scalar("replicas")
    md.mapping("labels", split: ComposeV1Values.splitKeyValue)
    for key in ["update_config", "rollback_config", "restart_policy"] {
      md.mapping(key, split: nil)
    }
    md.field("resources") { base, override in
      var resources = MergeDict(base: base ?? .mapping([]), override: override ?? .mapping([]))
      resources.mapping("limits", split: nil)
      resources.field("reservations") { base, override in
        var r = MergeDict(base: base ?? .mapping([]), override: override ?? .mapping([]))
        r.scalar("cpus")
        r.scalar("memory")
        r.field("generic_resources") {
          .list(ComposeV1Values.toList($0) + ComposeV1Values.toList($1))
        }
        r.field("devices") { .list(ComposeV1Values.toList($0) + ComposeV1Values.toList($1)) }
        return .mapping(r.result)
      }
      return .mapping(resources.result)
    }
    md.field("placement") { base, override in
      var p = MergeDict(base: base ?? .mapping([]), override: override ?? .mapping([]))
      p.scalar("max_replicas_per_node")
      p.field("constraints") { uniqueSorted($0, $1) }
      p.field("preferences") { .list(ComposeV1Values.toList($0) + ComposeV1Values.toList($1)) }
      return .mapping(p.result)
    }
    return .mapping(md.result)
  }

  /// `merge_networks`: a list names networks with no options; each merged network keeps only
  /// the options compose merges (aliases, link-local IPs, priority, fixed addresses).
  private static func networks(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    func table(_ value: YAMLValue?) -> Entries {
      switch value {
      case .list(let items)?: return items.map { ($0.scalarText ?? "", .mapping([])) }
      case .mapping(let entries)?: return entries
      default: return []
      }
    }
    let b = table(base)
    let o = table(override)
    var names: [String] = []
    for (name, _) in b + o where !names.contains(name) { names.append(name) }
    var out: Entries = []
    for name in names {
      let bn = b.first { $0.key == name }?.value ?? .null
      let on = o.first { $0.key == name }?.value ?? .null
      var md = MergeDict(
        base: bn == .null ? .mapping([]) : bn, override: on == .null ? .mapping([]) : on)
      md.field("aliases") { uniqueSorted($0, $1) }
      md.field("link_local_ips") { uniqueSorted($0, $1) }
      md.scalar("priority")
      md.scalar("ipv4_address")
      md.scalar("ipv6_address")
      out.append((name, .mapping(md.result)))
    }
    return .mapping(out)
  }

  private static func logging(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    var md = MergeDict(base: base ?? .mapping([]), override: override ?? .mapping([]))
    md.scalar("driver")
    let baseDriver = base?["driver"]
    if md.value("driver") == baseDriver || baseDriver == nil {
      md.mapping("options", split: nil)
    } else if let options = override?["options"], options != .null {
      md.set("options", options)
    }
    return .mapping(md.result)
  }

  private static func build(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    func dict(_ value: YAMLValue?) -> YAMLValue {
      if case .string(let context)? = value { return .mapping([("context", .string(context))]) }
      return value ?? .mapping([])
    }
    var md = MergeDict(base: dict(base), override: dict(override))
    for key in ["context", "dockerfile", "network", "target", "shm_size", "isolation"] {
      md.scalar(key)
    }
    md.mapping("args", split: ComposeV1Values.splitEnvironment)
    md.field("cache_from") { uniqueSorted($0, $1) }
    md.mapping("labels", split: ComposeV1Values.splitKeyValue)
    md.mapping("extra_hosts", split: ComposeV1Values.splitHost)
    return .mapping(md.result)
  }

  /// `merge_unique_items_lists`: both lists as strings, as a sorted set.
  private static func uniqueSorted(_ base: YAMLValue?, _ override: YAMLValue?) -> YAMLValue {
    let all = (ComposeV1Values.toList(base) + ComposeV1Values.toList(override)).map {
      $0.scalarText ?? ""
    }
    return .list(Set(all).sorted().map { .string($0) })
  }
}
