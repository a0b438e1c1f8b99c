/// One update or rollback of a service in progress: swarmkit's `Updater` instance. The slots
/// whose tasks differ from the spec are queued when it starts; `parallelism` workers take
/// them in slot order, each replacing one slot (stop-first or start-first), waiting for the
/// new task to run, then resting for `delay`. Tasks it created are watched for failure while
/// starting and for `monitor` after they run; once every slot is done it watches one more
/// `monitor` period before the update is complete.
struct Rollout: Sendable, Equatable {
  /// What a step decided about the whole update.
  enum Verdict: Equatable {
    case working
    case completed
    /// A failure crossed the ratio: the failure action's message and whether to roll back.
    case failed(message: String, rollback: Bool)
  }

  /// A worker's slot in hand: the task it created or kept, the tasks it retires, and what it
  /// still waits for.
  struct Job: Sendable, Equatable {
    var slot: SlotKey
    var taskID: String
    var retiring: [String]
    /// Stop-first: the new task starts once every retiring task has stopped.
    var awaitingStop: Bool
    /// A newly created task: the worker waits for it to run (a reused one it does not).
    var awaitsRunning: Bool
    var startFirst: Bool
  }

  struct Worker: Sendable, Equatable {
    var job: Job?
    /// Free to take the next slot from this instant (after `delay`).
    var freeAt: SimTime
  }

  /// A task this rollout created, watched for failure; `runningAt` is when it first ran.
  struct Watched: Sendable, Equatable {
    var taskID: String
    var runningAt: SimTime?
  }

  let serviceID: String
  /// The service version this rollout works towards; a newer spec replaces it.
  let version: Int
  let policy: UpdatePolicy
  let isRollback: Bool
  /// Nothing to do (no stale slot, or a paused update): kept only to remember `version`.
  var isIdle: Bool
  private var queue: [SlotKey]
  private var nextSlot = 0
  private var workers: [Worker]
  private var watched: [Watched] = []
  private var failures = 0
  private var monitorUntil: SimTime?
  /// The next instant this rollout has timed work (a worker's rest ending, the monitor end).
  private(set) var wakeAt: SimTime?

  init(
    service: Service, policy: UpdatePolicy, isRollback: Bool, dirty: [SlotKey], now: SimTime
  ) {
    self.serviceID = service.id
    self.version = service.version
    self.policy = policy
    self.isRollback = isRollback
    self.isIdle = dirty.isEmpty
    self.queue = dirty
    let parallelism = policy.parallelism == 0 ? dirty.count : min(policy.parallelism, dirty.count)
    self.workers = Array(repeating: Worker(job: nil, freeAt: now), count: parallelism)
  }

  /// A rollout with nothing to do for this version.
  static func idle(_ service: Service) -> Rollout {
    Rollout(
      service: service, policy: service.spec.update, isRollback: false, dirty: [],
      now: .init(nanos: 0))
  }

  /// Advances the rollout at the cluster's current instant.
  mutating func step(_ cluster: inout Cluster) -> (verdict: Verdict, changed: Bool) {
    // The service is read only to dispatch a slot: copying it at every step is not free.
    guard cluster.state.services.index(forKey: serviceID) != nil else { return (.completed, false) }
    let now = cluster.now
    if let failed = checkFailures(cluster.state, now: now) {
      return (verdict(for: failed), false)
    }
    var changed = false
    for i in workers.indices {
      var worker = workers[i]
      while true {
        if worker.job != nil {
          guard advance(&worker, &cluster) else { break }
          changed = true
        }
        guard worker.job == nil, worker.freeAt <= now, nextSlot < queue.count else { break }
        let slot = queue[nextSlot]
        nextSlot += 1
        worker.job = dispatch(slot, cluster.state.services[serviceID]!, &cluster)
        changed = true
      }
      workers[i] = worker
    }
    wakeAt = workers.lazy.map(\.freeAt).filter { $0 > now }.min()
    guard nextSlot == queue.count, workers.allSatisfy({ $0.job == nil }) else {
      return (.working, changed)
    }
    // Every slot is done once the last worker has rested; then one more monitor period.
    let restedAt = workers.map(\.freeAt).max() ?? now
    guard restedAt <= now else { return (.working, changed) }
    let until = monitorUntil ?? restedAt + policy.monitor
    monitorUntil = until
    guard until <= now else {
      wakeAt = until
      return (.working, changed)
    }
    return (.completed, changed)
  }

  /// Counts failures of watched tasks (swarmkit's `failureTriggersAction`); returns the task
  /// whose failure crossed `maxFailureRatio`.
  private mutating func checkFailures(_ state: ClusterState, now: SimTime) -> String? {
    var kept: [Watched] = []
    var trigger: String?
    for entry in watched {
      guard trigger == nil, let status = state.tasks.state(of: entry.taskID) else { continue }
      if status.isTerminal {
        // Not yet running, or within the monitor period of starting to run.
        if entry.runningAt.map({ now - $0 <= policy.monitor }) ?? true {
          failures += 1
          if Double(failures) / Double(queue.count) > policy.maxFailureRatio {
            trigger = entry.taskID
          }
        }
      } else if entry.runningAt.map({ now - $0 <= policy.monitor }) ?? true {
        kept.append(entry)
      }
    }
    watched = kept
    return trigger
  }

  private func verdict(for taskID: String) -> Verdict {
    let cause = "due to failure or early termination of task \(taskID)"
    switch policy.failureAction {
    case .rollback where !isRollback:
      return .failed(message: "update rolled back \(cause)", rollback: true)
    case .rollback:
      // Never roll back a rollback.
      return .failed(message: "rollback paused \(cause)", rollback: false)
    default:
      return .failed(message: "update paused \(cause)", rollback: false)
    }
  }

  /// Starts work on one slot (swarmkit's worker): reuse a task already of the spec, or create
  /// one and retire the old ones first or after it runs.
  private mutating func dispatch(_ slot: SlotKey, _ service: Service, _ cluster: inout Cluster)
    -> Job?
  {
    let now = cluster.now
    let template = service.spec.template
    let live = cluster.taskIndex.tasks(in: slot, cluster.state).filter(\.isRunnable)
    guard let first = live.first else { return nil }
    let existing =
      live.first { $0.template == template && $0.desiredState == .running }
      ?? live.first { $0.template == template && $0.desiredState < .running }
    if let existing {
      let retiring = live.filter { $0.id != existing.id }.map(\.id)
      Self.retire(retiring, &cluster)
      let waits = existing.desiredState != .running && existing.restartAt == nil
      return Job(
        slot: slot, taskID: existing.id, retiring: retiring, awaitingStop: waits,
        awaitsRunning: false, startFirst: false)
    }
    let startFirst = policy.order == .startFirst
    var task = SwarmTask(
      id: cluster.ids.objectID(), serviceID: service.id, slot: first.slot,
      nodeID: first.slot == 0 ? first.nodeID : nil, spec: service.spec,
      specVersion: service.version, desiredState: startFirst ? .running : .ready, now: now)
    task.updatedAt = now
    cluster.state.tasks[task.id] = task
    if policy.failureAction != .continue { watched.append(Watched(taskID: task.id)) }
    let retiring = live.map(\.id)
    if !startFirst { Self.retire(retiring, &cluster) }
    return Job(
      slot: slot, taskID: task.id, retiring: retiring, awaitingStop: !startFirst,
      awaitsRunning: true, startFirst: startFirst)
  }

  /// Moves a worker's job on if what it waits for happened; false when nothing changed.
  private mutating func advance(_ worker: inout Worker, _ cluster: inout Cluster) -> Bool {
    guard var job = worker.job else { return false }
    let now = cluster.now
    guard let task = cluster.state.tasks[job.taskID] else {
      worker.job = nil
      worker.freeAt = now + policy.delay
      return true
    }
    if job.awaitingStop {
      guard job.retiring.allSatisfy({ Self.hasStopped($0, cluster.state) }) else { return false }
      job.awaitingStop = false
      if task.desiredState < .running && !task.status.state.isTerminal {
        cluster.state.tasks[job.taskID]?.desiredState = .running
        cluster.state.tasks[job.taskID]?.updatedAt = now
      }
      if job.awaitsRunning {
        worker.job = job
        return true
      }
    } else if job.awaitsRunning {
      guard task.status.state >= .running else { return false }
      if let i = watched.firstIndex(where: { $0.taskID == job.taskID }) {
        watched[i].runningAt = now
      }
      if job.startFirst && task.status.state == .running { Self.retire(job.retiring, &cluster) }
    }
    worker.job = nil
    worker.freeAt = now + policy.delay
    return true
  }

  private static func retire(_ ids: [String], _ cluster: inout Cluster) {
    for id in ids where cluster.state.tasks[id].map({ $0.desiredState <= .running }) ?? false {
      cluster.state.tasks[id]?.desiredState = .shutdown
      cluster.state.tasks[id]?.updatedAt = cluster.now
    }
  }

  /// Stopped, gone, or on a node that cannot report it stopping (swarmkit stops waiting then).
  private static func hasStopped(_ id: String, _ state: ClusterState) -> Bool {
    guard let position = state.tasks.index(forKey: id) else { return true }
    let task = state.tasks.values[position]
    if task.status.state.isTerminal { return true }
    guard let node = task.nodeID.flatMap({ state.nodes[$0] }) else { return true }
    return node.state != .ready
  }
}
