public import EngineAPI

/// What `docker stack deploy` asks the engine for, in its order: the networks to create (and
/// the external ones that must exist), the configs and secrets made from files, then one
/// service spec per compose service, sorted by name (the order 20.10 creates them in).
public struct StackPlan: Sendable, Equatable {
  /// A network the stack creates, with the compose key it was declared under.
  public struct NetworkToCreate: Sendable, Equatable {
    public var key: String
    public var request: NetworkCreateRequest
  }

  /// A config or secret the stack creates from a `file:` (read by the caller, relative to the
  /// compose file).
  public struct FileObject: Sendable, Equatable {
    public enum Kind: String, Sendable { case config, secret }
    public var kind: Kind
    public var name: String
    public var file: String
    public var labels: [String: String]
  }

  public var networks: [NetworkToCreate] = []
  /// Names of `external` networks, which the deploy checks before creating anything.
  public var externalNetworks: [String] = []
  public var files: [FileObject] = []
  public var services: [ServiceSpec] = []
}
