public import SwarmCore

/// The CLI's `WaitOnService`: polls the service every 200 ms of simulated time until its
/// up-to-date tasks all run, then verifies for the monitor period, recording each frame.
public enum ConvergenceWatcher {
  static let poll = SimDuration.milliseconds(200)
  /// How long SwarmLab waits before giving up the way a learner's Ctrl-C would.
  static let patience = SimDuration.seconds(120)
  static let maxBars = 20

  public static func wait(serviceID: String, header: String?, _ cluster: inout Cluster)
    -> ConvergenceReport
  {
    var frames: [ProgressFrame] = []
    var convergedAt: SimTime?
    var rollbackMessage: String?
    var rollingBack = false
    let start = cluster.now
    cluster.settle()
    // Nothing changes between deadlines, so idle polls only move the clock.
    var deadline = cluster.nextDeadline()
    while true {
      guard let service = cluster.state.services[serviceID] else {
        return ConvergenceReport(header: header, frames: frames, outcome: .converged)
      }
      let status = service.updateStatus
      if let status, status.state == .paused || status.state == .rollbackPaused {
        let what = status.state == .paused ? "service update paused" : "service rollback paused"
        return ConvergenceReport(
          header: header, frames: frames, outcome: .paused("\(what): \(status.message)"))
      }
      // Like docker, the wording switches once this wait sees a rollback in progress; an old,
      // finished rollback (a later `scale`) does not count.
      if let status, status.state == .rollbackStarted {
        rollingBack = true
        if !status.message.isEmpty { rollbackMessage = "rollback: " + status.message }
      }
      var frame = snapshot(service, cluster)
      frame.rollbackMessage = rollbackMessage
      frame.isRollback = rollingBack
      let monitor =
        service.spec.update.monitor.nanos > 0 ? service.spec.update.monitor : .seconds(5)
      if frame.converged {
        let since = cluster.now - (convergedAt ?? cluster.now)
        if convergedAt == nil { convergedAt = cluster.now }
        if since >= monitor {
          frames.append(frame)
          return ConvergenceReport(header: header, frames: frames, outcome: .converged)
        }
        frame.verifyCountdown = Int((monitor.nanos - since.nanos) / SimDuration.second.nanos) + 1
      } else {
        convergedAt = nil
      }
      frames.append(frame)
      if cluster.now - start >= patience {
        return ConvergenceReport(
          header: header, frames: frames, outcome: .gaveUp(serviceID: service.id))
      }
      let next = cluster.now + poll
      if let due = deadline, due <= next {
        deadline = cluster.advance(to: next, settled: true)
      } else {
        cluster.skipIdle(to: next)
      }
    }
  }

  /// Whether the CLI's progress display would call the service converged now, and the monitor
  /// period it then verifies for (a socket server paces a real CLI's polls with it).
  public static func convergence(serviceID: String, _ cluster: Cluster) -> (
    converged: Bool, monitor: SimDuration
  )? {
    guard let service = cluster.state.services[serviceID] else { return nil }
    let monitor =
      service.spec.update.monitor.nanos > 0 ? service.spec.update.monitor : .seconds(5)
    return (snapshot(service, cluster).converged, monitor)
  }

  /// The progress display's view of the service right now (docker's replicated and global
  /// progress updaters).
  static func snapshot(_ service: Service, _ cluster: Cluster) -> ProgressFrame {
    let activeNodes = Set(cluster.state.nodes.values.filter { $0.state != .down }.map(\.id))
    // One pass over the tasks, keeping per slot (or node) only the task docker would show;
    // a 10,000-replica service is polled every 200 ms.
    var best: [Int: TaskView] = [:]
    var bestOnNode: [String: TaskView] = [:]
    let tasks = cluster.state.tasks.values
    for index in tasks.indices where tasks[index].serviceID == service.id {
      // Read fields in place; copying every task of a large service on each poll is the cost.
      let desired = tasks[index].desiredState
      let state = tasks[index].status.state
      let current = desired <= .running || (state.isTerminal && desired <= .shutdown)
      guard current, tasks[index].template == service.spec.template else { continue }
      let task = tasks[index]
      let view = TaskView(task)
      if task.slot > 0 {
        guard task.nodeID == nil || activeNodes.contains(task.nodeID ?? "") else { continue }
        if best[task.slot].map({ view < $0 }) ?? true { best[task.slot] = view }
      } else if let node = task.nodeID {
        if bestOnNode[node].map({ view < $0 }) ?? true { bestOnNode[node] = view }
      }
    }
    var slots: [SlotProgress] = []
    var running = 0
    let total: Int
    switch service.spec.mode {
    case .replicated(let replicas):
      total = replicas
      for slot in 1...max(replicas, 1) where replicas > 0 {
        let task = best[slot]
        if let task, task.isRunning { running += 1 }
        if replicas <= maxBars {
          slots.append(
            SlotProgress(label: "\(slot)/\(replicas)", state: task?.state, error: task?.err))
        }
      }
    case .global:
      let nodes = cluster.state.nodes.values.filter { bestOnNode[$0.id] != nil }
      total = nodes.count
      for node in nodes {
        let task = bestOnNode[node.id]
        if let task, task.isRunning { running += 1 }
        slots.append(
          SlotProgress(label: String(node.id.prefix(12)), state: task?.state, error: task?.err))
      }
    }
    return ProgressFrame(
      time: cluster.now, rollbackMessage: nil, isRollback: false, running: running, total: total,
      slots: total > maxBars ? [] : slots, verifyCountdown: nil,
      converged: running == total && total > 0
        || (total == 0 && service.spec.replicas == 0))
  }

  /// What the display needs of a task, ordered as docker picks one per slot: the lowest
  /// desired state, then the lowest current state.
  struct TaskView: Comparable {
    var desired: TaskState
    var state: TaskState
    var err: String?

    init(_ task: SwarmTask) {
      desired = task.desiredState
      state = task.status.state
      err = task.status.err
    }

    var isRunning: Bool { state == .running && desired <= .running }

    static func < (a: TaskView, b: TaskView) -> Bool {
      (a.desired.rawValue, a.state.rawValue) < (b.desired.rawValue, b.state.rawValue)
    }
  }

}
