import EngineAPI

/// The columns of a task row, computed as docker/cli's `taskContext` methods compute them
/// (`ID()`, `Image()`, `CurrentState()`…). What repeats across a listing's tasks (the image's
/// familiar form, a state's title, `Running 5 minutes ago`) is computed once per distinct value:
/// parsing an image reference costs more than the rest of a row.
struct TaskCells {
  /// Node names by ID (`ObjectNames.nodes`), read once rather than through the names per row.
  let nodeNames: [String: String]
  let noResolve: Bool
  let now: Timestamp
  let options: TaskRowOptions
  private var images = Memo<String>()
  private var desiredStates = Memo<String>()
  private var currentStates = Memo<StateSince>()

  /// A state entered at an instant (the key of `Running 5 minutes ago`).
  private struct StateSince: Hashable {
    var state: String
    var since: Int64
  }

  init(_ listing: TaskListing, now: Timestamp, options: TaskRowOptions) {
    self.nodeNames = listing.objectNames.nodes
    self.noResolve = listing.noResolve
    self.now = now
    self.options = options
  }

  /// The ID, cut to 12 characters unless `--no-trunc`.
  func id(_ id: String) -> String {
    options.noTrunc ? id : String(id.prefix(12))
  }

  /// The image without its digest, in its familiar form (`nginx:latest`), unless `--no-trunc`.
  mutating func image(_ image: String?) -> String {
    let image = image ?? ""
    if options.noTrunc { return image }
    return images.value(image, ImageText.stripDigest)
  }

  func node(_ id: String?) -> String {
    guard let id else { return "" }
    return noResolve ? id : (nodeNames[id] ?? id)
  }

  /// `Running`, `Shutdown`: the desired state with its first letter upper-cased.
  mutating func desiredState(_ state: String?) -> String {
    desiredStates.value(state ?? "") { $0.prefix(1).uppercased() + $0.dropFirst() }
  }

  /// `Running 5 minutes ago`.
  mutating func currentState(_ state: String, since: Timestamp) -> String {
    let key = StateSince(state: state, since: since.unixNanos)
    return currentStates.value(key) { [now] key in
      HumanDuration.taskState(key.state, since: Timestamp(unixNanos: key.since), now: now)
    }
  }

  /// The error quoted, cut to 29 characters and an ellipsis unless `--no-trunc`.
  func error(_ err: String?) -> String {
    guard var error = err, !error.isEmpty else { return "" }
    if !options.noTrunc && error.count > 30 { error = String(error.prefix(29)) + "…" }
    return "\"\(error)\""
  }

  /// docker/cli's `taskContext.Ports`: the task's host-mode ports as `*:80->80/tcp`.
  func ports(_ ports: [PortConfig]?) -> String {
    guard let ports, !ports.isEmpty else { return "" }
    return ports.map {
      "*:\($0.publishedPort ?? 0)->\($0.targetPort ?? 0)/\($0.protocol ?? "tcp")"
    }.joined(separator: ",")
  }
}

/// A column's text by the value it is made from: the previous row's first (neighbouring rows
/// mostly share it, and comparing is cheaper than hashing), then every value seen.
private struct Memo<Key: Hashable> {
  private var last: (key: Key, text: String)?
  private var known: [Key: String] = [:]

  mutating func value(_ key: Key, _ make: (Key) -> String) -> String {
    if let last, last.key == key { return last.text }
    let text: String
    if let seen = known[key] {
      text = seen
    } else {
      text = make(key)
      known[key] = text
    }
    last = (key, text)
    return text
  }
}
