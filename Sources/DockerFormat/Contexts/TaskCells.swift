import EngineAPI

/// The columns of a task row, computed as docker/cli's `taskContext` methods compute them
/// (`ID()`, `Image()`, `CurrentState()`…). What repeats across a listing's tasks (the image's
/// familiar form, a state's title, `Running 5 minutes ago`) is computed once per distinct value:
/// parsing an image reference costs more than the rest of a row.
struct TaskCells {
  let objectNames: ObjectNames
  let noResolve: Bool
  let now: Timestamp
  let options: TaskRowOptions
  private var images: [String: String] = [:]
  private var desiredStates: [String: String] = [:]
  private var currentStates: [StateSince: String] = [:]

  /// A state entered at an instant (the key of `Running 5 minutes ago`).
  private struct StateSince: Hashable {
    var state: String
    var since: Int64
  }

  init(_ listing: TaskListing, now: Timestamp, options: TaskRowOptions) {
    self.objectNames = listing.objectNames
    self.noResolve = listing.noResolve
    self.now = now
    self.options = options
  }

  /// The ID, cut to 12 characters unless `--no-trunc`.
  func id(_ task: Task) -> String {
    options.noTrunc ? task.id : String(task.id.prefix(12))
  }

  mutating func image(_ task: Task) -> String {
    let image = task.spec.containerSpec?.image ?? ""
    if options.noTrunc { return image }
    if let known = images[image] { return known }
    let familiar = ImageText.stripDigest(image)
    images[image] = familiar
    return familiar
  }

  func node(_ task: Task) -> String {
    guard let id = task.nodeID else { return "" }
    return noResolve ? id : (objectNames.nodes[id] ?? id)
  }

  /// `Running`, `Shutdown`: the desired state with its first letter upper-cased.
  mutating func desiredState(_ task: Task) -> String {
    let desired = task.desiredState ?? ""
    if let known = desiredStates[desired] { return known }
    let title = desired.prefix(1).uppercased() + desired.dropFirst()
    desiredStates[desired] = title
    return title
  }

  mutating func currentState(_ task: Task) -> String {
    let key = StateSince(state: task.status.state, since: task.status.timestamp.unixNanos)
    if let known = currentStates[key] { return known }
    let text = HumanDuration.taskState(task.status.state, since: task.status.timestamp, now: now)
    currentStates[key] = text
    return text
  }

  /// The error quoted, cut to 29 characters and an ellipsis unless `--no-trunc`.
  func error(_ task: Task) -> String {
    guard var error = task.status.err, !error.isEmpty else { return "" }
    if !options.noTrunc && error.count > 30 { error = String(error.prefix(29)) + "…" }
    return "\"\(error)\""
  }

  /// docker/cli's `taskContext.Ports`: the task's host-mode ports as `*:80->80/tcp`.
  func ports(_ task: Task) -> String {
    guard let ports = task.status.portStatus.ports, !ports.isEmpty else { return "" }
    return ports.map {
      "*:\($0.publishedPort ?? 0)->\($0.targetPort ?? 0)/\($0.protocol ?? "tcp")"
    }.joined(separator: ",")
  }
}
