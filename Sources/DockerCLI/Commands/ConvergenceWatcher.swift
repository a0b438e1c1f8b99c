public import DockerFormat
public import EngineAPI
import GoDurations

/// The CLI's `WaitOnService` (`cli/command/service/progress`): polls the service and its
/// up-to-date tasks every 200 ms of the engine's clock until they all run, then verifies for
/// the monitor period, recording each frame.
public enum ConvergenceWatcher {
  static let poll = GoDuration(nanoseconds: 200_000_000)
  /// How long SwarmLab waits before giving up the way a learner's Ctrl-C would.
  public static let patience: Int64 = 120_000_000_000
  static let maxBars = 20

  /// `patience` (nanoseconds of the engine's clock) bounds the wait so a script never hangs;
  /// the interactive shell keeps waiting live, stretch by stretch.
  public static func wait<C: EngineClient>(
    serviceID: String, header: String?, _ client: inout C,
    patience: Int64 = ConvergenceWatcher.patience
  ) -> ConvergenceReport {
    var frames: [ProgressFrame] = []
    var convergedAt: Timestamp?
    var rollbackMessage: String?
    var rollingBack = false
    var last: (tasks: [ProgressTask], nodes: [Node], mode: ServiceMode, frame: ProgressFrame)?
    let start = client.now
    while true {
      guard let service = try? client.serviceInspect(serviceID, options: .init()),
        let tasks = try? client.progressTasks(service: service.id)
      else {
        return ConvergenceReport(header: header, frames: frames, outcome: .converged)
      }
      let status = service.updateStatus
      if let state = status?.state, state == "paused" || state == "rollback_paused" {
        let what = state == "paused" ? "service update paused" : "service rollback paused"
        return ConvergenceReport(
          header: header, frames: frames,
          outcome: .paused("\(what): \(status?.message ?? "")"))
      }
      // Like docker, the wording switches once this wait sees a rollback in progress; an old,
      // finished rollback (a later `scale`) does not count.
      if let status, status.state == "rollback_started" {
        rollingBack = true
        if let message = status.message, !message.isEmpty {
          rollbackMessage = "rollback: " + message
        }
      }
      let nodes = (try? client.nodeList(.init())) ?? []
      var frame: ProgressFrame
      // Between the swarm's deadlines a poll sees the same tasks and nodes (an in-process
      // engine even hands back the same arrays, compared in O(1)): the frame is the last
      // one at a later time. A 100,000-task create polls 30 times and changes 6.
      if let last, last.tasks == tasks, last.nodes == nodes, last.mode == service.spec.mode {
        frame = last.frame
        frame.time = client.now
      } else {
        frame = snapshot(service, tasks, nodes, now: client.now)
        last = (tasks, nodes, service.spec.mode, frame)
      }
      frame.rollbackMessage = rollbackMessage
      frame.isRollback = rollingBack
      let monitor = service.spec.updateConfig?.monitor?.nanoseconds ?? 0
      let period = monitor > 0 ? monitor : 5_000_000_000
      if frame.converged {
        let since = client.now.unixNanos - (convergedAt ?? client.now).unixNanos
        if convergedAt == nil { convergedAt = client.now }
        if since >= period {
          frames.append(frame)
          return ConvergenceReport(header: header, frames: frames, outcome: .converged)
        }
        // docker prints `wait/time.Second + 1` with `wait` a hair under the time left (its
        // clock has moved since it noted convergence): whole seconds left, rounded up.
        frame.verifyCountdown = Int((period - since + 999_999_999) / 1_000_000_000)
      } else {
        convergedAt = nil
      }
      frames.append(frame)
      if client.now.unixNanos - start.unixNanos >= patience {
        return ConvergenceReport(
          header: header, frames: frames, outcome: .gaveUp(serviceID: service.id))
      }
      client.wait(poll)
    }
  }

  /// Whether the CLI's progress display would call the service converged now, and the monitor
  /// period (nanoseconds) it then verifies for: a socket server paces a real CLI's polls with it.
  public static func convergence<C: EngineClient>(serviceID: String, _ client: inout C) -> (
    converged: Bool, monitorNanos: Int64
  )? {
    guard let service = try? client.serviceInspect(serviceID, options: .init()),
      let tasks = try? client.progressTasks(service: service.id)
    else { return nil }
    let nodes = (try? client.nodeList(.init())) ?? []
    let frame = snapshot(service, tasks, nodes, now: client.now)
    let monitor = service.spec.updateConfig?.monitor?.nanoseconds ?? 0
    return (frame.converged, monitor > 0 ? monitor : 5_000_000_000)
  }

  /// The progress display's view of the service right now (docker's replicated and global
  /// progress updaters): per slot (or node) the task with the lowest desired, then current,
  /// state among those still current.
  static func snapshot(_ service: Service, _ tasks: [ProgressTask], _ nodes: [Node], now: Timestamp)
    -> ProgressFrame
  {
    let activeNodes = Set(nodes.filter { $0.status.state != "down" }.map(\.id))
    let replicated = service.spec.mode.replicated?.replicas.map { Int($0) }
    // Indexed by slot; slots past the replica count are never read, nor past the highest
    // slot any task holds (which bounds the array by what exists).
    let highest = min(replicated ?? 0, tasks.reduce(0) { max($0, $1.slot) })
    // Positions in `tasks` (-1: none), not copies of the tasks: four bytes a slot.
    var best = [Int32](repeating: -1, count: highest + 1)
    var bestOnNode: [String: ProgressTask] = [:]
    for (position, task) in tasks.enumerated() {
      let current =
        task.desiredState <= .running || (task.state.isTerminal && task.desiredState <= .shutdown)
      guard current else { continue }
      if task.slot > 0 {
        guard task.slot <= highest, task.nodeID.map(activeNodes.contains) ?? true else { continue }
        if best[task.slot] >= 0, !isBetter(task, than: tasks[Int(best[task.slot])]) { continue }
        best[task.slot] = Int32(position)
      } else if let node = task.nodeID {
        if let old = bestOnNode[node], !isBetter(task, than: old) { continue }
        bestOnNode[node] = task
      }
    }
    var running = 0
    var total = 0
    var slots: [SlotProgress] = []
    if let replicas = replicated {
      total = replicas
      for slot in 1...max(replicas, 1) where replicas > 0 {
        let task = slot <= highest && best[slot] >= 0 ? tasks[Int(best[slot])] : nil
        if let task, isRunning(task) { running += 1 }
        if replicas <= maxBars {
          slots.append(
            SlotProgress(label: "\(slot)/\(replicas)", state: task?.state, error: task?.err))
        }
      }
    } else {
      let withTasks = nodes.filter { bestOnNode[$0.id] != nil }
      total = withTasks.count
      for node in withTasks {
        let task = bestOnNode[node.id]
        if let task, isRunning(task) { running += 1 }
        slots.append(
          SlotProgress(label: String(node.id.prefix(12)), state: task?.state, error: task?.err))
      }
    }
    let replicas = service.spec.mode.replicated?.replicas
    return ProgressFrame(
      time: now, rollbackMessage: nil, isRollback: false, running: running, total: total,
      slots: total > maxBars ? [] : slots, verifyCountdown: nil,
      converged: running == total && total > 0 || (total == 0 && replicas == 0))
  }

  static func isRunning(_ task: ProgressTask) -> Bool {
    task.state == .running && task.desiredState <= .running
  }

  /// docker keeps, per slot, the task with the lowest desired state, then the lowest state.
  static func isBetter(_ a: ProgressTask, than b: ProgressTask) -> Bool {
    if a.desiredState != b.desiredState { return a.desiredState < b.desiredState }
    return a.state < b.state
  }
}
