public import EngineAPI
import SwarmCore

/// `/nodes`: list, inspect (by ID, prefix, hostname or `self`), update, remove.
extension Engine {
  public func nodeList(_ options: ListOptions) throws(EngineError) -> [EngineAPI.Node] {
    try requireManager()
    if options.filters.isEmpty, let cache = nodeListCache, cache.generation == generation {
      return cache.nodes
    }
    let certificate = certificate()
    let nodes = try Filters.nodes(Array(cluster.state.nodes.values), options.filters).map {
      ObjectConversion.node($0, cluster, certificate: certificate)
    }
    if options.filters.isEmpty { nodeListCache = (generation, nodes) }
    return nodes
  }

  public func nodeInspect(_ ref: String) throws(EngineError) -> EngineAPI.Node {
    try requireManager()
    return ObjectConversion.node(try resolveNode(ref), cluster, certificate: certificate())
  }

  /// `self` is the CLI's word (`node inspect` and `node ps` turn it into this node's ID);
  /// the daemon knows only IDs and hostnames, so `node update self` finds no node.
  func resolveNode(_ ref: String) throws(EngineError) -> SwarmCore.Node {
    try control { () throws(ControlError) in try cluster.state.resolveNode(ref, self: nil) }
  }

  public func nodeUpdate(_ id: String, version: ObjectVersion, spec: NodeSpec)
    throws(EngineError)
  {
    try requireManager()
    let node = try resolveNode(id)
    guard version == ObjectConversion.node(node, cluster).version else {
      throw .system("rpc error: code = Unknown desc = update out of sequence")
    }
    var role = node.role
    if let text = spec.role {
      guard let parsed = SwarmCore.Node.Role(rawValue: text.lowercased()) else {
        throw .invalidParameter("invalid Role: \"\(text)\"")
      }
      role = parsed
    }
    var availability = node.availability
    if let text = spec.availability {
      guard let parsed = SwarmCore.Node.Availability(rawValue: text.lowercased()) else {
        throw .invalidParameter("invalid Availability: \"\(text)\"")
      }
      availability = parsed
    }
    let labels = ServiceSpecConversion.sortedLabels(spec.labels)
    try mutate { cluster throws(ControlError) in
      try ControlAPI.updateNode(node.id, &cluster) {
        $0.role = role
        $0.availability = availability
        $0.labels = labels
      }
    }
  }

  public func nodeRemove(_ ref: String, force: Bool) throws(EngineError) {
    try requireManager()
    let node = try resolveNode(ref)
    try mutate { cluster throws(ControlError) in
      try ControlAPI.removeNode(node.id, force: force, &cluster)
    }
  }
}
