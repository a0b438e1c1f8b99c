/// The simulated swarm: state, virtual clock, seeded IDs and the components that move it.
///
/// Time only moves through `advance(to:)`. At each instant the components (heartbeats, raft,
/// eviction, orchestrator, allocator, scheduler, agents, updater, reaper) run in a fixed order until none changes
/// anything; then the clock jumps to the earliest deadline any of them reports. Nothing here
/// reads the real clock or real randomness, so a seed and a command sequence fix the outcome.
public struct Cluster: Sendable {
  public internal(set) var state: ClusterState
  /// Counts settles: every change the control API makes and every deadline the clock reaches
  /// ends in one, while idle clock moves (`skipIdle`, `advance` with nothing due) do not. A
  /// display polling the swarm within one command can tell in O(1) that nothing moved since
  /// it last looked.
  public private(set) var revision = 0
  public private(set) var now: SimTime
  public internal(set) var ids: IDGenerator
  public var catalog: ImageCatalog
  public let config: SimulationConfig
  /// The machine the user's docker commands talk to.
  public var currentMachine: String
  /// The components' view of the task table, following its changes (see `TaskIndex`).
  var taskIndex = TaskIndex()
  /// `state.topology` after heartbeats and raft last ran.
  private var topologySeen = -1

  public init(config: SimulationConfig = SimulationConfig(), catalog: ImageCatalog = .builtin) {
    self.config = config
    self.catalog = catalog
    self.now = config.startTime
    var ids = IDGenerator(seed: config.seed)
    let machine = Machine(name: config.hostname, address: config.address, engineID: ids.objectID())
    self.ids = ids
    self.state = ClusterState(machines: [machine])
    self.currentMachine = config.hostname
    LocalNetworks.create(on: &self)
  }

  /// Moves the clock forward to `target`, stopping at every deadline on the way so that each
  /// state change happens at its own instant.
  ///
  /// `settled` says the caller knows nothing changed since the last settle. Returns the next
  /// deadline after `target`, so a caller stepping through time need not ask again.
  @discardableResult
  public mutating func advance(to target: SimTime, settled: Bool = false) -> SimTime? {
    let target = min(target, SimTime.end)
    if !settled { settle() }
    var next = nextDeadline()
    while let due = next, due <= target {
      if due > now { now = due }
      settle()
      next = nextDeadline()
    }
    // Nothing is due up to `target`, and every component is a function of state and time
    // whose time-driven work is a deadline: the state is already what it would be then.
    if target > now { now = target }
    return next
  }

  public mutating func advance(by duration: SimDuration) { advance(to: now + duration) }

  /// Advances until `done` holds or `limit` has passed; returns whether `done` held.
  @discardableResult
  public mutating func advance(until done: (Cluster) -> Bool, limit: SimDuration) -> Bool {
    settle()
    let end = now + limit
    while !done(self) {
      guard let next = nextDeadline(), next <= end else {
        advance(to: end)
        return done(self)
      }
      if next > now { now = next }
      settle()
    }
    return true
  }

  /// Runs every component at the current instant until a full pass changes nothing.
  public mutating func settle() {
    revision &+= 1
    defer {
      refreshTaskIndex()
      assert(taskIndex.isConsistent(with: self), "the task index drifted from the task table")
    }
    for pass in 0..<config.maxSettlePasses {
      var changed = false
      // Heartbeats and raft read only the machines, the nodes and the clock, which no
      // component below changes: one run per settle reaches what more runs would, and none
      // is needed when neither changed and no machine is off (the clock matters only then).
      if pass == 0
        && (state.topology.count != topologySeen || state.machines.contains { !$0.isRunning })
      {
        let machines = state.machinesByNode()
        changed = Heartbeat.reconcile(&self, machines: machines) || changed
        changed = Raft.reconcile(&self, machines: machines) || changed
        topologySeen = state.topology.count
      }
      changed = TaskEviction.reconcile(&self) || changed
      // Nodes change only above this line, and only in the first pass.
      refreshTaskIndex(checkNodes: pass == 0)
      changed = Orchestrator.reconcile(&self) || changed
      changed = Updater.reconcile(&self) || changed
      changed = Allocator.reconcile(&self) || changed
      changed = Scheduler.reconcile(&self) || changed
      changed = Agent.reconcile(&self) || changed
      changed = HealthMonitor.reconcile(&self) || changed
      changed = TaskReaper.reconcile(&self) || changed
      if !changed { return }
    }
  }

  /// Moves the clock to `target` without examining the swarm, for a caller that knows nothing
  /// is due before then (it asked `nextDeadline()` after the last change): docker's progress
  /// display polls every 200 ms, and a 10,000-task swarm must not be re-examined on every
  /// idle poll.
  public mutating func skipIdle(to target: SimTime) {
    if target > now { now = target }
  }

  /// Brings `taskIndex` up to date with the task table's changes (cheap when there are none).
  mutating func refreshTaskIndex(checkNodes: Bool = false) {
    guard checkNodes || state.tasks.hasUnindexedChanges else { return }
    // Taken out while it works, so that it can read the cluster without copying itself.
    var index = taskIndex
    taskIndex = TaskIndex()
    index.refresh(&self, checkNodes: checkNodes)
    taskIndex = index
  }

  /// The earliest future instant at which some component has work.
  public func nextDeadline() -> SimTime? {
    [
      Agent.nextDeadline(self), Orchestrator.nextDeadline(self), Updater.nextDeadline(self),
      Heartbeat.nextDeadline(self), Raft.nextDeadline(self), HealthMonitor.nextDeadline(self),
    ]
    .compactMap { $0 }
    .filter { $0 > now }
    .min()
  }

  /// The node the current machine joined as, if any.
  public var localNode: Node? { state.node(onMachine: currentMachine) }

  public var localMachine: Machine {
    state.machine(named: currentMachine) ?? state.machines[0]
  }

  /// A number in `0..<bound` from the swarm's seeded stream, for the daemon's own random
  /// choices (the name of a service created without one).
  public mutating func randomIndex(below bound: Int) -> Int { ids.below(bound) }
}
