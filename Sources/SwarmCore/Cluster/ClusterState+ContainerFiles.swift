/// Files a task container sees beyond its image: its configs (at their target, default
/// `/NAME`) and secrets (default `/run/secrets/NAME`), so `cat` in `docker exec … sh` shows a
/// config's content as on a real node.
extension ClusterState {
  /// The files a container's task template puts in it, by absolute path, in template order.
  public func mountedFiles(inContainer id: String) -> [(path: String, data: [UInt8])] {
    guard let taskID = containers[id]?.taskID, let task = tasks[taskID] else { return [] }
    var files: [(path: String, data: [UInt8])] = []
    for (kind, refs) in [
      (DataObject.Kind.config, task.template.configs), (.secret, task.template.secrets),
    ] {
      for ref in refs {
        guard let object = dataObjects(kind)[ref.objectID] else { continue }
        files.append((ref.containerPath(for: kind), object.data))
      }
    }
    return files
  }

  /// The content of one mounted file, or nil when nothing is mounted at `path`.
  public func mountedFile(_ path: String, inContainer id: String) -> [UInt8]? {
    mountedFiles(inContainer: id).last { $0.path == path }?.data
  }
}
