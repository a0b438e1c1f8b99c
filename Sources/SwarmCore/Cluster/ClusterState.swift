public import OrderedCollections

/// Everything the simulated swarm knows, as plain values. Tables are ordered by insertion so
/// every listing and every decision is reproducible (never iterate a hashed collection).
public struct ClusterState: Sendable, Equatable {
  /// The swarm, or nil when the engine is not part of one.
  public var swarm: SwarmInfo?
  public var machines: [Machine] { didSet { topology.count &+= 1 } }
  public var nodes: OrderedDictionary<String, Node> = [:] { didSet { topology.count &+= 1 } }
  /// Counts writes to `machines` and `nodes`, so components whose answer depends only on
  /// them (and the clock) can tell in O(1) that nothing changed since they last looked.
  var topology = ChangeCount()
  public var services: OrderedDictionary<String, Service> = [:]
  public var tasks = TaskTable()
  public var containers: OrderedDictionary<String, Container> = [:]
  public var networks: OrderedDictionary<String, Network> = [:]
  public var configs: OrderedDictionary<String, DataObject> = [:]
  public var secrets: OrderedDictionary<String, DataObject> = [:]
  /// Every engine's volumes, keyed by `Volume.key` (machine and name).
  public var volumes: OrderedDictionary<String, Volume> = [:]
  /// Serial IPAM counters, load-balancer endpoints and round-robin positions.
  public var networking = NetworkingState()
  /// The updater's in-memory bookkeeping per service (swarmkit keeps it in the update
  /// supervisor, outside the store): the rollout working towards each service's spec.
  var rollouts: OrderedDictionary<String, Rollout> = [:]
  /// Running containers whose health check the engine is probing, in start order.
  var healthProbed: [String] = []

  public init(machines: [Machine]) { self.machines = machines }

  public var isActive: Bool { swarm != nil }

  /// The node a machine is currently a member as (nil before it joins and after it leaves).
  public func node(onMachine name: String) -> Node? {
    machine(named: name)?.nodeID.flatMap { nodes[$0] }
  }

  public func machine(named name: String) -> Machine? { machines.first { $0.name == name } }

  /// Positions in `machines` by the node each machine is a member as (the first, as a scan
  /// would find), for components that look up every node's machine: read by key, never
  /// iterated. Positions, not copies: it is built on every join of a 1,000-machine swarm.
  func machinesByNode() -> [String: Int] {
    var byNode: [String: Int] = [:]
    byNode.reserveCapacity(machines.count)
    for (position, machine) in machines.enumerated() {
      guard let nodeID = machine.nodeID, byNode[nodeID] == nil else { continue }
      byNode[nodeID] = position
    }
    return byNode
  }

  public func tasks(ofService id: String) -> [SwarmTask] {
    tasks.values.filter { $0.serviceID == id }
  }

  public func service(named name: String) -> Service? {
    services.values.first { $0.spec.name == name }
  }

  public func network(named name: String) -> Network? {
    networks.values.first { $0.name == name }
  }
}

/// A counter of changes that is not part of the state's value: two states with equal tables
/// are equal however many writes led to them.
struct ChangeCount: Sendable, Equatable {
  var count = 0

  static func == (lhs: ChangeCount, rhs: ChangeCount) -> Bool { true }
}

/// A simulated machine running a Docker engine. One exists by default (`docker-desktop`); the
/// multi-node lessons add more.
public struct Machine: Sendable, Equatable {
  public var name: String
  public var address: String
  public var engineID: String
  public var isRunning = true
  /// The node this machine's engine is a swarm member as; nil when not in a swarm.
  public var nodeID: String?
  /// When the machine was powered off; heartbeats and raft notice it some seconds later.
  public var stoppedAt: SimTime?

  public init(name: String, address: String, engineID: String) {
    self.name = name
    self.address = address
    self.engineID = engineID
  }
}

/// Knobs of the simulation: seed, start, the delays an agent takes, the engine it pretends
/// to be.
public struct SimulationConfig: Sendable {
  public var seed: UInt64 = 1
  public var hostname = "docker-desktop"
  public var address = "192.168.65.3"
  /// 2020-11-20T21:14:30Z: the evening the book's timecheck logs were taken.
  public var startTime = SimTime(nanos: 1_605_906_870_000_000_000)
  public var engineVersion = "20.10.24"
  public var apiVersion = "1.41"
  public var latency = AgentLatency()
  /// Bound on component passes at one instant: a livelock guard, never reached in practice.
  public var maxSettlePasses = 64

  public init() {}
}

/// How long the agent takes between task states. Fixed (no jitter) so transcripts are exact.
public struct AgentLatency: Sendable {
  public var accept = SimDuration.milliseconds(20)
  public var prepare = SimDuration.milliseconds(20)
  /// Image present locally: creating the container.
  public var ready = SimDuration.milliseconds(300)
  public var start = SimDuration.milliseconds(10)
  public var running = SimDuration.milliseconds(500)
  /// A stopping container answering SIGTERM.
  public var stop = SimDuration.milliseconds(200)
  /// Looking for an image that is not there before rejecting the task.
  public var reject = SimDuration.milliseconds(300)

  public init() {}
}
