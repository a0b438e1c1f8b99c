/// Name-or-ID resolution exactly as the daemon does it: exact ID, then exact name, then a
/// unique ID prefix; several prefix matches are ambiguous.
extension ClusterState {
  public func resolveService(_ ref: String) throws(ControlError) -> Service {
    try resolve(ref, kind: "service", in: Array(services.values), id: \.id, name: \.spec.name)
  }

  public func resolveNode(_ ref: String, self selfID: String?) throws(ControlError) -> Node {
    if ref == "self", let selfID, let node = nodes[selfID] { return node }
    return try resolve(ref, kind: "node", in: Array(nodes.values), id: \.id, name: \.hostname)
  }

  public func resolveTask(_ ref: String) throws(ControlError) -> SwarmTask {
    try resolve(ref, kind: "task", in: Array(tasks.values), id: \.id, name: \.id)
  }

  public func resolveNetwork(_ ref: String) throws(ControlError) -> Network {
    try resolve(ref, kind: "network", in: Array(networks.values), id: \.id, name: \.name)
  }

  /// Containers on one machine by full ID, name, or unique ID prefix (docker's own order).
  public func resolveContainer(_ ref: String, on machine: String) -> Container? {
    let local = containers.values.filter { $0.nodeID == machine }
    if let exact = local.first(where: { $0.id == ref }) { return exact }
    if let named = local.first(where: { $0.name == ref || "/" + $0.name == ref }) { return named }
    let prefixed = local.filter { $0.id.hasPrefix(ref) }
    return prefixed.count == 1 && !ref.isEmpty ? prefixed[0] : nil
  }

  private func resolve<T>(
    _ ref: String, kind: String, in items: [T], id: KeyPath<T, String>, name: KeyPath<T, String>
  ) throws(ControlError) -> T {
    if let exact = items.first(where: { $0[keyPath: id] == ref }) { return exact }
    if let named = items.first(where: { $0[keyPath: name] == ref }) { return named }
    let prefixed = ref.isEmpty ? [] : items.filter { $0[keyPath: id].hasPrefix(ref) }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 { throw .ambiguous(kind: kind, ref: ref, matches: prefixed.count) }
    throw .notFound(kind: kind, ref: ref)
  }
}
