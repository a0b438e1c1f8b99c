import Engine
import EngineAPI

/// `/swarm` and `/nodes`.
extension EngineHost {
  func swarm(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.swarmInspect())
    } else if request.matches("POST", "init") {
      let body = try WireJSON.body(SwarmInitBody.self, request, over: SwarmInitBody.defaults)
      var init_ = SwarmInitRequest(
        listenAddr: body.listenAddr ?? "0.0.0.0:2377",
        advertiseAddr: body.advertiseAddr.flatMap { $0.isEmpty ? nil : $0 },
        forceNewCluster: body.forceNewCluster ?? false)
      if let spec = body.spec { init_.spec = spec }
      return json(try engine.swarmInit(init_))
    } else if request.matches("POST", "join") {
      let body = try WireJSON.body(SwarmJoinBody.self, request)
      try engine.swarmJoin(
        SwarmJoinRequest(
          listenAddr: body.listenAddr ?? "0.0.0.0:2377",
          advertiseAddr: body.advertiseAddr.flatMap { $0.isEmpty ? nil : $0 },
          remoteAddrs: body.remoteAddrs ?? [], joinToken: body.joinToken ?? ""))
      return .empty(200)
    } else if request.matches("POST", "leave") {
      try engine.swarmLeave(force: request.flag("force"))
      return .empty(200)
    } else if request.matches("POST", "update") {
      let spec = try WireJSON.body(SwarmSpec.self, request)
      try engine.swarmUpdate(
        version: ObjectVersion(index: try version(request)), spec: spec,
        flags: SwarmUpdateFlags(
          rotateWorkerToken: request.flag("rotateWorkerToken"),
          rotateManagerToken: request.flag("rotateManagerToken")))
      return .empty(200)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  func nodes(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.nodeList(ListOptions(filters: try request.filters())))
    } else if let id = request.match("GET", "{}") {
      return json(try engine.nodeInspect(id))
    } else if let id = request.match("POST", "{}/update") {
      let spec = try WireJSON.body(NodeSpec.self, request)
      try engine.nodeUpdate(id, version: ObjectVersion(index: try version(request)), spec: spec)
      return .empty(200)
    } else if let id = request.match("DELETE", "{}") {
      try engine.nodeRemove(id, force: request.flag("force"))
      return .empty(200)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  /// `?version=N`, which every update must quote.
  func version(_ request: APIRequest) throws(EngineError) -> UInt64 {
    guard let text = request.query["version"], let index = UInt64(text) else {
      throw .invalidParameter("invalid swarm version '\(request.query["version"] ?? "")'")
    }
    return index
  }

  /// `swarm.InitRequest` as the CLI sends it: every field may be absent.
  struct SwarmInitBody: Decodable {
    var listenAddr: String?
    var advertiseAddr: String?
    var forceNewCluster: Bool?
    var spec: SwarmSpec?
    enum CodingKeys: String, CodingKey {
      case listenAddr = "ListenAddr", advertiseAddr = "AdvertiseAddr"
      case forceNewCluster = "ForceNewCluster", spec = "Spec"
    }
    /// A complete request with the daemon's default spec, under which a partial body is read.
    static let defaults: [UInt8]? = try? WireJSON.encode(["Spec": SwarmSpec()])
  }

  /// `swarm.JoinRequest` as the CLI sends it.
  struct SwarmJoinBody: Decodable {
    var listenAddr: String?
    var advertiseAddr: String?
    var remoteAddrs: [String]?
    var joinToken: String?
    enum CodingKeys: String, CodingKey {
      case listenAddr = "ListenAddr", advertiseAddr = "AdvertiseAddr"
      case remoteAddrs = "RemoteAddrs", joinToken = "JoinToken"
    }
  }
}
