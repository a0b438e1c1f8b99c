/// One scheduled unit of work of a service: swarmkit's `Task`, pinned to a slot (replicated)
/// or a node (global), carrying the template it was created from so the updater can tell
/// stale tasks from current ones.
public struct SwarmTask: Sendable, Equatable, Identifiable {
  public var id: String
  public var serviceID: String
  /// 1-based slot for replicated services, 0 for global ones (which are keyed by node).
  public var slot: Int
  public var nodeID: String?
  /// The template the task was made from. Stored boxed: a task is copied on every component
  /// pass, and the template is its heaviest part, so copies share it.
  public var template: TaskTemplate {
    get { templateBox.value }
    set { templateBox = TemplateBox(newValue) }
  }
  private var templateBox: TemplateBox
  /// The template's pinned image, read from the shared template without copying it.
  var resolvedImage: String { templateBox.value.resolvedImage }
  /// The service's spec version when the task was made (shown in inspect's `Version`).
  public var specVersion: Int
  public var status: TaskStatus
  public var createdAt: SimTime
  public var updatedAt: SimTime
  public var containerID: String?
  /// For a restarted slot: when the restart delay ends and the task may move to running.
  public var restartAt: SimTime?
  /// Kept after `restartAt`, whose padding it fills (a task is 8 bytes smaller).
  public var desiredState: TaskState
  /// How many tasks in a row before this one in its slot were rejected (a missing image).
  public var rejectedInARow = 0
  /// Addresses on attached networks, by network ID, in attachment order.
  public var networkAddresses: [NetworkAttachment] = []

  public init(
    id: String, serviceID: String, slot: Int, nodeID: String?, template: TaskTemplate,
    specVersion: Int, desiredState: TaskState, now: SimTime
  ) {
    self.init(
      id: id, serviceID: serviceID, slot: slot, nodeID: nodeID, box: TemplateBox(template),
      specVersion: specVersion, desiredState: desiredState, now: now)
  }

  /// A task of `spec`'s template, sharing it with the spec and every other task made from it.
  init(
    id: String, serviceID: String, slot: Int, nodeID: String?, spec: ServiceSpec,
    specVersion: Int, desiredState: TaskState, now: SimTime
  ) {
    self.init(
      id: id, serviceID: serviceID, slot: slot, nodeID: nodeID, box: spec.templateBox,
      specVersion: specVersion, desiredState: desiredState, now: now)
  }

  private init(
    id: String, serviceID: String, slot: Int, nodeID: String?, box: TemplateBox,
    specVersion: Int, desiredState: TaskState, now: SimTime
  ) {
    self.id = id
    self.serviceID = serviceID
    self.slot = slot
    self.nodeID = nodeID
    self.templateBox = box
    self.specVersion = specVersion
    self.desiredState = desiredState
    self.status = TaskStatus(state: .new, timestamp: now, message: "created")
    self.createdAt = now
    self.updatedAt = now
  }

  /// Swarmkit's "runnable": desired to run (or to be ready to run) and not yet dead.
  public var isRunnable: Bool { desiredState <= .running && !status.state.isTerminal }

  public mutating func setStatus(
    _ state: TaskState, message: String, now: SimTime, err: String? = nil
  ) {
    status = TaskStatus(state: state, timestamp: now, message: message, err: err)
    updatedAt = now
  }
}

/// A task's observed status: state, when it was entered, the agent's message and error.
public struct TaskStatus: Sendable, Equatable {
  // Declared widest first so the one-byte state fills the optional's padding (56 bytes, not
  // 64: one status per task).
  public var timestamp: SimTime
  public var message: String
  public var err: String?
  public var exitCode: Int?
  public var state: TaskState

  public init(state: TaskState, timestamp: SimTime, message: String, err: String? = nil) {
    self.state = state
    self.timestamp = timestamp
    self.message = message
    self.err = err
  }
}

/// One network attachment of a task: the network and the address (`10.0.1.3/24`) on it.
public struct NetworkAttachment: Sendable, Equatable {
  public var networkID: String
  public var address: String

  public init(networkID: String, address: String) {
    self.networkID = networkID
    self.address = address
  }
}

/// An immutable, shared task template with value equality (identity first, for speed).
final class TemplateBox: Sendable, Equatable {
  let value: TaskTemplate

  init(_ value: TaskTemplate) { self.value = value }

  static func == (lhs: TemplateBox, rhs: TemplateBox) -> Bool {
    lhs === rhs || lhs.value == rhs.value
  }
}
