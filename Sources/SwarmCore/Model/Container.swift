/// A container on a node. Task containers are created by the agent; their lifetime drives
/// the task's state and the logs the image writes.
public struct Container: Sendable, Equatable, Identifiable {
  public enum State: String, Sendable { case created, running, exited }

  public var id: String
  public var name: String
  public var image: String
  /// The pinned image the task asked for (shown by inspect's `Config.Image`).
  public var resolvedImage: String
  public var command: String
  public var nodeID: String
  public var taskID: String?
  public var serviceID: String?
  public var labels: [Label] = []
  public var env: [String] = []
  public var state: State = .created
  public var createdAt: SimTime
  public var startedAt: SimTime?
  public var finishedAt: SimTime?
  public var exitCode: Int?
  /// Log lines written by `exec` or by apps answering requests, beyond the image's schedule.
  public var extraLogs: [LogLine] = []
  /// What the simulated app inside remembers between requests (call counts, health).
  public var app = AppState()
  /// The engine's health record while a health check runs (`.State.Health`).
  public var health: ContainerHealth?
  /// The image's start-up check failed, so its app never ran (and wrote no log).
  public var startupCheckFailed = false
  /// Volumes and bind mounts, in the order docker lists them in `Mounts`.
  public var mounts: [ContainerMount] = []
  /// What `docker run` asked for a container no task owns (nil for task containers).
  public var standalone: StandaloneConfig?
  /// A standalone container's own addresses on overlays while it runs (a task container's
  /// are its task's).
  public var ownNetworks: [NetworkAttachment] = []

  public init(
    id: String, name: String, image: String, resolvedImage: String, command: String,
    nodeID: String, now: SimTime
  ) {
    self.id = id
    self.name = name
    self.image = image
    self.resolvedImage = resolvedImage
    self.command = command
    self.nodeID = nodeID
    self.createdAt = now
  }

  public var isRunning: Bool { state == .running }

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
