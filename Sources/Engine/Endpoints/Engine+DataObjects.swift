public import EngineAPI
import SwarmCore

/// `/configs` and `/secrets`: create, list, inspect, remove. The objects are swarmkit's
/// (immutable, refused while a service uses them); a secret's data never leaves the daemon.
extension Engine {
  public func configCreate(_ spec: ConfigSpec) throws(EngineError) -> ObjectCreateResponse {
    try createDataObject(.config, name: spec.name, labels: spec.labels, data: spec.bytes)
  }

  public func configList(_ options: ListOptions) throws(EngineError) -> [EngineAPI.Config] {
    try listDataObjects(.config, options.filters).map(Self.config)
  }

  public func configInspect(_ ref: String) throws(EngineError) -> EngineAPI.Config {
    Self.config(try inspectDataObject(.config, ref))
  }

  public func configRemove(_ ref: String) throws(EngineError) {
    try removeDataObject(.config, ref)
  }

  public func secretCreate(_ spec: SecretSpec) throws(EngineError) -> ObjectCreateResponse {
    if let driver = spec.driver, !driver.name.isEmpty {
      // SwarmLab's engines have no secret driver plugins.
      throw .system("rpc error: code = Unknown desc = plugin \"\(driver.name)\" not found")
    }
    return try createDataObject(.secret, name: spec.name, labels: spec.labels, data: spec.bytes)
  }

  public func secretList(_ options: ListOptions) throws(EngineError) -> [EngineAPI.Secret] {
    try listDataObjects(.secret, options.filters).map(Self.secret)
  }

  public func secretInspect(_ ref: String) throws(EngineError) -> EngineAPI.Secret {
    Self.secret(try inspectDataObject(.secret, ref))
  }

  public func secretRemove(_ ref: String) throws(EngineError) {
    try removeDataObject(.secret, ref)
  }

  // MARK: Shared

  private func createDataObject(
    _ kind: DataObject.Kind, name: String, labels: [String: String], data: [UInt8]
  ) throws(EngineError) -> ObjectCreateResponse {
    try requireManager()
    let sorted = labels.keys.sorted().map { Label($0, labels[$0]!) }
    do throws(ControlError) {
      let object = try ControlAPI.createDataObject(
        kind, name: name, data: data, labels: sorted, &cluster)
      return ObjectCreateResponse(id: object.id)
    } catch {
      var engineError = EngineError(error)
      // swarmkit's AlreadyExists is moby's errdefs.Conflict.
      if error.description.contains("code = AlreadyExists") { engineError.statusCode = 409 }
      throw engineError
    }
  }

  private func listDataObjects(_ kind: DataObject.Kind, _ filters: FilterArgs)
    throws(EngineError) -> [DataObject]
  {
    try requireManager()
    return try Filters.dataObjects(
      Array(cluster.state.dataObjects(kind).values), kind: kind, filters)
  }

  private func inspectDataObject(_ kind: DataObject.Kind, _ ref: String) throws(EngineError)
    -> DataObject
  {
    try requireManager()
    return try control { () throws(ControlError) in
      try cluster.state.resolveDataObject(kind, ref)
    }
  }

  private func removeDataObject(_ kind: DataObject.Kind, _ ref: String) throws(EngineError) {
    try requireManager()
    try mutate { cluster throws(ControlError) in
      try ControlAPI.removeDataObject(kind, ref, &cluster)
    }
  }

  static func config(_ object: DataObject) -> EngineAPI.Config {
    EngineAPI.Config(
      id: object.id, version: ObjectVersion(index: UInt64(object.version)),
      createdAt: Timestamp(object.createdAt), updatedAt: Timestamp(object.updatedAt),
      spec: ConfigSpec(name: object.name, labels: labels(object), bytes: object.data))
  }

  static func secret(_ object: DataObject) -> EngineAPI.Secret {
    EngineAPI.Secret(
      id: object.id, version: ObjectVersion(index: UInt64(object.version)),
      createdAt: Timestamp(object.createdAt), updatedAt: Timestamp(object.updatedAt),
      spec: SecretSpec(name: object.name, labels: labels(object)))
  }

  private static func labels(_ object: DataObject) -> [String: String] {
    Dictionary(object.labels.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
  }
}
