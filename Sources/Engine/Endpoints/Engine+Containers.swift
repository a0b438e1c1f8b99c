public import EngineAPI
import GoDurations
import SwarmCore

/// `/containers`: the containers of the machine the CLI talks to.
extension Engine {
  /// By full ID, name (with or without `/`), or unique ID prefix, on the current machine.
  func resolveContainer(_ ref: String) throws(EngineError) -> Container {
    guard let container = cluster.state.resolveContainer(ref, on: cluster.currentMachine) else {
      throw .notFound("No such container: \(ref)")
    }
    return container
  }

  public func containerList(_ options: ContainerListOptions) throws(EngineError)
    -> [ContainerSummary]
  {
    var containers = cluster.state.containers.values.filter {
      $0.nodeID == cluster.currentMachine
    }
    // Newest first, as the daemon returns them; of `docker run` containers made at one
    // simulated instant the later one is the newer.
    containers = containers.enumerated().sorted { a, b in
      if a.element.createdAt != b.element.createdAt {
        return a.element.createdAt > b.element.createdAt
      }
      let (aRun, bRun) = (a.element.standalone != nil, b.element.standalone != nil)
      if aRun != bRun { return aRun }
      return aRun ? a.offset > b.offset : a.offset < b.offset
    }.map(\.element)
    if !options.all && options.limit == nil { containers = containers.filter(\.isRunning) }
    if let limit = options.limit, limit >= 0 { containers = Array(containers.prefix(limit)) }
    let snapshot = cluster
    containers = try Filters.containers(containers, options.filters) { c in
      ContainerNetworking(c, snapshot).endpoints.map { ($0.networkName, $0.networkID) }
    }
    return containers.map(summary)
  }

  func summary(_ c: Container) -> ContainerSummary {
    let networks =
      (c.standalone?.onBridge == true ? ["bridge"] : [])
      + ServiceDNS.addresses(of: c, cluster.state).compactMap {
        cluster.state.networks[$0.networkID]?.name
      }
    return ContainerSummary(
      id: c.id, names: ["/" + c.name], image: c.resolvedImage,
      imageID: "sha256:" + StableHash.hex(c.resolvedImage, count: 64), command: c.command,
      createdAt: Timestamp(c.createdAt),
      labels: ServiceSpecConversion.labels(c.labels), state: c.state.rawValue,
      status: Self.statusText(c, now: cluster.now),
      networks: networks.isEmpty ? ["bridge"] : networks)
  }

  /// The daemon's STATUS text: `Up 4 minutes`, `Exited (137) 5 seconds ago`, `Created`.
  static func statusText(_ c: Container, now: SimTime) -> String {
    func human(_ d: SimDuration) -> String { GoDuration(nanoseconds: d.nanos).humanText }
    switch c.state {
    case .created: return "Created"
    case .running:
      let up = "Up " + human(now - (c.startedAt ?? c.createdAt))
      // docker's `Health.String()`: "health: starting", else the status itself.
      switch c.health?.status {
      case nil: return up
      case .starting?: return up + " (health: starting)"
      case let status?: return up + " (\(status.rawValue))"
      }
    case .exited:
      return "Exited (\(c.exitCode ?? 0)) " + human(now - (c.finishedAt ?? now)) + " ago"
    }
  }

  /// `ps -ef` in the container: its main process (the runtime's numbers are stable per
  /// container; CPU time is not simulated).
  public func containerTop(_ ref: String) throws(EngineError) -> ContainerTopResponse {
    let c = try resolveContainer(ref)
    guard c.isRunning else { throw .conflict("Container \(c.id) is not running") }
    let started = (c.startedAt ?? c.createdAt).civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let command =
      c.standalone.flatMap { $0.command.isEmpty ? nil : $0.command }?
      .joined(separator: " ") ?? c.command
    return ContainerTopResponse(
      titles: ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"],
      processes: [
        [
          "root", String(StableHash.processID(c.id)),
          String(StableHash.processID(c.id + "/shim")), "0",
          "\(two(started.hour)):\(two(started.minute))", "?", "00:00:00", command,
        ]
      ])
  }

  public func containerInspect(_ ref: String) throws(EngineError) -> ContainerJSON {
    LocalObjectConversion.container(try resolveContainer(ref), cluster)
  }

  public func containerRemove(_ ref: String, force: Bool) throws(EngineError) {
    let id = try resolveContainer(ref).id
    try mutate { cluster throws(ControlError) in
      try ControlAPI.removeContainer(id, force: force, &cluster)
    }
  }

  public func containerKill(_ ref: String) throws(EngineError) {
    let id: String
    do throws(EngineError) { id = try resolveContainer(ref).id } catch {
      // moby's kill names the container it could not kill.
      throw EngineError(
        statusCode: error.statusCode, message: "Cannot kill container: \(ref): \(error.message)")
    }
    try mutate { cluster throws(ControlError) in try ControlAPI.killContainer(id, &cluster) }
  }

  public func containerStop(_ ref: String) throws(EngineError) {
    let id = try resolveContainer(ref).id
    try mutate { cluster throws(ControlError) in try ControlAPI.stopContainer(id, &cluster) }
  }

  public func containerStart(_ ref: String) throws(EngineError) {
    let container = try resolveContainer(ref)
    if container.standalone != nil {
      _ = try startStandalone(container, attached: false)
      return
    }
    let id = container.id
    try mutate { cluster throws(ControlError) in try ControlAPI.startContainer(id, &cluster) }
  }
}

/// `/networks`: create, list, inspect, remove.
extension Engine {
  public func networkCreate(_ request: NetworkCreateRequest) throws(EngineError)
    -> NetworkCreateResponse
  {
    let labels = (request.labels ?? [:]).keys.sorted().map { "\($0)=\(request.labels![$0]!)" }
    for config in request.ipam?.config ?? [] {
      if let subnet = config.subnet, !Self.isCIDR(subnet) {
        throw .invalidParameter("Invalid subnet \(subnet) : invalid CIDR address: \(subnet)")
      }
    }
    let subnet = request.ipam?.config.first?.subnet
    let network = try mutate { cluster throws(ControlError) in
      try ControlAPI.createNetwork(
        name: request.name, driver: request.driver, attachable: request.attachable,
        subnet: subnet, labels: labels, isInternal: request.internal, &cluster)
    }
    return NetworkCreateResponse(id: network.id)
  }

  public func networkList(_ options: ListOptions) throws(EngineError)
    -> [NetworkResource]
  {
    let local = locallyAttachedNetworks()
    return try Filters.networks(
      Array(cluster.state.networks.values), options.filters,
      isLocal: { $0.scope == "local" || $0.isIngress || local.contains($0.id) }
    ).map { LocalObjectConversion.network($0, cluster, listed: true) }
  }

  /// Swarm networks this engine has instantiated: those a running task's container here
  /// is attached to.
  func locallyAttachedNetworks() -> Set<String> {
    var ids: Set<String> = []
    for container in cluster.state.containers.values
    where container.nodeID == cluster.currentMachine && container.isRunning {
      for attachment in ServiceDNS.addresses(of: container, cluster.state) {
        ids.insert(attachment.networkID)
      }
    }
    return ids
  }

  public func networkInspect(_ ref: String) throws(EngineError) -> NetworkResource {
    let network = try control { () throws(ControlError) in try cluster.state.resolveNetwork(ref) }
    return LocalObjectConversion.network(network, cluster)
  }

  public func networkRemove(_ ref: String) throws(EngineError) {
    let network = try control { () throws(ControlError) in try cluster.state.resolveNetwork(ref) }
    try mutate { cluster throws(ControlError) in
      try ControlAPI.removeNetwork(network.id, &cluster)
    }
  }
}

extension Engine {
  /// Go's `net.ParseCIDR` for IPv4 (`10.0.9.0/24`; host bits may be set); an IPv6 prefix is
  /// accepted by its shape.
  static func isCIDR(_ text: String) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let bits = Int(parts[1]), parts[1].allSatisfy(\.isNumber) else {
      return false
    }
    if parts[0].contains(":") { return (0...128).contains(bits) }
    let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard (0...32).contains(bits), octets.count == 4 else { return false }
    return octets.allSatisfy { o in
      !o.isEmpty && o.count <= 3 && o.allSatisfy(\.isNumber) && Int(o)! <= 255
    }
  }
}
