/// A container on a node. Task containers are created by the agent; their lifetime drives
/// the task's state and the logs the image writes.
public struct Container: Sendable, Equatable, Identifiable {
  public enum State: String, Sendable { case created, running, exited }

  public var id: String
  /// Its name. A task's container is named `service.slot.taskid` (`service.nodeid.taskid`
  /// for a global task), worked out when read from what it stores (`taskSlot`): a name per
  /// container was some 80 bytes for each of 100,000 tasks.
  public var name: String {
    get {
      if let givenName { return givenName }
      let middle = taskSlot > 0 ? String(taskSlot) : (swarmNodeID ?? "")
      return "\(serviceName ?? "").\(middle).\(taskID ?? "")"
    }
    set { givenName = newValue }
  }
  /// The name given, for any container but a task's.
  private var givenName: String?
  /// A task container's slot (0 for a global task's), which its name tells.
  private var taskSlot = 0
  public var image: String
  /// The pinned image the task asked for (shown by inspect's `Config.Image`).
  public var resolvedImage: String
  public var command: String
  public var nodeID: String
  public var taskID: String?
  public var serviceID: String?
  /// For a task's container: the swarm node it runs on and its service's name, which its
  /// `com.docker.swarm.*` labels tell.
  public var swarmNodeID: String?
  public var serviceName: String?
  /// The labels the container was given (a task template's container labels), without the
  /// swarm's: those are derived on reading (`labels`), not stored in each of 100,000
  /// containers.
  public var givenLabels: [Label] = []
  public var env: [String] = []
  public var createdAt: SimTime
  public var startedAt: SimTime? {
    get { has & Self.started != 0 ? SimTime(nanos: startedNanos) : nil }
    set {
      startedNanos = newValue?.nanos ?? 0
      mark(Self.started, newValue != nil)
    }
  }
  public var finishedAt: SimTime? {
    get { has & Self.finished != 0 ? SimTime(nanos: finishedNanos) : nil }
    set {
      finishedNanos = newValue?.nanos ?? 0
      mark(Self.finished, newValue != nil)
    }
  }
  public var exitCode: Int? {
    get { has & Self.exited != 0 ? Int(exitValue) : nil }
    set {
      exitValue = newValue.map(Int64.init) ?? 0
      mark(Self.exited, newValue != nil)
    }
  }
  /// The three above as plain numbers and one byte saying which are set: three optionals
  /// took 48 bytes of each of 100,000 containers, these take 25.
  private var startedNanos: Int64 = 0
  private var finishedNanos: Int64 = 0
  private var exitValue: Int64 = 0
  private var has: UInt8 = 0
  // The one-byte fields together, in the padding after `has` (a container is 16 bytes
  // smaller than with each among the 8-byte ones).
  public var state: State = .created
  /// The image's start-up check failed, so its app never ran (and wrote no log).
  public var startupCheckFailed = false
  private static let started: UInt8 = 1
  private static let finished: UInt8 = 2
  private static let exited: UInt8 = 4

  private mutating func mark(_ flag: UInt8, _ isSet: Bool) {
    has = isSet ? has | flag : has & ~flag
  }

  /// Log lines written by `exec` or by apps answering requests, beyond the image's schedule.
  public var extraLogs: [LogLine] = []
  /// What the simulated app inside remembers between requests (call counts, health).
  /// Out of line, and only when it differs from a fresh app's (most never do).
  public var app: AppState {
    get { appStorage.value ?? AppState() }
    set { appStorage.value = newValue == AppState() ? nil : newValue }
  }
  private var appStorage = OutOfLine<AppState>()
  /// The engine's health record while a health check runs (`.State.Health`). Out of line,
  /// as is `standalone`: most containers have neither, and inline they were a third of one.
  public var health: ContainerHealth? {
    get { healthStorage.value }
    set { healthStorage.value = newValue }
  }
  private var healthStorage = OutOfLine<ContainerHealth>()
  /// Volumes and bind mounts, in the order docker lists them in `Mounts`.
  public var mounts: [ContainerMount] = []
  /// What `docker run` asked for a container no task owns (nil for task containers).
  public var standalone: StandaloneConfig? {
    get { standaloneStorage.value }
    set { standaloneStorage.value = newValue }
  }
  private var standaloneStorage = OutOfLine<StandaloneConfig>()
  /// A standalone container's own addresses on overlays while it runs (a task container's
  /// are its task's).
  public var ownNetworks: [NetworkAttachment] = []

  public init(
    id: String, name: String, image: String, resolvedImage: String, command: String,
    nodeID: String, now: SimTime
  ) {
    self.id = id
    self.givenName = name
    self.image = image
    self.resolvedImage = resolvedImage
    self.command = command
    self.nodeID = nodeID
    self.createdAt = now
  }

  public var isRunning: Bool { state == .running }

  /// Makes this the container of `task` of the service `serviceName`, on the node `nodeID`:
  /// its name and its swarm labels are derived from these from now on.
  mutating func belong(to task: SwarmTask, serviceName: String, nodeID: String) {
    taskID = task.id
    serviceID = task.serviceID
    self.serviceName = serviceName
    swarmNodeID = nodeID
    taskSlot = task.slot
    givenName = nil
  }

  /// Its labels, sorted by key: a task container's given labels with swarm's replacing any of
  /// the same key, as the agent sets them.
  public var labels: [Label] {
    guard let taskID, let serviceID, let swarmNodeID, let serviceName else { return givenLabels }
    let swarm = [
      Label("com.docker.swarm.node.id", swarmNodeID),
      Label("com.docker.swarm.service.id", serviceID),
      Label("com.docker.swarm.service.name", serviceName),
      Label("com.docker.swarm.task", ""), Label("com.docker.swarm.task.id", taskID),
      Label("com.docker.swarm.task.name", name),
    ]
    var labels = givenLabels.filter { label in !swarm.contains { $0.key == label.key } } + swarm
    labels.sort { $0.key < $1.key }
    return labels
  }

  /// Whether the image's own app runs in it (its log schedule, its HTTP answers): true for
  /// task containers and for `docker run IMAGE` without a command.
  public var runsImageApp: Bool { standalone?.command.isEmpty ?? true }
}

/// A container `docker run` created: its command, its network, and what happens when it exits.
public struct StandaloneConfig: Sendable, Equatable {
  /// The command given after the image (empty: the image's own).
  public var command: [String]
  /// `--network`, as given (nil: the default bridge).
  public var network: String?
  /// `--rm`: removed by the daemon when it exits.
  public var autoRemove: Bool
  /// On the engine's default bridge (without `--network`, until `network disconnect bridge`).
  public var onBridge: Bool
  /// Overlays joined with `network connect` (IDs), attached whenever it starts.
  public var connected: [String] = []
  /// `-i`: its standard input stays open (a shell waits for input instead of exiting).
  public var openStdin: Bool
  public var tty: Bool
  /// The swarm task that holds its overlay attachment (swarmkit names it in errors).
  public var attachmentTaskID: String?

  public init(
    command: [String], network: String?, autoRemove: Bool, openStdin: Bool, tty: Bool
  ) {
    self.command = command
    self.network = network
    self.onBridge = network == nil
    self.autoRemove = autoRemove
    self.openStdin = openStdin
    self.tty = tty
  }
}

/// One line a container wrote, with the instant it was written.
public struct LogLine: Sendable, Equatable {
  public var time: SimTime
  public var text: String
  public var isStderr: Bool

  public init(time: SimTime, text: String, isStderr: Bool = false) {
    self.time = time
    self.text = text
    self.isStderr = isStderr
  }
}
