public import EngineAPI

/// Swarm, node, service and task endpoints, one request each.
extension RealEngineClient {
  // MARK: Swarm

  public func swarmInit(_ request: SwarmInitRequest) throws(EngineError) -> String {
    try decode(String.self, try call("POST", "/swarm/init", body: try encode(request)))
  }

  public func swarmJoin(_ request: SwarmJoinRequest) throws(EngineError) {
    _ = try call("POST", "/swarm/join", body: try encode(request))
  }

  public func swarmLeave(force: Bool) throws(EngineError) {
    _ = try call("POST", "/swarm/leave", query: [("force", Self.flag(force))])
  }

  public func swarmInspect() throws(EngineError) -> Swarm {
    try get(Swarm.self, "/swarm")
  }

  public func swarmUpdate(version: ObjectVersion, spec: SwarmSpec, flags: SwarmUpdateFlags)
    throws(EngineError)
  {
    _ = try call(
      "POST", "/swarm/update",
      query: [
        ("version", String(version.index)),
        ("rotateWorkerToken", Self.flag(flags.rotateWorkerToken)),
        ("rotateManagerToken", Self.flag(flags.rotateManagerToken)),
      ], body: try encode(spec))
  }

  // MARK: Nodes

  public func nodeList(_ options: ListOptions) throws(EngineError) -> [Node] {
    try get([Node].self, "/nodes", query: Self.filters(options.filters))
  }

  /// `self` is the CLI's word, not the daemon's: DockerCLI turns it into this node's ID where
  /// docker does (`node inspect`, `node ps`).
  public func nodeInspect(_ ref: String) throws(EngineError) -> Node {
    try get(Node.self, "/nodes/" + Self.segment(ref))
  }

  public func nodeUpdate(_ id: String, version: ObjectVersion, spec: NodeSpec) throws(EngineError) {
    _ = try call(
      "POST", "/nodes/\(Self.segment(id))/update", query: [("version", String(version.index))],
      body: try encode(spec))
  }

  public func nodeRemove(_ ref: String, force: Bool) throws(EngineError) {
    _ = try call("DELETE", "/nodes/" + Self.segment(ref), query: [("force", Self.flag(force))])
  }

  // MARK: Services

  /// The registry is not asked for a digest: SwarmLab's images (and CI's stand-ins) live in
  /// no registry, and the book shows no "could not be accessed on a registry" warning.
  public func serviceCreate(_ spec: ServiceSpec, options: ServiceCreateOptions)
    throws(EngineError) -> ServiceCreateResponse
  {
    try decode(
      ServiceCreateResponse.self, try call("POST", "/services/create", body: try encode(spec)))
  }

  public func serviceList(_ options: ServiceListOptions) throws(EngineError) -> [Service] {
    var query = Self.filters(options.filters)
    if options.status { query.append(("status", "true")) }
    return try get([Service].self, "/services", query: query)
  }

  public func serviceInspect(_ ref: String, options: ServiceInspectOptions) throws(EngineError)
    -> Service
  {
    try get(
      Service.self, "/services/" + Self.segment(ref),
      query: [("insertDefaults", options.insertDefaults ? "true" : "false")])
  }

  public func serviceUpdate(
    _ id: String, version: ObjectVersion, spec: ServiceSpec, options: ServiceUpdateOptions
  ) throws(EngineError) -> ServiceUpdateResponse {
    var query = [("version", String(version.index))]
    if let rollback = options.rollback { query.append(("rollback", rollback)) }
    return try decode(
      ServiceUpdateResponse.self,
      try call("POST", "/services/\(Self.segment(id))/update", query: query, body: try encode(spec))
    )
  }

  public func serviceRemove(_ ref: String) throws(EngineError) {
    _ = try call("DELETE", "/services/" + Self.segment(ref))
  }

  public func serviceLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    try logs("/services/\(Self.segment(ref))/logs", options: options, swarm: true, id: "")
  }

  // MARK: Tasks

  public func taskList(_ options: ListOptions) throws(EngineError) -> [Task] {
    try get([Task].self, "/tasks", query: Self.filters(options.filters))
  }

  public func taskInspect(_ ref: String) throws(EngineError) -> Task {
    try get(Task.self, "/tasks/" + Self.segment(ref))
  }

  public func taskLogs(_ ref: String, options: LogsOptions) throws(EngineError) -> [LogMessage] {
    try logs("/tasks/\(Self.segment(ref))/logs", options: options, swarm: true, id: "")
  }

  /// Logs as a snapshot: always with timestamps (the CLI strips them unless asked) and, for
  /// swarm objects, with details, which carry the task, service and node IDs of each line.
  /// `follow` is not sent: a followed stream never ends, and the CLI polls with `since`.
  func logs(_ path: String, options: LogsOptions, swarm: Bool, id: String) throws(EngineError)
    -> [LogMessage]
  {
    var query = [
      ("stdout", "1"), ("stderr", "1"), ("timestamps", "1"), ("details", Self.flag(swarm)),
      ("tail", options.tail),
    ]
    if let since = options.since { query.append(("since", since)) }
    if let until = options.until { query.append(("until", until)) }
    let reply = try call("GET", path, query: query)
    return DockerStream.logMessages(reply.body, details: swarm, containerID: id)
  }
}
