import OrderedCollections

/// What the components ask of the task table, kept current from the table's change log
/// (`TaskTable`) instead of recomputed by a scan at every instant: tasks by slot, the slots
/// no runnable task holds, each node's load, the tasks the allocator, scheduler and reaper
/// have to look at, and the instants the agents and the restart supervisor act next.
///
/// A rolling update of 10,000 replicas settles the swarm at some 70,000 instants; each used
/// to read every task several times. Now an instant costs what changed at it. Tasks are known
/// by their table handles (`TaskTable`), so the per-task tables are arrays and bit sets.
struct TaskIndex: Sendable {
  /// What the index derived from one task, to take back when the task changes. Plain numbers
  /// only (slot and node by their numbers here), so entries are copied and compared without
  /// reference counting: copying entries holding strings was a tenth of a large create.
  /// Numbers are kept in 32 bits: an entry is 16 bytes, one per task.
  struct Entry: Equatable, Sendable {
    private var slotNumber: Int32
    private var loadNodeNumber: Int32
    var state: TaskState
    var runnable: Bool
    /// Stopped and unwanted: the reaper deletes it.
    var reapable: Bool
    /// Stopped while still wanted: the restart supervisor's to retire (and maybe replace).
    var deadWanted: Bool

    init(
      slot: Int, runnable: Bool, loadNode: Int, state: TaskState, reapable: Bool,
      deadWanted: Bool
    ) {
      slotNumber = Int32(slot)
      loadNodeNumber = Int32(loadNode)
      self.state = state
      self.runnable = runnable
      self.reapable = reapable
      self.deadWanted = deadWanted
    }

    /// The task's slot, by number (`slotKeys`).
    var slot: Int { Int(slotNumber) }
    /// The node the task weighs on for the scheduler (assigned up to running), by number
    /// (`nodeNames`); -1 for none.
    var loadNode: Int { Int(loadNodeNumber) }
  }

  /// By handle (nil: no task holds the handle).
  private(set) var entries: [Entry?] = []
  /// Each slot's tasks (handles), oldest first, by slot number.
  private(set) var slotTasks: [SlotTasks] = []
  /// The slot each number stands for while it holds tasks, the number of each such slot, and
  /// the numbers free to give out (a slot emptied gives its number back).
  private(set) var slotKeys: [SlotKey] = []
  private(set) var slotNumbers = SlotNumbers()
  private var freeSlotNumbers: [Int] = []
  /// Nodes that tasks weighed on, by number, and their numbers (kept: a node ID is a handful
  /// of bytes per node that ever carried a task).
  private(set) var nodeNames: [String] = []
  private var nodeNumbers: [String: Int] = [:]
  /// Per service, its replica slots' coverage and its global tasks.
  private(set) var services: [String: ServiceSlots] = [:]
  /// Tasks weighing on each node, overall and per service.
  private(set) var nodeTasks: [String: Int] = [:]
  private(set) var serviceNodeTasks: [String: [String: Int]] = [:]
  /// Tasks in state `new` (the allocator's) and `pending` (the scheduler's).
  private(set) var fresh = DenseSet()
  private(set) var pending = DenseSet()
  /// Runnable tasks with an address and a node, changed since the allocator last looked: the
  /// ones that may need a load-balancer endpoint.
  var balancerCandidates: [Int] = []
  /// Load-balancer endpoints when the allocator last looked (fewer now: some were removed).
  var balancerCount = 0
  /// The endpoints that exist, by node and network, as of the allocator's last look.
  var balancerKeys: Set<IPAM.LoadBalancerKey> = []
  /// Stopped tasks nothing wants any more (removed, or their service gone).
  private(set) var reapable = DenseSet()
  /// Tasks that stopped while still wanted running (failed, completed, rejected) since the
  /// restart supervisor last looked: its work list, so a pass costs what changed.
  var newlyDead = DenseSet()
  /// Slots (numbers) changed since the reaper last looked.
  var reapSlots = DenseSet()
  /// The history limit the reaper last applied (nil: every slot is weighed at its next pass).
  var reapedLimit: Int?
  /// When each task's agent acts next, and when each restarted task's delay ends.
  var agentDeadlines = DeadlineQueue()
  var restartDeadlines = DeadlineQueue()
  /// Nodes whose agents work (ready, machine on), as of the last check.
  private(set) var workingNodes: Set<String> = []
  /// `state.topology` when `workingNodes` was computed, and when the allocator last gave
  /// every ready node its ingress endpoint.
  private var workingTopology = -1
  /// Set while the nodes' check waits for the first task.
  private var nodesCheckPending = false
  var ingressTopology = -1

  /// Brings the index up to date with the table's recorded changes; with `checkNodes`, also
  /// with the nodes' readiness, on which every agent deadline depends.
  mutating func refresh(_ cluster: inout Cluster, checkNodes: Bool) {
    let (handles, replaced) = cluster.state.tasks.takeChanges()
    defer {
      agentDeadlines.removeStale()
      restartDeadlines.removeStale()
    }
    if replaced {
      self = TaskIndex()
      workingNodes = Agent.workingNodes(cluster.state)
      workingTopology = cluster.state.topology.count
      for position in cluster.state.tasks.values.indices {
        update(cluster.state.tasks.handle(at: position), cluster)
      }
      return
    }
    // Without tasks no deadline depends on the nodes: their check waits for the first task
    // (1,000 machines joining one by one rebuilt the set of 1,000 nodes at every join).
    if checkNodes && cluster.state.topology.count != workingTopology {
      if cluster.state.tasks.isEmpty {
        nodesCheckPending = true
      } else {
        checkWorkingNodes(cluster)
      }
    } else if nodesCheckPending && !cluster.state.tasks.isEmpty {
      checkWorkingNodes(cluster)
    }
    // `update` is idempotent, so a task written twice may be looked at twice; a component's
    // writes to one task come one after another, and those repeats are skipped.
    var last = -1
    for handle in handles where handle != last {
      update(handle, cluster)
      last = handle
    }
  }

  /// Works out which nodes' agents work and, if that changed, every task's agent deadline.
  private mutating func checkWorkingNodes(_ cluster: Cluster) {
    nodesCheckPending = false
    workingTopology = cluster.state.topology.count
    let working = Agent.workingNodes(cluster.state)
    guard working != workingNodes else { return }
    workingNodes = working
    let tasks = cluster.state.tasks
    for position in tasks.values.indices {
      agentDeadlines.set(
        tasks.handle(at: position), at: Agent.dueTime(tasks.values[position], working, cluster))
    }
  }

  /// Re-derives everything the index holds about one task (gone, new or changed), touching
  /// only the tables whose answer changed. Running it again changes nothing.
  private mutating func update(_ id: Int, _ cluster: Cluster) {
    if id >= entries.count {
      entries.append(contentsOf: repeatElement(nil, count: id + 1 - entries.count))
    }
    let old = entries[id]
    guard let position = cluster.state.tasks.position(ofHandle: id) else {
      guard let old else { return }
      apply(id, from: old, to: nil)
      entries[id] = nil
      // The handle may stand for another task next: nothing may remember it.
      newlyDead.remove(id)
      let key = slotKeys[old.slot]
      slotTasks[old.slot].remove(id)
      if slotTasks[old.slot].isEmpty {
        services[key.serviceID]?.slotEmptied(key)
        slotNumbers[key] = nil
        freeSlotNumbers.append(old.slot)
      }
      if key.replica == 0 { services[key.serviceID]?.globalTasks.remove(id) }
      agentDeadlines.set(id, at: nil)
      restartDeadlines.set(id, at: nil)
      return
    }
    let task = cluster.state.tasks.values[position]
    let state = task.status.state
    // Asked only of stopped tasks, and without copying the service out of its table.
    let stoppedAndGone =
      state.isTerminal
      && (task.desiredState >= .remove
        || cluster.state.services.index(forKey: task.serviceID) == nil)
    var loadNode = -1
    if state >= .assigned && !state.isTerminal, let nodeID = task.nodeID {
      // A task's node is set once: the number it had is checked by comparing two copies of
      // one string, not looked up again.
      if let old, old.loadNode >= 0, nodeNames[old.loadNode] == nodeID {
        loadNode = old.loadNode
      } else {
        loadNode = number(ofNode: nodeID)
      }
    }
    let entry = Entry(
      slot: old?.slot ?? slotNumber(SlotKey(task), adding: id), runnable: task.isRunnable,
      loadNode: loadNode, state: state, reapable: stoppedAndGone,
      deadWanted: state.isTerminal && task.desiredState <= .running && !stoppedAndGone)
    if entry != old {
      apply(id, from: old, to: entry)
      entries[id] = entry
    }
    if entry.runnable && task.nodeID != nil && !task.networkAddresses.isEmpty {
      balancerCandidates.append(id)
    }
    // The reaper weighs a slot only when it holds more tasks than the history limit, and
    // only after a change it reads (a task added, stopped or no longer wanted changes the
    // entry; a write that left the entry as it was, such as an agent's deadline, does not).
    if entry != old, reapedLimit.map({ slotTasks[entry.slot].count > $0 }) ?? true {
      reapSlots.insert(entry.slot)
    }
    agentDeadlines.set(id, at: Agent.dueTime(task, workingNodes, cluster))
    restartDeadlines.set(id, at: task.desiredState == .ready ? task.restartAt : nil)
  }

  /// Moves a task's counts and memberships from what `old` said to what `new` says.
  private mutating func apply(_ id: Int, from old: Entry?, to new: Entry?) {
    let slot = slotKeys[(new ?? old)!.slot]
    let wasRunnable = old?.runnable ?? false
    let isRunnable = new?.runnable ?? false
    if wasRunnable != isRunnable {
      if isRunnable {
        services[slot.serviceID]?.runnableAdded(slot)
      } else {
        services[slot.serviceID]?.runnableRemoved(slot)
      }
    }
    let oldNode = old?.loadNode ?? -1
    let newNode = new?.loadNode ?? -1
    if oldNode != newNode {
      if oldNode >= 0 {
        let node = nodeNames[oldNode]
        // Emptied counts are dropped, so the tables hold only nodes that carry tasks.
        nodeTasks[node] = nodeTasks[node]! > 1 ? nodeTasks[node]! - 1 : nil
        let count = serviceNodeTasks[slot.serviceID]![node]!
        serviceNodeTasks[slot.serviceID]![node] = count > 1 ? count - 1 : nil
        if serviceNodeTasks[slot.serviceID]!.isEmpty { serviceNodeTasks[slot.serviceID] = nil }
      }
      if newNode >= 0 {
        let node = nodeNames[newNode]
        nodeTasks[node, default: 0] += 1
        serviceNodeTasks[slot.serviceID, default: [:]][node, default: 0] += 1
      }
    }
    if (old?.state == .new) != (new?.state == .new) {
      mark(id, new?.state == .new, in: &fresh)
    }
    if (old?.state == .pending) != (new?.state == .pending) {
      mark(id, new?.state == .pending, in: &pending)
    }
    if (old?.reapable ?? false) != (new?.reapable ?? false) {
      mark(id, new?.reapable ?? false, in: &reapable)
    }
    if !(old?.deadWanted ?? false) && (new?.deadWanted ?? false) { newlyDead.insert(id) }
  }

  private func mark(_ id: Int, _ member: Bool, in set: inout DenseSet) {
    if member { set.insert(id) } else { set.remove(id) }
  }

  /// The number of a slot, given when its first task (`id`) arrives.
  private mutating func slotNumber(_ key: SlotKey, adding id: Int) -> Int {
    defer {
      if key.replica == 0 {
        services[key.serviceID, default: ServiceSlots()].globalTasks.append(id)
      }
    }
    if let number = slotNumbers[key] {
      slotTasks[number].append(id)
      return number
    }
    let number: Int
    if let free = freeSlotNumbers.popLast() {
      number = free
      slotKeys[number] = key
      slotTasks[number] = SlotTasks(id)
    } else {
      number = slotKeys.count
      slotKeys.append(key)
      slotTasks.append(SlotTasks(id))
    }
    slotNumbers[key] = number
    services[key.serviceID, default: ServiceSlots()].slotFilled(key)
    return number
  }

  private mutating func number(ofNode id: String) -> Int {
    if let number = nodeNumbers[id] { return number }
    nodeNames.append(id)
    nodeNumbers[id] = nodeNames.count - 1
    return nodeNames.count - 1
  }

  /// Prepares a replicated service's coverage for its current replica count.
  mutating func resize(_ serviceID: String, replicas: Int) {
    services[serviceID, default: ServiceSlots()].resize(replicas: replicas)
  }

  /// Forgets the slots of services that are gone once none of their tasks is left (a session
  /// creating and removing services kept one record per service ever made). Cheap when
  /// nothing is gone: it compares counts first.
  mutating func forgetRemovedServices(_ state: ClusterState) {
    guard services.count > state.services.count else { return }
    for id in services.keys.sorted()
    where services[id]!.holdsNoTask && state.services.index(forKey: id) == nil {
      services[id] = nil
    }
  }
}
