public import EngineAPI
import SwarmCore

/// `/services`: create (pinning the image), list (with status counts), inspect, update
/// (with the spec version, or `rollback=previous`), remove.
extension Engine {
  public func serviceCreate(
    _ spec: EngineAPI.ServiceSpec, options: ServiceCreateOptions
  ) throws(EngineError) -> ServiceCreateResponse {
    try requireManager()
    var spec = spec
    if spec.name?.isEmpty ?? true {
      // dockerd names a nameless service itself (moby's ServiceSpecToGRPC), before swarmkit
      // validates the name.
      spec.name = try mutate { cluster in NamesGenerator.randomName(&cluster) }
    }
    let image = spec.taskTemplate.containerSpec?.image ?? ""
    guard !image.isEmpty else {
      throw .invalidParameter(
        "rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided")
    }
    let resolved =
      options.queryRegistry ? ControlAPI.resolveImage(image, catalog: cluster.catalog) : nil
    let core = try ServiceSpecConversion.core(spec, image: image, resolvedImage: resolved ?? image)
    let service = try mutate { cluster throws(ControlError) in
      try ControlAPI.createService(core, &cluster)
    }
    let warnings = options.queryRegistry && resolved == nil ? [Self.unpinnedWarning(image)] : nil
    return ServiceCreateResponse(id: service.id, warnings: warnings)
  }

  public func serviceList(_ options: ServiceListOptions) throws(EngineError)
    -> [EngineAPI.Service]
  {
    try requireManager()
    let services = try Filters.services(Array(cluster.state.services.values), options.filters)
    return services.map { s in
      ObjectConversion.service(
        s, insertDefaults: false,
        status: options.status ? ServiceStatusRule.status(of: s, cluster.state) : nil)
    }
  }

  public func serviceInspect(_ ref: String, options: ServiceInspectOptions)
    throws(EngineError) -> EngineAPI.Service
  {
    if let cache = serviceCache, cache.generation == generation, cache.ref == ref,
      cache.defaults == options.insertDefaults
    {
      return cache.service
    }
    try requireManager()
    let service = ObjectConversion.service(
      try resolveService(ref), insertDefaults: options.insertDefaults)
    serviceCache = (generation, ref, options.insertDefaults, service)
    return service
  }

  func resolveService(_ ref: String) throws(EngineError) -> SwarmCore.Service {
    try control { () throws(ControlError) in try cluster.state.resolveService(ref) }
  }

  public func serviceUpdate(
    _ id: String, version: ObjectVersion, spec: EngineAPI.ServiceSpec,
    options: ServiceUpdateOptions
  ) throws(EngineError) -> ServiceUpdateResponse {
    try requireManager()
    let service = try resolveService(id)
    guard version.index == StableHash.versionIndex(service.id, service.version) else {
      throw .system("rpc error: code = Unknown desc = update out of sequence")
    }
    if let rollback = options.rollback {
      guard rollback == "previous" else {
        throw .invalidParameter("unrecognized rollback option \(rollback)")
      }
      try mutate { cluster throws(ControlError) in
        _ = try ControlAPI.rollbackService(service.id, &cluster)
      }
      return ServiceUpdateResponse()
    }
    // The spec comes back with the pinned image it was read with; only a new image is
    // looked up in the registry.
    let sent = spec.taskTemplate.containerSpec?.image ?? ""
    var image = service.spec.template.image
    var resolved = service.spec.template.resolvedImage
    var warnings: [String]?
    if sent != resolved && sent != image {
      guard !sent.isEmpty else {
        throw .invalidParameter(
          "rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided"
        )
      }
      image = sent
      let pinned =
        options.queryRegistry ? ControlAPI.resolveImage(sent, catalog: cluster.catalog) : nil
      resolved = pinned ?? sent
      if options.queryRegistry && pinned == nil { warnings = [Self.unpinnedWarning(sent)] }
    }
    let core = try ServiceSpecConversion.core(spec, image: image, resolvedImage: resolved)
    try mutate { cluster throws(ControlError) in
      _ = try ControlAPI.updateService(service.id, &cluster) { $0 = core }
    }
    return ServiceUpdateResponse(warnings: warnings)
  }

  public func serviceRemove(_ ref: String) throws(EngineError) {
    try requireManager()
    let service = try resolveService(ref)
    try mutate { cluster throws(ControlError) in
      try ControlAPI.removeService(service.id, &cluster)
    }
  }

  /// The warning when an image cannot be pinned to a digest (it is not in the simulated
  /// registry), worded as docker 20.10's.
  static func unpinnedWarning(_ image: String) -> String {
    """
    image \(image) could not be accessed on a registry to record
    its digest. Each node will access \(image) independently,
    possibly leading to different nodes running different
    versions of the image.

    """
  }
}

/// `/tasks`: list (filtered) and inspect.
extension Engine {
  public func taskList(_ options: ListOptions) throws(EngineError) -> [EngineAPI.Task] {
    try requireManager()
    // One read of the swarm: `cluster` read inside the loop is a copy of it per task.
    let cluster = self.cluster
    let keep = try Filters.tasks(options.filters, cluster.state)
    var cache = ObjectConversion.TaskConversionCache()
    var tasks: [EngineAPI.Task] = []
    // Room for every task, so a large listing is never moved while growing (only the part
    // written is touched, and so resident).
    tasks.reserveCapacity(cluster.state.tasks.count)
    for task in cluster.state.tasks.values where keep(task) {
      tasks.append(ObjectConversion.task(task, cluster, &cache))
    }
    return tasks
  }

  /// The fast path of `taskList(service=id, _up-to-date=true)`: reads tasks in place rather
  /// than building a `Task` for each of a large service's replicas on every poll.
  public func progressTasks(service id: String) throws(EngineError) -> [ProgressTask] {
    if let cache = progressCache, cache.generation == generation, cache.id == id {
      return cache.tasks
    }
    try requireManager()
    let service = try resolveService(id)
    // The last answer is let go before the next is built, so that two lists of every task
    // never coexist (the peak memory of a 100,000-task create).
    progressCache = nil
    let tasks = cluster.state.tasks.values
    var result: [ProgressTask] = []
    result.reserveCapacity(tasks.count)
    for index in tasks.indices where tasks[index].serviceID == service.id {
      guard tasks[index].template == service.spec.template else { continue }
      let task = tasks[index]
      result.append(
        ProgressTask(
          slot: task.slot, nodeID: task.nodeID,
          desiredState: EngineAPI.TaskState(task.desiredState),
          state: EngineAPI.TaskState(task.status.state), err: task.status.err))
    }
    progressCache = (generation, id, result)
    return result
  }

  public func taskInspect(_ ref: String) throws(EngineError) -> EngineAPI.Task {
    try requireManager()
    let task = try control { () throws(ControlError) in try cluster.state.resolveTask(ref) }
    return ObjectConversion.task(task, cluster)
  }
}
