/// Containers `docker run` makes: no task owns them, they live on the machine the CLI talks
/// to, and their main process is the command given (or the image's app). On an attachable
/// overlay they hold an address as a swarm network attachment does, from the same serial
/// pool as tasks and VIPs, and the node gets the network's load-balancer endpoint after it.
extension ControlAPI {
  /// `POST /containers/create`: a created container (not started, no address yet).
  public static func createStandaloneContainer(
    name: String, image: String, command: [String], config: StandaloneConfig,
    env: [String], _ cluster: inout Cluster
  ) -> Container {
    let catalogImage = cluster.catalog.lookup(image)
    let shown = command.isEmpty ? catalogImage?.command ?? "" : command.joined(separator: " ")
    var container = Container(
      id: cluster.ids.containerID(), name: name, image: image, resolvedImage: image,
      command: shown, nodeID: cluster.currentMachine, now: cluster.now)
    container.standalone = config
    container.env = env + (catalogImage?.env ?? [])
    if command.isEmpty { container.app = AppState(catalogImage?.http, env: container.env) }
    cluster.state.containers[container.id] = container
    return container
  }

  /// Attaches a created container to an overlay: an address now, then the node's
  /// load-balancer endpoint if it has none on that network yet.
  public static func attachStandalone(
    _ id: String, to networkID: String, _ cluster: inout Cluster
  ) {
    guard var container = cluster.state.containers[id],
      let address = IPAM.nextAddress(on: networkID, in: &cluster)
    else { return }
    container.ownNetworks.append(NetworkAttachment(networkID: networkID, address: address))
    if container.standalone?.attachmentTaskID == nil {
      container.standalone?.attachmentTaskID = cluster.ids.objectID()
    }
    cluster.state.containers[id] = container
    if let node = cluster.state.node(onMachine: container.nodeID)?.id,
      cluster.state.networking.loadBalancer(node: node, network: networkID) == nil,
      let lb = IPAM.nextAddress(on: networkID, in: &cluster)
    {
      cluster.state.networking.loadBalancers.append(
        LoadBalancerEndpoint(networkID: networkID, nodeID: node, address: lb))
    }
  }

  /// The main process starts.
  public static func runStandalone(_ id: String, _ cluster: inout Cluster) {
    guard var container = cluster.state.containers[id] else { return }
    container.state = .running
    container.startedAt = cluster.now
    container.finishedAt = nil
    container.exitCode = nil
    cluster.state.containers[id] = container
  }

  /// Start failed (the runtime found no executable): the container stays `Created`, with
  /// the code the runtime gave, and keeps no address.
  public static func failStart(_ id: String, exitCode: Int, _ cluster: inout Cluster) {
    cluster.state.containers[id]?.exitCode = exitCode
    cluster.state.containers[id]?.ownNetworks = []
  }

  /// Lines the main process wrote, at the current instant.
  public static func appendLogs(_ id: String, _ lines: [LogLine], _ cluster: inout Cluster) {
    cluster.state.containers[id]?.extraLogs += lines
  }

  /// The main process ended with `exitCode`: the container stops, gives back its addresses,
  /// and with `--rm` is removed by the daemon.
  public static func finishStandalone(_ id: String, exitCode: Int, _ cluster: inout Cluster) {
    guard var container = cluster.state.containers[id] else { return }
    container.state = .exited
    container.exitCode = exitCode
    container.finishedAt = cluster.now
    container.ownNetworks = []
    cluster.state.containers[id] = container
    if container.standalone?.autoRemove == true {
      cluster.state.containers[id] = nil
      VolumeMounts.release(containerID: id, &cluster)
    }
    cluster.settle()
  }

  /// The standalone container holding an address on a network, if any (network removal is
  /// refused while one does).
  static func standaloneUser(of networkID: String, _ state: ClusterState) -> Container? {
    state.containers.values.first { c in c.ownNetworks.contains { $0.networkID == networkID } }
  }
}
