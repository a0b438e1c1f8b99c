import Engine
import EngineAPI

/// `/configs`, `/secrets` and `/volumes`, as dockerd routes them (create answers 201, remove
/// 204, prune 200 with its report).
extension EngineHost {
  func configs(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.configList(ListOptions(filters: try request.filters())))
    } else if request.matches("POST", "create") {
      return json(try engine.configCreate(try WireJSON.body(ConfigSpec.self, request)), status: 201)
    } else if let ref = request.match("GET", "{}") {
      return json(try engine.configInspect(ref))
    } else if let ref = request.match("DELETE", "{}") {
      try engine.configRemove(ref)
      return .empty(204)
    }
    return .notSimulated(request, path: path(request))
  }

  func secrets(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.secretList(ListOptions(filters: try request.filters())))
    } else if request.matches("POST", "create") {
      return json(try engine.secretCreate(try WireJSON.body(SecretSpec.self, request)), status: 201)
    } else if let ref = request.match("GET", "{}") {
      return json(try engine.secretInspect(ref))
    } else if let ref = request.match("DELETE", "{}") {
      try engine.secretRemove(ref)
      return .empty(204)
    }
    return .notSimulated(request, path: path(request))
  }

  func volumes(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.volumeList(ListOptions(filters: try request.filters())))
    } else if request.matches("POST", "create") {
      let body = try WireJSON.body(VolumeCreateBody.self, request)
      return json(try engine.volumeCreate(body), status: 201)
    } else if request.matches("POST", "prune") {
      return json(try engine.volumesPrune(ListOptions(filters: try request.filters())))
    } else if let name = request.match("GET", "{}") {
      return json(try engine.volumeInspect(name))
    } else if let name = request.match("DELETE", "{}") {
      try engine.volumeRemove(name, force: request.flag("force"))
      return .empty(204)
    }
    return .notSimulated(request, path: path(request))
  }
}
