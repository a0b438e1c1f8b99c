public import EngineAPI
import GoDurations
public import SwarmCore

/// Swarm objects in their Engine API form: services, tasks, nodes and the swarm itself.
public enum ObjectConversion {
  public static func service(
    _ s: SwarmCore.Service, insertDefaults: Bool, status: EngineAPI.ServiceStatus? = nil
  ) -> EngineAPI.Service {
    var endpoint = EngineAPI.Endpoint()
    // The allocator's view stays empty until the service has ports or networks to allocate on.
    if !(s.spec.ports.isEmpty && s.virtualIPs.isEmpty) {
      // swarmkit's allocator fills in the mode for a VIP service only.
      endpoint.spec = EngineAPI.EndpointSpec(
        mode: s.spec.endpointMode == "dnsrr" ? nil : s.spec.endpointMode,
        ports: ServiceSpecConversion.nonEmpty(s.spec.ports.map(ServiceSpecConversion.port)))
    }
    endpoint.ports = ServiceSpecConversion.nonEmpty(
      s.endpointPorts.map(ServiceSpecConversion.port))
    endpoint.virtualIPs = ServiceSpecConversion.nonEmpty(
      s.virtualIPs.filter { !$0.address.isEmpty }.map {
        EndpointVirtualIP(networkID: $0.networkID, addr: $0.address)
      })
    return EngineAPI.Service(
      id: s.id, version: ObjectVersion(index: StableHash.versionIndex(s.id, s.version)),
      createdAt: Timestamp(s.createdAt), updatedAt: Timestamp(s.updatedAt),
      spec: ServiceSpecConversion.api(s.spec, insertDefaults: insertDefaults),
      previousSpec: s.previousSpec.map { ServiceSpecConversion.api($0, insertDefaults: false) },
      endpoint: endpoint,
      updateStatus: s.updateStatus.map { u in
        EngineAPI.UpdateStatus(
          state: u.state.rawValue, startedAt: Timestamp(u.startedAt),
          completedAt: u.completedAt.map(Timestamp.init),
          message: u.message.isEmpty ? nil : u.message)
      },
      serviceStatus: status)
  }

  public static func task(_ t: SwarmTask, _ cluster: Cluster) -> EngineAPI.Task {
    var cache = TaskConversionCache()
    return task(t, cluster, &cache)
  }

  /// What tasks of one listing share: the spec of the template most tasks were made from,
  /// each network's swarm object, and the last service's host-mode ports (a 100,000-task
  /// `service ps` converts each once).
  public struct TaskConversionCache {
    /// The template `spec` was converted from (not optional: comparing a task's template with
    /// an optional one wraps a copy of it first).
    var template = TaskTemplate(image: "", resolvedImage: "")
    /// Shared by the tasks converted with it: one spec in memory, not one per task.
    var spec: SharedValue<TaskSpec>?
    var networks: [String: SwarmNetwork] = [:]
    /// The service whose host-mode ports `hostPorts` are.
    var hostPortsService: String?
    var hostPorts: [EngineAPI.PortConfig]?

    public init() {}
  }

  public static func task(_ t: SwarmTask, _ cluster: Cluster, _ cache: inout TaskConversionCache)
    -> EngineAPI.Task
  {
    var status = EngineAPI.TaskStatus(
      timestamp: Timestamp(t.status.timestamp), state: t.status.state.apiName,
      message: t.status.message, err: ServiceSpecConversion.nonEmpty(t.status.err))
    if let cid = t.containerID {
      // Read in place: a container copied out of the table per task costs more than the rest.
      let containers = cluster.state.containers
      let index = containers.index(forKey: cid)
      let running = index.map { containers.values[$0].isRunning } ?? false
      status.containerStatus = ContainerStatus(
        containerID: cid, pid: running ? StableHash.processID(cid) : 0,
        exitCode: t.status.exitCode ?? index.flatMap { containers.values[$0].exitCode } ?? 0)
    }
    if t.status.state == .running {
      if cache.hostPortsService != t.serviceID {
        let hostPorts =
          cluster.state.services[t.serviceID]?.spec.ports.filter { $0.publishMode == "host" }
          ?? []
        // A 20.10 daemon reports each host-mode port twice (seen on a real swarm), so
        // `service ps` shows `*:80->80/tcp,*:80->80/tcp`.
        cache.hostPortsService = t.serviceID
        cache.hostPorts = ServiceSpecConversion.nonEmpty(
          hostPorts.flatMap { [ServiceSpecConversion.port($0), ServiceSpecConversion.port($0)] })
      }
      status.portStatus = PortStatus(ports: cache.hostPorts)
    }
    var attachments: [EngineAPI.NetworkAttachment] = []
    for a in t.networkAddresses {
      if cache.networks[a.networkID] == nil, let network = cluster.state.networks[a.networkID] {
        cache.networks[a.networkID] = swarmNetwork(network)
      }
      guard let network = cache.networks[a.networkID] else { continue }
      attachments.append(EngineAPI.NetworkAttachment(network: network, addresses: [a.address]))
    }
    let template = t.template
    let spec: SharedValue<TaskSpec>
    if let cached = cache.spec, template == cache.template {
      spec = cached
    } else {
      spec = SharedValue(
        wrappedValue: ServiceSpecConversion.taskSpec(
          template, insertDefaults: false, runtime: false))
      cache.template = template
      cache.spec = spec
    }
    return EngineAPI.Task(
      id: t.id,
      version: ObjectVersion(
        index: StableHash.versionIndex(t.id, t.status.state.rawValue / 64 + t.specVersion)),
      createdAt: Timestamp(t.createdAt), updatedAt: Timestamp(t.updatedAt),
      spec: spec, serviceID: t.serviceID, slot: t.slot == 0 ? nil : t.slot, nodeID: t.nodeID,
      status: status, desiredState: t.desiredState.apiName,
      networksAttachments: ServiceSpecConversion.nonEmpty(attachments))
  }

  /// `swarm.Network`: an overlay as the swarm stores it (inside task attachments).
  public static func swarmNetwork(_ n: SwarmCore.Network) -> SwarmNetwork {
    let options = overlayOptions(n)
    return SwarmNetwork(
      id: n.id, version: ObjectVersion(index: StableHash.versionIndex(n.id, 1)),
      createdAt: Timestamp(n.createdAt), updatedAt: Timestamp(n.createdAt),
      spec: NetworkSpec(
        name: n.name, labels: ServiceSpecConversion.labels(n.labels),
        driverConfiguration: Driver(name: n.isIngress ? nil : n.driver),
        internal: n.isInternal ? true : nil, attachable: n.attachable ? true : nil,
        ingress: n.isIngress ? true : nil,
        ipamOptions: IPAMOptions(driver: Driver(name: n.isIngress ? nil : "default")),
        scope: n.scope),
      driverState: Driver(name: n.driver, options: options.isEmpty ? nil : options),
      ipamOptions: IPAMOptions(
        driver: Driver(name: "default"),
        configs: n.subnet.map { [SwarmIPAMConfig(subnet: $0, gateway: n.gateway)] } ?? []))
  }

  static func overlayOptions(_ n: SwarmCore.Network) -> [String: String] {
    guard let vxlan = n.vxlanID else { return [:] }
    return ["com.docker.network.driver.overlay.vxlanid_list": String(vxlan)]
  }

  /// The engine plugins a Docker Desktop 20.10 node reports, by type, in the engine's order.
  static let enginePlugins: [(type: String, names: [String])] = [
    (
      "Log",
      [
        "awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file", "local", "logentries",
        "splunk", "syslog",
      ]
    ),
    ("Network", ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"]),
    ("Volume", ["local"]),
  ]

  public static func node(
    _ n: SwarmCore.Node, _ cluster: Cluster, certificate: SwarmCertificate? = nil
  ) -> EngineAPI.Node {
    // Nodes are written on join, on each status report and on every spec change.
    let version = n.updatedAt == n.createdAt ? 1 : 2 + Int((n.updatedAt - n.createdAt).seconds % 7)
    let plugins = enginePlugins.flatMap { group in
      group.names.map { PluginDescription(type: group.type, name: $0) }
    }
    return EngineAPI.Node(
      id: n.id, version: ObjectVersion(index: StableHash.versionIndex(n.id, version)),
      createdAt: Timestamp(n.createdAt), updatedAt: Timestamp(n.updatedAt),
      spec: NodeSpec(
        labels: ServiceSpecConversion.labels(n.labels), role: n.role.rawValue,
        availability: n.availability.rawValue),
      description: NodeDescription(
        hostname: n.hostname, platform: Platform(architecture: "x86_64", os: "linux"),
        resources: Resources(nanoCPUs: Int64(n.cpus) * 1_000_000_000, memoryBytes: n.memoryBytes),
        engine: EngineDescription(engineVersion: n.engineVersion, plugins: plugins),
        tlsInfo: (certificate ?? cluster.state.swarm.map { SwarmCertificate(swarm: $0) }).map(
          tlsInfo)),
      status: NodeStatus(
        state: n.state.rawValue, message: n.state == .down ? "heartbeat failure" : nil,
        addr: n.address),
      managerStatus: n.role == .manager
        ? ManagerStatus(
          leader: n.isLeader ? true : nil,
          reachability: n.managerReachable ? "reachable" : "unreachable",
          addr: n.address + ":2377") : nil)
  }

  static func tlsInfo(_ cert: SwarmCertificate) -> TLSInfo {
    TLSInfo(
      trustRoot: cert.trustRoot, certIssuerSubject: cert.issuerSubject,
      certIssuerPublicKey: cert.issuerPublicKey)
  }

  public static func swarm(_ s: SwarmCore.SwarmInfo, certificate: SwarmCertificate? = nil)
    -> Swarm
  {
    var spec = SwarmSpec()
    spec.orchestration.taskHistoryRetentionLimit = Int64(s.taskHistoryLimit)
    return Swarm(
      id: s.clusterID,
      version: ObjectVersion(
        index: StableHash.versionIndex(s.clusterID, s.updatedAt == s.createdAt ? 1 : 2)),
      createdAt: Timestamp(s.createdAt), updatedAt: Timestamp(s.updatedAt), spec: spec,
      tlsInfo: tlsInfo(certificate ?? SwarmCertificate(swarm: s)),
      defaultAddrPool: [s.defaultAddressPool],
      subnetSize: UInt32(s.subnetSize), dataPathPort: UInt32(s.dataPathPort),
      joinTokens: JoinTokens(worker: s.workerToken, manager: s.managerToken))
  }
}
