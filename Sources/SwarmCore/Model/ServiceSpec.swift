/// What a user asks for: swarmkit's `ServiceSpec` (name, labels, mode, task template, update
/// and rollback policies, endpoint).
public struct ServiceSpec: Sendable, Equatable {
  public var name: String
  public var labels: [Label] = []
  public var mode: ServiceMode = .replicated(replicas: 1)
  /// Kept in a shared box that every task made from this spec shares (`SwarmTask(spec:)`): a
  /// template is some 300 bytes, copied into each of 100,000 tasks it was a third of a task.
  public var template: TaskTemplate {
    get { templateBox.value }
    set { templateBox = TemplateBox(newValue) }
  }
  private(set) var templateBox: TemplateBox
  public var update = UpdatePolicy()
  public var rollback = UpdatePolicy()
  public var endpointMode = "vip"
  public var ports: [PortConfig] = []

  public init(name: String, template: TaskTemplate) {
    self.name = name
    self.templateBox = TemplateBox(template)
  }

  public var replicas: Int? {
    if case .replicated(let n) = mode { return n }
    return nil
  }
}

/// Replicated with a desired count, or global (one task per eligible node).
public enum ServiceMode: Sendable, Equatable {
  case replicated(replicas: Int)
  case global
}

/// A `key=value` label; label lists are kept sorted by key so output never depends on hashing.
public struct Label: Sendable, Equatable {
  public var key: String
  public var value: String

  public init(_ key: String, _ value: String) {
    self.key = key
    self.value = value
  }

  /// Sets or replaces `key` in a sorted label list.
  public static func set(_ key: String, _ value: String, in labels: inout [Label]) {
    labels.removeAll { $0.key == key }
    labels.append(Label(key, value))
    labels.sort { $0.key < $1.key }
  }
}

/// The part of the spec every task is made from (swarmkit `TaskSpec`). Two tasks with equal
/// templates are interchangeable, which is how the updater finds stale tasks.
public struct TaskTemplate: Sendable, Equatable {
  /// The image as the user gave it (`diamol/ch12-timecheck:1.0`).
  public var image: String
  /// The pinned reference the daemon resolved (`…:1.0@sha256:…`), or the bare name when the
  /// registry could not be reached (an image outside the catalog).
  public var resolvedImage: String
  public var command: [String] = []
  public var args: [String] = []
  public var env: [String] = []
  public var containerLabels: [Label] = []
  public var workdir: String?
  public var user: String?
  public var hostname: String?
  public var restart = RestartPolicy()
  /// `--constraint`s as given (inspect shows them verbatim); see `placementConstraints`.
  public var constraints: [String] = [] {
    didSet { placementConstraints = constraints.map(Constraint.init) }
  }
  /// `constraints` parsed once, when set: the orchestrator and the scheduler match them against
  /// every node of every pass. nil for text swarmkit rejects (the daemon refuses it on the way
  /// in; a nil here matches no node, as in swarmkit).
  public private(set) var placementConstraints: [Constraint?] = []
  public var placementPreferences: [String] = []
  public var maxReplicasPerNode: Int = 0
  /// Network names or IDs the tasks attach to, in the order given.
  public var networks: [String] = []
  /// Extra DNS names the tasks answer to on their networks (a stack service's short name,
  /// `todo-db` for `todo_todo-db`).
  public var networkAliases: [String] = []
  public var forceUpdate: Int = 0
  public var stopGracePeriod = SimDuration.seconds(10)
  public var healthCheck: HealthCheck?
  /// Configs and secrets whose files the tasks' containers get.
  public var configs: [FileReference] = []
  public var secrets: [FileReference] = []
  public var mounts: [Mount] = []
  /// CPU and memory limits and reservations (`--limit-cpu`, compose `deploy.resources`): part
  /// of the task spec, so changing them replaces the tasks.
  public var resources = ResourceRequirements()

  public init(image: String, resolvedImage: String) {
    self.image = image
    self.resolvedImage = resolvedImage
  }
}

/// When and how often a failed task's slot is restarted (swarmkit `RestartPolicy`).
public struct RestartPolicy: Sendable, Equatable {
  public enum Condition: String, Sendable { case none, onFailure = "on-failure", any }
  public var condition: Condition = .any
  public var delay = SimDuration.seconds(5)
  public var maxAttempts: Int = 0
  public var window = SimDuration.zero

  public init() {}
}

/// A container health check as a spec or an image carries it (docker's `HealthConfig`). An
/// empty `test` inherits the image's test, zero durations and retries inherit the image's (or
/// docker's defaults), and `["NONE"]` disables the image's check.
public struct HealthCheck: Sendable, Equatable {
  public var test: [String]
  public var interval = SimDuration.zero
  public var timeout = SimDuration.zero
  public var startPeriod = SimDuration.zero
  public var retries = 0

  public init(test: [String]) { self.test = test }

  /// `--no-healthcheck` / `healthcheck: disable: true`.
  public static let disabled = HealthCheck(test: ["NONE"])

  public var isDisabled: Bool { test.first == "NONE" }
}

/// Update or rollback configuration (swarmkit `UpdateConfig`), with swarmkit's defaults.
public struct UpdatePolicy: Sendable, Equatable {
  public enum FailureAction: String, Sendable { case pause, `continue`, rollback }
  public enum Order: String, Sendable { case stopFirst = "stop-first", startFirst = "start-first" }

  public var parallelism: Int = 1
  public var delay = SimDuration.zero
  public var failureAction: FailureAction = .pause
  public var monitor = SimDuration.seconds(5)
  public var maxFailureRatio: Double = 0
  public var order: Order = .stopFirst

  public init() {}
}

/// A published port (`--publish 8010:80`): ingress mode unless `mode=host`.
public struct PortConfig: Sendable, Equatable {
  public var protocolName: String = "tcp"
  public var targetPort: Int
  public var publishedPort: Int
  public var publishMode: String = "ingress"

  public init(
    targetPort: Int, publishedPort: Int, protocolName: String = "tcp",
    publishMode: String = "ingress"
  ) {
    self.targetPort = targetPort
    self.publishedPort = publishedPort
    self.protocolName = protocolName
    self.publishMode = publishMode
  }
}

/// A task's resource limits and reservations: CPUs in billionths, memory in bytes (0: none).
public struct ResourceRequirements: Sendable, Equatable {
  public var limitNanoCPUs: Int64 = 0
  public var limitMemoryBytes: Int64 = 0
  public var reservationNanoCPUs: Int64 = 0
  public var reservationMemoryBytes: Int64 = 0

  public init() {}
}
