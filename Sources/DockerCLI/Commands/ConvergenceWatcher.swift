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
      cluster.advance(by: poll)
    }
  }

  /// The progress display's view of the service right now (docker's replicated and global
  /// progress updaters).
  static func snapshot(_ service: Service, _ cluster: Cluster) -> ProgressFrame {
    let current = cluster.state.tasks(ofService: service.id).filter {
      $0.template == service.spec.template && $0.desiredState <= .running
        || ($0.template == service.spec.template && $0.status.state.isTerminal
          && $0.desiredState <= .shutdown)
    }
    let activeNodes = Set(cluster.state.nodes.values.filter { $0.state != .down }.map(\.id))
    var slots: [SlotProgress] = []
    var running = 0
    let total: Int
    switch service.spec.mode {
    case .replicated(let replicas):
      total = replicas
      for slot in 1...max(replicas, 1) where replicas > 0 {
        let task = pick(
          current.filter {
            $0.slot == slot && activeNodes.contains($0.nodeID ?? "")
              || ($0.slot == slot && $0.nodeID == nil)
          })
        if let task, task.status.state == .running, task.desiredState <= .running { running += 1 }
        slots.append(
          SlotProgress(
            label: "\(slot)/\(replicas)", state: task?.status.state, error: task?.status.err))
      }
    case .global:
      let nodes = cluster.state.nodes.values.filter { node in
        current.contains { $0.nodeID == node.id }
      }
      total = nodes.count
      for node in nodes {
        let task = pick(current.filter { $0.nodeID == node.id })
        if let task, task.status.state == .running, task.desiredState <= .running { running += 1 }
        slots.append(
          SlotProgress(
            label: String(node.id.prefix(12)), state: task?.status.state, error: task?.status.err))
      }
    }
    return ProgressFrame(
      time: cluster.now, rollbackMessage: nil, isRollback: false, running: running, total: total,
      slots: total > maxBars ? [] : slots, verifyCountdown: nil,
      converged: running == total && total > 0
        || (total == 0 && service.spec.replicas == 0))
  }

  /// docker keeps, per slot, the task with the lowest desired state, then lowest state.
  private static func pick(_ tasks: [SwarmTask]) -> SwarmTask? {
    tasks.min {
      ($0.desiredState.rawValue, $0.status.state.rawValue) < (
        $1.desiredState.rawValue, $1.status.state.rawValue
      )
    }
  }
}
