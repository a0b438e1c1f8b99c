/// The volumes a task container gets when its agent creates it, and the anonymous ones that go
/// with it when it is removed (swarmkit removes task containers with `RemoveVolumes`).
///
/// A named volume mount creates the volume on the container's machine on first use, with the
/// mount's labels; an image `VOLUME` path that no mount covers gets a fresh anonymous volume
/// (a 64-hex name), as `docker volume ls -q` shows for the postgres images.
enum VolumeMounts {
  static func attach(
    _ container: inout Container, template: TaskTemplate, image: CatalogImage?,
    _ cluster: inout Cluster
  ) {
    let machine = container.nodeID
    for mount in template.mounts {
      switch mount.kind {
      case .volume:
        let name = mount.source ?? cluster.ids.containerID()
        let key = Volume.key(name, on: machine)
        if cluster.state.volumes[key] == nil {
          var volume = Volume(name: name, machine: machine, now: cluster.now)
          volume.labels = mount.volumeLabels
          if mount.source == nil { volume.anonymousOwner = container.id }
          cluster.state.volumes[key] = volume
        }
        container.mounts.append(
          ContainerMount(
            kind: .volume, name: name, source: cluster.state.volumes[key]!.mountpoint,
            destination: mount.target, readOnly: mount.readOnly))
      case .bind, .tmpfs:
        container.mounts.append(
          ContainerMount(
            kind: mount.kind, name: nil, source: mount.source ?? "", destination: mount.target,
            readOnly: mount.readOnly))
      }
    }
    for path in image?.volumes ?? []
    where !container.mounts.contains(where: { $0.destination == path }) {
      var volume = Volume(name: cluster.ids.containerID(), machine: machine, now: cluster.now)
      volume.anonymousOwner = container.id
      cluster.state.volumes[volume.key] = volume
      container.mounts.append(
        ContainerMount(
          kind: .volume, name: volume.name, source: volume.mountpoint, destination: path,
          readOnly: false))
    }
  }

  /// Forgets the anonymous volumes of containers that were removed.
  static func release(containerIDs: Set<String>, _ cluster: inout Cluster) {
    guard !cluster.state.volumes.isEmpty else { return }
    cluster.state.volumes.removeAll { $0.value.anonymousOwner.map(containerIDs.contains) ?? false }
  }

  static func release(containerID: String, _ cluster: inout Cluster) {
    release(containerIDs: [containerID], &cluster)
  }
}
