import EngineAPI

/// Lookups as docker's Go client library makes them: a 404 from an inspect becomes its
/// `objectNotFoundError` (`Error: No such service: nope`), which the CLI prints as it is
/// where other daemon errors carry the "from daemon" prefix (the client library words it, not
/// dockerd).
extension EngineClient {
  mutating func lookupService(_ ref: String, insertDefaults: Bool = false)
    throws(EngineError) -> Service
  {
    // The Go client refuses an empty reference before asking.
    if ref.isEmpty { throw .objectNotFound("service", ref) }
    do throws(EngineError) {
      return try serviceInspect(ref, options: ServiceInspectOptions(insertDefaults: insertDefaults))
    } catch {
      throw error.isNotFound ? .objectNotFound("service", ref) : error
    }
  }

  mutating func lookupNode(_ ref: String) throws(EngineError) -> Node {
    if ref.isEmpty { throw .objectNotFound("node", ref) }
    do throws(EngineError) { return try nodeInspect(ref) } catch {
      throw error.isNotFound ? .objectNotFound("node", ref) : error
    }
  }

  mutating func lookupNetwork(_ ref: String) throws(EngineError) -> NetworkResource {
    if ref.isEmpty { throw .objectNotFound("network", ref) }
    do throws(EngineError) { return try networkInspect(ref) } catch {
      throw error.isNotFound ? .objectNotFound("network", ref) : error
    }
  }

  /// docker's `node inspect` and `node ps` (and only they) read `self` as this node.
  mutating func nodeReference(_ ref: String) -> String {
    ref == "self" ? info().swarm.nodeID : ref
  }
}
