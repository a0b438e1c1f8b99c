/// `docker volume create|ls|inspect|rm` on the current machine's engine. Volumes are local to
/// an engine, so these work without a swarm. Messages are moby 20.10's.
extension ControlAPI {
  /// Creates a named volume, or returns the existing one of that name (docker's create is
  /// idempotent); with no name, an anonymous-style 64-hex name is drawn.
  @discardableResult
  public static func createVolume(
    name: String?, driver: String = "local", labels: [Label] = [], _ cluster: inout Cluster
  ) throws(ControlError) -> Volume {
    guard driver == "local" else {
      throw .plain(
        "create \(name ?? ""): error looking up volume plugin \(driver): plugin \"\(driver)\" not found"
      )
    }
    let machine = cluster.currentMachine
    let volumeName = name ?? cluster.ids.containerID()
    if let existing = cluster.state.volumes[Volume.key(volumeName, on: machine)] {
      return existing
    }
    guard isValidVolumeName(volumeName) else {
      throw .plain(
        "create \(volumeName): \"\(volumeName)\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"
      )
    }
    var volume = Volume(name: volumeName, machine: machine, now: cluster.now)
    volume.labels = labels.sorted { $0.key < $1.key }
    volume.driverOptions = []
    cluster.state.volumes[volume.key] = volume
    return volume
  }

  /// The current machine's volumes, in creation order.
  public static func volumes(_ cluster: Cluster) -> [Volume] {
    cluster.state.volumes.values.filter { $0.machine == cluster.currentMachine }
  }

  /// The names of the current machine's volumes some container (running or not) mounts.
  public static func volumesInUse(_ cluster: Cluster) -> Set<String> {
    var names: Set<String> = []
    for container in cluster.state.containers.values
    where container.nodeID == cluster.currentMachine {
      for mount in container.mounts { if let name = mount.name { names.insert(name) } }
    }
    return names
  }

  /// Removes a volume unless a container (running or not) still uses it (the IDs as Go prints
  /// a string slice: `[a b]`).
  public static func removeVolume(_ name: String, force: Bool, _ cluster: inout Cluster)
    throws(ControlError)
  {
    let key = Volume.key(name, on: cluster.currentMachine)
    guard cluster.state.volumes[key] != nil else {
      if force { return }
      throw .plain("get \(name): no such volume")
    }
    let users = cluster.state.containers.values
      .filter { $0.nodeID == cluster.currentMachine && $0.mounts.contains { $0.name == name } }
      .map(\.id)
    if !users.isEmpty {
      throw .plain("remove \(name): volume is in use - [\(users.joined(separator: " "))]")
    }
    cluster.state.volumes[key] = nil
  }

  static func isValidVolumeName(_ name: String) -> Bool {
    guard let first = name.first, first.isASCII, first.isLetter || first.isNumber, name.count > 1
    else { return false }
    return name.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-")
    }
  }
}
