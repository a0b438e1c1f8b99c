/// The engine's health monitor: probes each running container that has a health check every
/// `interval`, keeps its `.State.Health`, and tells the task's controller when it turns
/// healthy (a task with a check only counts as running from then) or unhealthy (the
/// container is stopped and the task fails with `dockerexec: unhealthy container`).
enum HealthMonitor {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    guard !cluster.state.healthProbed.isEmpty else { return false }
    var changed = false
    var kept: [String] = []
    for id in cluster.state.healthProbed {
      guard let container = cluster.state.containers[id], container.isRunning,
        let health = container.health
      else { continue }
      kept.append(id)
      guard health.nextProbeAt <= cluster.now else { continue }
      probe(id, &cluster)
      changed = true
    }
    // Probes never start or stop containers of other tasks, so the list only shrinks here.
    cluster.state.healthProbed = kept.filter { cluster.state.containers[$0]?.isRunning == true }
    return changed
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    var earliest: SimTime?
    for id in cluster.state.healthProbed {
      guard let at = cluster.state.containers[id]?.health?.nextProbeAt else { continue }
      if earliest.map({ at < $0 }) ?? true { earliest = at }
    }
    return earliest
  }

  /// Starts monitoring a container that has just started, if its task or image has a check.
  static func begin(_ containerID: String, check: EffectiveHealthCheck, _ cluster: inout Cluster) {
    guard let started = cluster.state.containers[containerID]?.startedAt else { return }
    cluster.state.containers[containerID]?.health = ContainerHealth(
      check: check, startedAt: started)
    cluster.state.healthProbed.append(containerID)
  }

  /// The check a task's container runs: the task's settings over its image's.
  static func check(for task: SwarmTask, _ catalog: ImageCatalog) -> EffectiveHealthCheck? {
    EffectiveHealthCheck.resolve(
      spec: task.template.healthCheck,
      image: catalog.lookup(task.template.resolvedImage)?.healthcheck)
  }

  private static func probe(_ id: String, _ cluster: inout Cluster) {
    guard let before = cluster.state.containers[id]?.health else { return }
    let now = cluster.now
    // The probe may call the container's own app, which updates the container.
    let result = ContainerCommand.run(test: before.check.test, in: id, &cluster)
    guard var container = cluster.state.containers[id], var health = container.health else {
      return
    }
    // docker keeps at most 4 KiB of a probe's output.
    let output = String(decoding: result.output.utf8.prefix(4096), as: UTF8.self)
    health.record(
      HealthProbe(start: now, end: now, exitCode: result.exitCode, output: output),
      startedAt: container.startedAt ?? now)
    container.health = health
    cluster.state.containers[id] = container
    guard let taskID = container.taskID, let task = cluster.state.tasks[taskID],
      task.desiredState <= .running, !task.status.state.isTerminal
    else { return }
    switch health.status {
    case .healthy where task.status.state == .starting:
      cluster.state.tasks[taskID]?.setStatus(.running, message: "started", now: now)
    case .unhealthy:
      unhealthy(container, task, &cluster)
    default:
      break
    }
  }

  /// The controller stops an unhealthy container; the task fails with the exit code the app
  /// gives SIGTERM and the health error as its cause (a clean exit completes it instead).
  private static func unhealthy(_ container: Container, _ task: SwarmTask, _ cluster: inout Cluster)
  {
    let now = cluster.now
    let code = cluster.catalog.lookup(container.resolvedImage)?.stopExitCode ?? 143
    cluster.state.containers[container.id]?.state = .exited
    cluster.state.containers[container.id]?.finishedAt = now
    cluster.state.containers[container.id]?.exitCode = code
    if code == 0 {
      cluster.state.tasks[task.id]?.setStatus(.complete, message: "finished", now: now)
      return
    }
    cluster.state.tasks[task.id]?.setStatus(
      .failed, message: task.status.message, now: now,
      err: "task: non-zero exit (\(code)): dockerexec: unhealthy container")
    cluster.state.tasks[task.id]?.status.exitCode = code
  }
}
