import Engine
import EngineAPI

/// `/services` and `/tasks`, with docker's query parameters (`status`, `insertDefaults`,
/// `rollback`, `registryAuthFrom`) and the logs endpoints.
extension EngineHost {
  func services(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      let options = ServiceListOptions(
        filters: try request.filters(), status: request.flag("status"))
      return json(try engine.serviceList(options))
    } else if request.matches("POST", "create") {
      var spec = try serviceSpec(request)
      let query = Self.clientPinned(&spec)
      return json(
        try engine.serviceCreate(spec, options: ServiceCreateOptions(queryRegistry: query)),
        status: 201)
    } else if let id = request.match("GET", "{}") {
      let options = ServiceInspectOptions(insertDefaults: request.flag("insertDefaults"))
      return json(try engine.serviceInspect(id, options: options))
    } else if let id = request.match("POST", "{}/update") {
      var spec = try serviceSpec(request)
      let query = Self.clientPinned(&spec)
      let rollback = request.query["rollback"].flatMap { $0.isEmpty ? nil : $0 }
      let response = try engine.serviceUpdate(
        id, version: ObjectVersion(index: try version(request)), spec: spec,
        options: ServiceUpdateOptions(rollback: rollback, queryRegistry: query))
      return json(response)
    } else if let id = request.match("DELETE", "{}") {
      try engine.serviceRemove(id)
      return .empty(200)
    } else if let id = request.match("GET", "{}/logs") {
      let options = logsOptions(request)
      return try logs(engine.serviceLogs(id, options: options), .service(id), options, request)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  func tasks(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      let filters = try request.filters()
      let response = json(try engine.taskList(ListOptions(filters: filters)))
      // `service update` filters by the name it was given, `create` by the new ID.
      if !filters.values("_up-to-date").isEmpty, let ref = filters.values("service").first,
        let service = try? engine.serviceInspect(ref, options: ServiceInspectOptions())
      {
        progressPolled(serviceID: service.id)
      }
      return response
    } else if let id = request.match("GET", "{}") {
      return json(try engine.taskInspect(id))
    } else if let id = request.match("GET", "{}/logs") {
      let options = logsOptions(request)
      return try logs(engine.taskLogs(id, options: options), .task(id), options, request)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  /// The real CLI asks the registry itself (`GET /distribution/…`) and sends the image pinned
  /// (`repo:tag@sha256:…`). The engine pins from its catalog, so the tag goes back to it and
  /// it pins again; an image the CLI could not pin (it already warned) stays unpinned.
  static func clientPinned(_ spec: inout ServiceSpec) -> Bool {
    guard var container = spec.taskTemplate.containerSpec else { return false }
    guard let image = container.image, let at = image.firstIndex(of: "@") else { return false }
    container.image = String(image[..<at])
    spec.taskTemplate.containerSpec = container
    return true
  }

  /// The parts of a spec a client may leave out (docker-py sends no `Mode` for one replica);
  /// an empty mode is dockerd's one replicated task.
  static let serviceSpecDefaults = Array(#"{"Mode":{},"TaskTemplate":{},"Labels":{}}"#.utf8)

  /// A service spec body, read as Go reads it. Go matches field names without regard to case
  /// and docker-py writes the mode's keys in lower case (`{"replicated": {"Replicas": 3}}`).
  func serviceSpec(_ request: APIRequest) throws(EngineError) -> ServiceSpec {
    var request = request
    request.body = WireJSON.renamingKeys(
      in: request.body, at: "Mode", ["replicated": "Replicated", "global": "Global"])
    return try WireJSON.body(ServiceSpec.self, request, over: Self.serviceSpecDefaults)
  }

  func logsOptions(_ request: APIRequest) -> LogsOptions {
    LogsOptions(
      since: simulatedTime(request.query["since"]), until: simulatedTime(request.query["until"]),
      timestamps: request.flag("timestamps"), follow: request.flag("follow"),
      tail: request.query["tail"].flatMap { $0.isEmpty ? nil : $0 } ?? "all",
      details: request.flag("details"))
  }
}
