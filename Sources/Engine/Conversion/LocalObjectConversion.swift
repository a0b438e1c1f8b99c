public import EngineAPI
public import SwarmCore

/// The engine's local objects in their Engine API form: networks and containers as the
/// machine the CLI talks to sees them.
public enum LocalObjectConversion {
  /// `types.NetworkResource`: the containers listed are the local ones on the network. In a
  /// list (`listed`) it names no containers and no peers, as dockerd's list has not since API
  /// 1.28 (checked on 20.10): working out every container's endpoints for each network made
  /// `service update` on 10,000 replicas take 50 s, since it lists the networks.
  public static func network(_ n: SwarmCore.Network, _ cluster: Cluster, listed: Bool = false)
    -> NetworkResource
  {
    let attached =
      listed
      ? []
      : cluster.state.containers.values.filter { $0.isRunning }.compactMap {
        c -> (Container, ContainerNetworking.Endpoint)? in
        guard
          let e = ContainerNetworking(c, cluster).endpoints.first(where: { $0.networkID == n.id })
        else { return nil }
        return (c, e)
      }
    let local = attached.filter { $0.0.nodeID == cluster.currentMachine }
    var config: [IPAMConfig] = []
    if let subnet = n.subnet {
      // The default bridge reports no gateway in its IPAM config.
      config.append(
        IPAMConfig(
          subnet: subnet,
          gateway: n.name == "bridge"
            ? nil
            : n.gateway.flatMap {
              $0.isEmpty ? nil : $0
            }))
    }
    var containers: [String: EndpointResource] = [:]
    for (c, e) in local {
      containers[c.id] = EndpointResource(
        name: c.name, endpointID: e.endpointID, macAddress: e.mac,
        ipv4Address: "\(e.ip)/\(e.prefixLength)")
    }
    // The node's own endpoint once the network is instantiated here: the IPVS load balancer
    // (`lb-NET`, named `NET-endpoint`), or the routing mesh's `ingress-sbox`.
    if !listed, n.scope == "swarm", let node = cluster.localNode?.id, n.isIngress || !local.isEmpty,
      let lb = cluster.state.networking.loadBalancer(node: node, network: n.id)
    {
      let ip = lb.address.split(separator: "/")[0]
      // Docker derives the MAC from the IPv4 address, as for containers.
      let mac =
        "02:42:"
        + ip.split(separator: ".").map { octet in
          let hex = String(Int(octet) ?? 0, radix: 16)
          return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: ":")
      containers[n.isIngress ? "ingress-sbox" : "lb-\(n.name)"] = EndpointResource(
        name: "\(n.name)-endpoint", endpointID: StableHash.hex(node + "/lb/" + n.id, count: 64),
        macAddress: mac, ipv4Address: lb.address)
    }
    var peers: [PeerInfo]?
    if n.scope == "swarm" && !local.isEmpty {
      let machines = Set(attached.map { $0.0.nodeID })
      peers = cluster.state.nodes.values.filter { machines.contains($0.hostname) }.map {
        PeerInfo(name: StableHash.hex($0.id, count: 12), ip: $0.address)
      }
    }
    return NetworkResource(
      name: n.name, id: n.id, created: Timestamp(n.createdAt), scope: n.scope, driver: n.driver,
      ipam: IPAM(config: config), internal: n.isInternal, attachable: n.attachable,
      ingress: n.isIngress, containers: containers, options: options(n),
      labels: ServiceSpecConversion.labels(n.labels), peers: peers)
  }

  static func options(_ n: SwarmCore.Network) -> [String: String] {
    let prefix = "com.docker.network."
    let pairs: [(String, String)]
    switch (n.driver, n.name) {
    case ("overlay", _): return ObjectConversion.overlayOptions(n)
    case ("bridge", "bridge"):
      pairs = [
        ("bridge.default_bridge", "true"), ("bridge.enable_icc", "true"),
        ("bridge.enable_ip_masquerade", "true"), ("bridge.host_binding_ipv4", "0.0.0.0"),
        ("bridge.name", "docker0"), ("driver.mtu", "1500"),
      ]
    case ("bridge", "docker_gwbridge"):
      pairs = [
        ("bridge.enable_icc", "false"), ("bridge.enable_ip_masquerade", "true"),
        ("bridge.name", "docker_gwbridge"),
      ]
    default: pairs = []
    }
    return Dictionary(uniqueKeysWithValues: pairs.map { (prefix + $0.0, $0.1) })
  }

  /// `types.ContainerJSON` on a Docker Desktop engine (overlay2 storage, `/var/lib/docker`).
  public static func container(_ c: Container, _ cluster: Cluster) -> ContainerJSON {
    let zero = "0001-01-01T00:00:00Z"
    let argv =
      c.standalone.flatMap { $0.command.isEmpty ? nil : $0.command }
      ?? c.command.split(separator: " ").map(String.init)
    var state = ContainerState(
      status: c.state.rawValue, running: c.isRunning,
      pid: c.isRunning ? StableHash.processID(c.id) : 0, exitCode: c.exitCode ?? 0,
      startedAt: c.startedAt.map { $0.civil.rfc3339Nano } ?? zero,
      finishedAt: c.finishedAt.map { $0.civil.rfc3339Nano } ?? zero)
    state.health = c.health.map { h in
      Health(
        status: h.status.rawValue, failingStreak: h.failingStreak,
        log: h.log.map {
          HealthcheckResult(
            start: Timestamp($0.start), end: Timestamp($0.end), exitCode: $0.exitCode,
            output: $0.output)
        })
    }
    let layer = "/var/lib/docker/overlay2/" + StableHash.hex(c.id + "/layer", count: 64)
    let graph = GraphDriverData(
      data: [
        "LowerDir": "\(layer)-init/diff:/var/lib/docker/overlay2/"
          + StableHash.hex(c.resolvedImage + "/layer", count: 64) + "/diff",
        "MergedDir": layer + "/merged", "UpperDir": layer + "/diff", "WorkDir": layer + "/work",
      ], name: "overlay2")
    // The daemon puts the image's environment first and appends the user's.
    let image = cluster.catalog.lookup(c.resolvedImage)
    let imageEnv = image?.env ?? []
    let template = c.taskID.flatMap { cluster.state.tasks[$0]?.template }
    let config = ContainerConfig(
      hostname: template?.hostname ?? String(c.id.prefix(12)), user: template?.user ?? "",
      env: imageEnv + c.env.filter { !imageEnv.contains($0) }, cmd: argv,
      image: c.resolvedImage, workingDir: template?.workdir ?? image?.workdir ?? "",
      labels: ServiceSpecConversion.labels(c.labels))
    var json = ContainerJSON(
      id: c.id, created: c.createdAt.civil.rfc3339Nano, path: argv.first ?? "",
      args: Array(argv.dropFirst()), state: state,
      image: "sha256:" + StableHash.hex(c.resolvedImage, count: 64), name: "/" + c.name,
      graphDriver: graph, config: config, networkSettings: networkSettings(c, cluster))
    if let run = c.standalone {
      json.hostConfig.networkMode = run.network ?? "default"
      json.hostConfig.autoRemove = run.autoRemove
      json.config.tty = run.tty
      json.config.openStdin = run.openStdin
    }
    return json
  }

  /// A stopped container keeps its networks but no addresses.
  static func networkSettings(_ c: Container, _ cluster: Cluster) -> NetworkSettings {
    let endpoints = ContainerNetworking(c, cluster).endpoints
    let live = c.isRunning
    let sandbox = live ? StableHash.hex(c.id + "/sandbox", count: 64) : ""
    let primary = live ? endpoints.first(where: \.isBridge) : nil
    var networks: [String: EndpointSettings] = [:]
    for e in endpoints {
      networks[e.networkName] = EndpointSettings(
        ipamConfig: e.isBridge ? nil : EndpointIPAMConfig(ipv4Address: e.ip),
        aliases: e.isBridge ? nil : [String(c.id.prefix(12))], networkID: e.networkID,
        endpointID: live ? e.endpointID : "", gateway: live ? e.gateway : "",
        ipAddress: live ? e.ip : "", ipPrefixLen: live ? e.prefixLength : 0,
        macAddress: live ? e.mac : "")
    }
    return NetworkSettings(
      sandboxID: sandbox,
      sandboxKey: live ? "/var/run/docker/netns/" + sandbox.prefix(12) : "",
      endpointID: primary?.endpointID ?? "", gateway: primary?.gateway ?? "",
      ipAddress: primary?.ip ?? "", ipPrefixLen: primary?.prefixLength ?? 0,
      macAddress: primary?.mac ?? "", networks: networks)
  }
}
