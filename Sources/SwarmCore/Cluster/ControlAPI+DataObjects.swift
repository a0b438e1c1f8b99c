public import OrderedCollections

/// Configs and secrets (`docker config|secret create|inspect|ls|rm`): swarm objects kept by the
/// managers, immutable once created. Messages are swarmkit's, as a 20.10 engine returns them.
extension ControlAPI {
  /// Creates a config or secret. Names follow swarmkit's rule (64 characters of
  /// `[a-zA-Z0-9-_.]`, starting and ending alphanumeric); the data must not be empty.
  @discardableResult
  public static func createDataObject(
    _ kind: DataObject.Kind, name: String, data: [UInt8], labels: [Label] = [],
    _ cluster: inout Cluster
  ) throws(ControlError) -> DataObject {
    try requireManager(cluster)
    guard isValidObjectName(name) else {
      throw .invalidArgument(
        "invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]"
      )
    }
    guard !data.isEmpty, data.count < kind.maxSize else {
      throw .invalidArgument(
        "\(kind.rawValue) data must be larger than 0 and less than \(kind.maxSize) bytes")
    }
    if cluster.state.dataObjects(kind).values.contains(where: { $0.name == name }) {
      throw .plain("rpc error: code = AlreadyExists desc = \(kind.rawValue) \(name) already exists")
    }
    var object = DataObject(
      kind: kind, id: cluster.ids.objectID(), name: name, data: data, now: cluster.now)
    object.labels = labels.sorted { $0.key < $1.key }
    if kind == .secret {
      cluster.state.secrets[object.id] = object
    } else {
      cluster.state.configs[object.id] = object
    }
    return object
  }

  /// Removes a config or secret, refused while any service's spec references it.
  public static func removeDataObject(
    _ kind: DataObject.Kind, _ ref: String, _ cluster: inout Cluster
  ) throws(ControlError) {
    try requireManager(cluster)
    let object = try cluster.state.resolveDataObject(kind, ref)
    let users = cluster.state.services.values
      .filter { service in
        let refs = kind == .secret ? service.spec.template.secrets : service.spec.template.configs
        return refs.contains { $0.objectID == object.id }
      }
      .sorted { $0.id < $1.id }
      .map(\.spec.name)
    if !users.isEmpty {
      let noun = users.count == 1 ? "service" : "services"
      throw .invalidArgument(
        "\(kind.rawValue) '\(object.name)' is in use by the following \(noun): \(users.joined(separator: ", "))"
      )
    }
    if kind == .secret {
      cluster.state.secrets[object.id] = nil
    } else {
      cluster.state.configs[object.id] = nil
    }
  }

  /// A task template's references must name existing objects (swarmkit's
  /// `checkSecretExistence` / `checkConfigExistence`).
  static func validateFileReferences(_ template: TaskTemplate, _ state: ClusterState)
    throws(ControlError)
  {
    for (kind, refs) in [(DataObject.Kind.secret, template.secrets), (.config, template.configs)] {
      let missing = refs.filter { state.dataObjects(kind)[$0.objectID] == nil }.map(\.objectName)
      if !missing.isEmpty {
        let noun = missing.count == 1 ? kind.rawValue : kind.rawValue + "s"
        throw .invalidArgument("\(noun) not found: \(missing.joined(separator: ", "))")
      }
    }
  }

  static func isValidObjectName(_ name: String) -> Bool {
    let alphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
    guard let first = name.first, let last = name.last, name.count <= 64 else { return false }
    return alphanumeric(first) && alphanumeric(last)
      && name.allSatisfy { alphanumeric($0) || $0 == "-" || $0 == "_" || $0 == "." }
  }
}

extension ClusterState {
  /// The configs or the secrets table.
  public func dataObjects(_ kind: DataObject.Kind) -> OrderedDictionary<String, DataObject> {
    kind == .secret ? secrets : configs
  }

  /// A config or secret by ID, name or unique ID prefix, as the daemon resolves it.
  public func resolveDataObject(_ kind: DataObject.Kind, _ ref: String) throws(ControlError)
    -> DataObject
  {
    let objects = Array(dataObjects(kind).values)
    if let exact = objects.first(where: { $0.id == ref || $0.name == ref }) { return exact }
    let prefixed = ref.isEmpty ? [] : objects.filter { $0.id.hasPrefix(ref) }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 {
      throw .ambiguous(kind: kind.rawValue, ref: ref, matches: prefixed.count)
    }
    throw .notFound(kind: kind.rawValue, ref: ref)
  }
}
