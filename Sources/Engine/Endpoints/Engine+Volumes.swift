public import EngineAPI
import SwarmCore

/// `/volumes`: create, list, inspect, remove, prune, on the engine of the current machine.
/// Volumes are local to an engine, so these need no swarm. Shapes and messages are 20.10's.
extension Engine {
  public func volumeCreate(_ body: VolumeCreateBody) throws(EngineError) -> EngineAPI.Volume {
    if !body.driverOpts.isEmpty {
      throw .invalidParameter("volume driver options are not simulated in SwarmLab")
    }
    let labels = body.labels.keys.sorted().map { Label($0, body.labels[$0]!) }
    let volume = try mutate { cluster throws(ControlError) in
      try ControlAPI.createVolume(
        name: body.name.isEmpty ? nil : body.name,
        driver: body.driver.isEmpty ? "local" : body.driver,
        labels: labels, &cluster)
    }
    return Self.volume(volume)
  }

  public func volumeList(_ options: ListOptions) throws(EngineError) -> VolumeListResponse {
    let volumes = try Filters.volumes(
      ControlAPI.volumes(cluster), inUse: ControlAPI.volumesInUse(cluster), options.filters)
    return VolumeListResponse(volumes: volumes.map(Self.volume))
  }

  public func volumeInspect(_ name: String) throws(EngineError) -> EngineAPI.Volume {
    guard let volume = cluster.state.volumes[SwarmCore.Volume.key(name, on: cluster.currentMachine)]
    else { throw .notFound("get \(name): no such volume") }
    return Self.volume(volume)
  }

  public func volumeRemove(_ name: String, force: Bool) throws(EngineError) {
    guard cluster.state.volumes[SwarmCore.Volume.key(name, on: cluster.currentMachine)] != nil
    else {
      if force { return }
      throw .notFound("get \(name): no such volume")
    }
    do throws(ControlError) {
      try ControlAPI.removeVolume(name, force: force, &cluster)
    } catch {
      throw .conflict(error.description)
    }
  }

  public func volumesPrune(_ options: ListOptions) throws(EngineError) -> VolumesPruneReport {
    let inUse = ControlAPI.volumesInUse(cluster)
    let unused = ControlAPI.volumes(cluster).filter { !inUse.contains($0.name) }
    let pruned = try Filters.pruneVolumes(unused, options.filters)
    for volume in pruned {
      try mutate { cluster throws(ControlError) in
        try ControlAPI.removeVolume(volume.name, force: true, &cluster)
      }
    }
    return VolumesPruneReport(volumesDeleted: pruned.isEmpty ? nil : pruned.map(\.name))
  }

  /// A volume as `GET /volumes/{name}` shows it: labels and options written as `{}` for a
  /// volume `docker volume create` made, `null` when a mount made it and set none.
  static func volume(_ v: SwarmCore.Volume) -> EngineAPI.Volume {
    let labels = Dictionary(v.labels.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
    let options = v.driverOptions.map {
      Dictionary($0.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
    }
    let created = Timestamp(unixNanos: v.createdAt.nanos / 1_000_000_000 * 1_000_000_000)
    return EngineAPI.Volume(
      createdAt: created.rfc3339Nano, driver: v.driver,
      labels: labels.isEmpty && options == nil ? nil : labels, mountpoint: v.mountpoint,
      name: v.name, options: options)
  }
}
