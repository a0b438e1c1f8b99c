import DistributionReference

/// Service lifecycle on the simulated manager: create, update, rollback, remove.
extension ControlAPI {
  /// Pins the image to its catalog digest, as the CLI does by asking the registry; nil when
  /// the registry does not know it (the CLI then warns and sends the bare reference).
  public static func resolveImage(_ image: String, catalog: ImageCatalog) -> String? {
    guard let entry = catalog.lookup(image) else { return nil }
    let ref = ImageReference(image)
    return ref.digest != nil ? image : "\(ref.familiar)@\(entry.digest)"
  }

  /// Creates a service and returns it; tasks follow as the cluster advances.
  @discardableResult
  public static func createService(_ spec: ServiceSpec, _ cluster: inout Cluster)
    throws(ControlError) -> Service
  {
    try requireCommit(&cluster)
    try validate(spec, cluster.state)
    if cluster.state.service(named: spec.name) != nil {
      throw .nameConflict(kind: "service", name: spec.name)
    }
    var service = Service(id: cluster.ids.objectID(), spec: spec, version: 1, now: cluster.now)
    service.endpointPorts = RoutingMesh.endpointPorts(for: spec, previous: [], cluster.state)
    service.spec.template.networks = try spec.template.networks.map { ref throws(ControlError) in
      try cluster.state.resolveNetwork(ref).id
    }
    cluster.state.services[service.id] = service
    allocateVirtualIPs(service.id, &cluster)
    cluster.settle()
    return cluster.state.services[service.id]!
  }

  /// Applies a change to a service's spec. A changed task template starts a rolling update;
  /// the old spec is kept for `rollback`.
  @discardableResult
  public static func updateService(
    _ id: String, _ cluster: inout Cluster, change: (inout ServiceSpec) throws(ControlError) -> Void
  ) throws(ControlError) -> Service {
    try requireCommit(&cluster)
    guard var service = cluster.state.services[id] else {
      throw .notFound(kind: "service", ref: id)
    }
    var spec = service.spec
    try change(&spec)
    try validate(spec, cluster.state)
    spec.template.networks = try spec.template.networks.map { ref throws(ControlError) in
      try cluster.state.resolveNetwork(ref).id
    }
    service.previousSpec = service.spec
    service.endpointPorts = RoutingMesh.endpointPorts(
      for: spec, previous: service.endpointPorts, cluster.state)
    service.spec = spec
    service.version += 1
    service.updatedAt = cluster.now
    // As swarmkit's control API: every accepted update starts afresh; the updater marks it
    // `updating` if any task has to be replaced.
    service.updateStatus = nil
    cluster.state.services[id] = service
    allocateVirtualIPs(id, &cluster)
    cluster.settle()
    return cluster.state.services[id]!
  }

  /// `service rollback` / `update --rollback`: the previous spec becomes current again.
  @discardableResult
  public static func rollbackService(_ id: String, _ cluster: inout Cluster) throws(ControlError)
    -> Service
  {
    try requireCommit(&cluster)
    guard let service = cluster.state.services[id] else {
      throw .notFound(kind: "service", ref: id)
    }
    guard service.previousSpec != nil else { throw .noPreviousSpec(serviceID: service.id) }
    rollBack(id, automatically: false, message: "manually requested rollback", &cluster)
    cluster.settle()
    return cluster.state.services[id]!
  }

  /// Makes the previous spec current again. A requested rollback swaps the two specs (so a
  /// second rollback undoes it) and starts afresh; the updater's own rollback keeps the
  /// update's start time and forgets the failed spec, as swarmkit's updater does.
  static func rollBack(
    _ id: String, automatically: Bool, message: String, _ cluster: inout Cluster
  ) {
    guard var service = cluster.state.services[id], let previous = service.previousSpec else {
      return
    }
    service.previousSpec = automatically ? nil : service.spec
    service.endpointPorts = RoutingMesh.endpointPorts(
      for: previous, previous: service.endpointPorts, cluster.state)
    service.spec = previous
    service.version += 1
    service.updatedAt = cluster.now
    let startedAt =
      automatically ? service.updateStatus?.startedAt ?? cluster.now : cluster.now
    service.updateStatus = UpdateStatus(
      state: .rollbackStarted, startedAt: startedAt, message: message)
    cluster.state.services[id] = service
    allocateVirtualIPs(id, &cluster)
  }

  /// Removes a service; its tasks are told to go and the reaper deletes them once stopped.
  public static func removeService(_ id: String, _ cluster: inout Cluster) throws(ControlError) {
    try requireCommit(&cluster)
    guard cluster.state.services[id] != nil else { throw .notFound(kind: "service", ref: id) }
    cluster.state.services[id] = nil
    for task in cluster.state.tasks.values where task.serviceID == id && task.desiredState < .remove
    {
      cluster.state.tasks[task.id]?.desiredState = .remove
      cluster.state.tasks[task.id]?.updatedAt = cluster.now
    }
    cluster.settle()
  }

  /// The most tasks one service may ask for: docker has no such limit, but a simulation that
  /// holds every task in memory needs one (and says so) rather than growing without bound.
  public static let taskLimit = 100_000

  private static func validate(_ spec: ServiceSpec, _ state: ClusterState) throws(ControlError) {
    if case .replicated(let replicas) = spec.mode, replicas > taskLimit {
      throw .plain(
        "SwarmLab simulates at most \(taskLimit) replicas per service; ask for \(taskLimit) or fewer"
      )
    }
    let name = spec.name
    // swarmkit's `^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$`: stacks name services `stack_service`.
    func isAlphanumeric(_ c: Character?) -> Bool {
      c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
    }
    let valid =
      name.count <= 63 && isAlphanumeric(name.first) && isAlphanumeric(name.last)
      && name.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" }
    if !valid {
      throw .invalidArgument("name must be valid as a DNS name component")
    }
    try validatePolicies(spec)
    // Parsed when set; only a rejected one is parsed again, for swarmkit's reason.
    for (text, parsed) in zip(spec.template.constraints, spec.template.placementConstraints)
    where parsed == nil {
      _ = try Constraint.parse(text)
    }
    try validateFileReferences(spec.template, state)
    try validateEndpoint(spec)
    for port in spec.ports where port.publishedPort > 0 && port.publishMode == "ingress" {
      let clash = state.services.values.first { other in
        other.spec.name != spec.name
          && other.endpointPorts.contains {
            $0.publishedPort == port.publishedPort && $0.protocolName == port.protocolName
              && $0.publishMode == "ingress"
          }
      }
      if let clash {
        throw .invalidArgument(
          "port '\(port.publishedPort)' is already in use by service '\(clash.spec.name)' (\(clash.id)) as an ingress port"
        )
      }
    }
  }

  /// swarmkit's `validateTaskSpec` and `validateUpdate`, in its order. The rollback policy
  /// is not checked (a real 20.10 swarm stores a negative rollback delay as given).
  private static func validatePolicies(_ spec: ServiceSpec) throws(ControlError) {
    let restart = spec.template.restart
    if restart.delay < .zero {
      throw .invalidArgument("TaskSpec: restart-delay cannot be negative")
    }
    if restart.window < .zero {
      throw .invalidArgument("TaskSpec: restart-window cannot be negative")
    }
    if let health = spec.template.healthCheck, health.retries < 0 {
      throw .invalidArgument("ContainerSpec: Retries in HealthConfig cannot be negative")
    }
    if spec.update.delay < .zero {
      throw .invalidArgument("TaskSpec: update-delay cannot be negative")
    }
    if spec.update.monitor < .zero {
      throw .invalidArgument("TaskSpec: update-monitor cannot be negative")
    }
    if !(0...1).contains(spec.update.maxFailureRatio) {
      throw .invalidArgument(
        "TaskSpec: update-maxfailureratio cannot be less than 0 or bigger than 1")
    }
  }

  /// swarmkit's `validateEndpointSpec`: one published port per protocol.
  private static func validateEndpoint(_ spec: ServiceSpec) throws(ControlError) {
    if spec.endpointMode == "dnsrr" && spec.ports.contains(where: { $0.publishMode == "ingress" }) {
      throw .invalidArgument(
        "EndpointSpec: port published with ingress mode can't be used with dnsrr mode")
    }
    var seen: [(Int, String)] = []
    for port in spec.ports where port.publishedPort != 0 {
      if seen.contains(where: { $0 == (port.publishedPort, port.protocolName) }) {
        throw .invalidArgument("EndpointSpec: duplicate published ports provided")
      }
      seen.append((port.publishedPort, port.protocolName))
    }
  }

  /// One VIP per attached network (ingress first when ports are published), kept across
  /// updates for networks that stay attached. In `dnsrr` mode the service is attached to its
  /// networks without an address (its name resolves to its tasks' addresses).
  static func allocateVirtualIPs(_ id: String, _ cluster: inout Cluster) {
    guard let service = cluster.state.services[id] else { return }
    var wanted: [String] = []
    if service.spec.ports.contains(where: { $0.publishMode == "ingress" }),
      let ingress = cluster.state.networks.values.first(where: { $0.isIngress })
    {
      wanted.append(ingress.id)
    }
    wanted += service.spec.template.networks
    let roundRobin = service.spec.endpointMode == "dnsrr"
    var vips = service.virtualIPs.filter {
      wanted.contains($0.networkID) && $0.address.isEmpty == roundRobin
    }
    for network in wanted where !vips.contains(where: { $0.networkID == network }) {
      if roundRobin {
        vips.append(NetworkAttachment(networkID: network, address: ""))
      } else if let address = IPAM.nextAddress(on: network, in: &cluster) {
        vips.append(NetworkAttachment(networkID: network, address: address))
      }
    }
    vips.sort { wanted.firstIndex(of: $0.networkID)! < wanted.firstIndex(of: $1.networkID)! }
    cluster.state.services[id]?.virtualIPs = vips
  }
}
