public import EngineAPI

/// Config, secret and volume endpoints, sent as they are to the real daemon.
extension RealEngineClient {
  // MARK: Configs

  public func configCreate(_ spec: ConfigSpec) throws(EngineError) -> ObjectCreateResponse {
    try decode(
      ObjectCreateResponse.self, try call("POST", "/configs/create", body: try encode(spec)))
  }

  public func configList(_ options: ListOptions) throws(EngineError) -> [Config] {
    try get([Config].self, "/configs", query: Self.filters(options.filters))
  }

  public func configInspect(_ ref: String) throws(EngineError) -> Config {
    try get(Config.self, "/configs/" + Self.segment(ref))
  }

  public func configRemove(_ ref: String) throws(EngineError) {
    _ = try call("DELETE", "/configs/" + Self.segment(ref))
  }

  // MARK: Secrets

  public func secretCreate(_ spec: SecretSpec) throws(EngineError) -> ObjectCreateResponse {
    try decode(
      ObjectCreateResponse.self, try call("POST", "/secrets/create", body: try encode(spec)))
  }

  public func secretList(_ options: ListOptions) throws(EngineError) -> [Secret] {
    try get([Secret].self, "/secrets", query: Self.filters(options.filters))
  }

  public func secretInspect(_ ref: String) throws(EngineError) -> Secret {
    try get(Secret.self, "/secrets/" + Self.segment(ref))
  }

  public func secretRemove(_ ref: String) throws(EngineError) {
    _ = try call("DELETE", "/secrets/" + Self.segment(ref))
  }

  // MARK: Volumes

  public func volumeCreate(_ body: VolumeCreateBody) throws(EngineError) -> Volume {
    try decode(Volume.self, try call("POST", "/volumes/create", body: try encode(body)))
  }

  public func volumeList(_ options: ListOptions) throws(EngineError) -> VolumeListResponse {
    try get(VolumeListResponse.self, "/volumes", query: Self.filters(options.filters))
  }

  public func volumeInspect(_ name: String) throws(EngineError) -> Volume {
    try get(Volume.self, "/volumes/" + Self.segment(name))
  }

  public func volumeRemove(_ name: String, force: Bool) throws(EngineError) {
    _ = try call("DELETE", "/volumes/" + Self.segment(name), query: [("force", Self.flag(force))])
  }

  public func volumesPrune(_ options: ListOptions) throws(EngineError) -> VolumesPruneReport {
    try decode(
      VolumesPruneReport.self,
      try call("POST", "/volumes/prune", query: Self.filters(options.filters)))
  }
}
