public import GoDurations

/// The Docker Engine API v1.41 as SwarmLab's `docker` uses it: one method per endpoint, typed
/// requests in, typed responses or an `EngineError` out.
///
/// The simulated daemon (`Engine`) implements it in process; a socket client talking to a real
/// dockerd, or to `swarmlab serve`, can implement it too. Methods are `mutating` so a value-type
/// engine can conform; a class-based client satisfies them as they are.
public protocol EngineClient {
  // MARK: System
  mutating func ping() -> PingResponse
  mutating func version() -> SystemVersion
  mutating func info() -> SystemInfo

  // MARK: Time
  /// The engine's clock, which the CLI reads for "2 minutes ago" and `--since 10m`.
  var now: Timestamp { get }
  /// Lets `duration` pass between two polls: the in-process engine advances its simulated
  /// clock; a socket client really sleeps.
  mutating func wait(_ duration: GoDuration)

  // MARK: Swarm
  /// `POST /swarm/init`; returns the new node's ID.
  mutating func swarmInit(_ request: SwarmInitRequest) throws(EngineError) -> String
  mutating func swarmJoin(_ request: SwarmJoinRequest) throws(EngineError)
  mutating func swarmLeave(force: Bool) throws(EngineError)
  mutating func swarmInspect() throws(EngineError) -> Swarm
  mutating func swarmUpdate(version: ObjectVersion, spec: SwarmSpec, flags: SwarmUpdateFlags)
    throws(EngineError)

  // MARK: Nodes
  mutating func nodeList(_ options: ListOptions) throws(EngineError) -> [Node]
  /// By ID, ID prefix, hostname or `self`.
  mutating func nodeInspect(_ ref: String) throws(EngineError) -> Node
  mutating func nodeUpdate(_ id: String, version: ObjectVersion, spec: NodeSpec)
    throws(EngineError)
  mutating func nodeRemove(_ ref: String, force: Bool) throws(EngineError)

  // MARK: Services
  mutating func serviceCreate(_ spec: ServiceSpec, options: ServiceCreateOptions)
    throws(EngineError) -> ServiceCreateResponse
  mutating func serviceList(_ options: ServiceListOptions) throws(EngineError) -> [Service]
  mutating func serviceInspect(_ ref: String, options: ServiceInspectOptions)
    throws(EngineError) -> Service
  mutating func serviceUpdate(
    _ id: String, version: ObjectVersion, spec: ServiceSpec, options: ServiceUpdateOptions
  ) throws(EngineError) -> ServiceUpdateResponse
  mutating func serviceRemove(_ ref: String) throws(EngineError)
  mutating func serviceLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]

  // MARK: Tasks
  mutating func taskList(_ options: ListOptions) throws(EngineError) -> [Task]
  mutating func taskInspect(_ ref: String) throws(EngineError) -> Task
  /// The service's up-to-date tasks for the convergence display (default: from `taskList`).
  mutating func progressTasks(service id: String) throws(EngineError) -> [ProgressTask]
  mutating func taskLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]

  // MARK: Containers (on the engine the CLI talks to)
  mutating func containerList(_ options: ContainerListOptions) throws(EngineError)
    -> [ContainerSummary]
  mutating func containerInspect(_ ref: String) throws(EngineError) -> ContainerJSON
  mutating func containerRemove(_ ref: String, force: Bool) throws(EngineError)
  mutating func containerKill(_ ref: String) throws(EngineError)
  mutating func containerStop(_ ref: String) throws(EngineError)
  mutating func containerStart(_ ref: String) throws(EngineError)
  mutating func containerLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  /// `POST /containers/create?name=`; a nil name gets the daemon's `adjective_surname`.
  mutating func containerCreate(_ request: ContainerCreateRequest, name: String?)
    throws(EngineError) -> ContainerCreateResponse
  /// `POST /containers/{id}/attach` then `/start`, as a foreground `docker run` does: what
  /// the main process writes until it exits (`exitCode` set, and with `--rm` the container
  /// is gone), or, for an interactive shell, its prompt; the learner's lines then go to
  /// `execInput` with the container's ID.
  mutating func containerAttachStart(_ id: String) throws(EngineError) -> ExecOutput
  /// `POST /images/create?fromImage=`: what `docker run` does when the image is not local.
  mutating func imagePull(_ reference: String) throws(EngineError)

  // MARK: Exec
  mutating func execCreate(_ container: String, config: ExecConfig) throws(EngineError)
    -> IDResponse
  /// Starts the process. A one-shot command answers with its output and exit code; an
  /// interactive shell answers with its prompt and stays open for `execInput`.
  mutating func execStart(_ id: String) throws(EngineError) -> ExecOutput
  /// One line typed into an open exec (the CLI relays the learner's lines).
  mutating func execInput(_ id: String, line: String) throws(EngineError) -> ExecOutput

  // MARK: Networks
  mutating func networkCreate(_ request: NetworkCreateRequest) throws(EngineError)
    -> NetworkCreateResponse
  mutating func networkList(_ options: ListOptions) throws(EngineError) -> [NetworkResource]
  mutating func networkInspect(_ ref: String) throws(EngineError) -> NetworkResource
  mutating func networkRemove(_ ref: String) throws(EngineError)

  // MARK: Configs and secrets (swarm objects; `ListOptions` filters: id, label, name, names)
  mutating func configCreate(_ spec: ConfigSpec) throws(EngineError) -> ObjectCreateResponse
  mutating func configList(_ options: ListOptions) throws(EngineError) -> [Config]
  /// By ID, name or unique ID prefix.
  mutating func configInspect(_ ref: String) throws(EngineError) -> Config
  mutating func configRemove(_ ref: String) throws(EngineError)
  mutating func secretCreate(_ spec: SecretSpec) throws(EngineError) -> ObjectCreateResponse
  mutating func secretList(_ options: ListOptions) throws(EngineError) -> [Secret]
  mutating func secretInspect(_ ref: String) throws(EngineError) -> Secret
  mutating func secretRemove(_ ref: String) throws(EngineError)

  // MARK: Volumes (on the engine the CLI talks to; filters: dangling, driver, label, name)
  mutating func volumeCreate(_ body: VolumeCreateBody) throws(EngineError) -> Volume
  mutating func volumeList(_ options: ListOptions) throws(EngineError) -> VolumeListResponse
  mutating func volumeInspect(_ name: String) throws(EngineError) -> Volume
  mutating func volumeRemove(_ name: String, force: Bool) throws(EngineError)
  /// Removes every volume no container uses (20.10: named ones too).
  mutating func volumesPrune(_ options: ListOptions) throws(EngineError) -> VolumesPruneReport
}
