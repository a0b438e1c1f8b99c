import DistributionReference

/// The worker side: each node's agent walks its assigned tasks through accepted → preparing
/// → ready → starting → running, creates and starts their containers, stops them when the
/// desired state moves past running, and reports exits. Every step happens a fixed latency
/// after the previous one, so the timeline is reproducible.
enum Agent {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    cluster.refreshTaskIndex()
    let due = cluster.taskIndex.agentDeadlines.takeDue(cluster.now)
    guard !due.isEmpty else { return false }
    // Due tasks act in table order, as a scan would find them: a step creates containers
    // (IDs drawn in turn). A step changes only its own task (and containers), never another
    // task's due time, and adds no tasks.
    let positions = TaskIndex.positions(of: due, cluster.state)
    // Sized for a large batch of new containers at once (see `TaskTable.reserveCapacity`).
    let creating = positions.count {
      cluster.state.tasks.values[$0].status.state == .preparing
        && cluster.state.tasks.values[$0].desiredState <= .running
    }
    if creating >= TaskTable.bulk && creating >= cluster.state.containers.count / 4 {
      cluster.state.containers.reserveCapacity(cluster.state.containers.count + creating)
    }
    for index in positions {
      step(cluster.state.tasks.values[index], at: index, &cluster)
      // Its deadline was taken: the index works out the next one.
      cluster.state.tasks.touch(position: index)
    }
    return true
  }

  static func nextDeadline(_ cluster: Cluster) -> SimTime? {
    guard !cluster.state.tasks.hasUnindexedChanges else { return scanNextDeadline(cluster) }
    return cluster.taskIndex.agentDeadlines.earliest
  }

  /// The earliest due time by reading every task: what the index answers, for a caller that
  /// changed tasks and did not settle, and for checking the index.
  static func scanNextDeadline(_ cluster: Cluster) -> SimTime? {
    var earliest: SimTime?
    let working = workingNodes(cluster.state)
    cluster.state.tasks.values.elements.withUnsafeBufferPointer { tasks in
      for index in tasks.indices {
        if let due = dueTime(tasks[index], working, cluster), earliest.map({ due < $0 }) ?? true {
          earliest = due
        }
      }
    }
    return earliest
  }

  /// Nodes whose agent works right now: ready, on a powered-on machine. Looked up, never
  /// iterated.
  static func workingNodes(_ state: ClusterState) -> Set<String> {
    var working: Set<String> = []
    working.reserveCapacity(state.nodes.count)
    for machine in state.machines where machine.isRunning {
      guard let nodeID = machine.nodeID, state.nodes[nodeID]?.state == .ready else { continue }
      working.insert(nodeID)
    }
    return working
  }

  /// When the agent will next act on this task, or nil if it is idle.
  static func dueTime(_ task: SwarmTask, _ working: Set<String>, _ cluster: Cluster)
    -> SimTime?
  {
    guard let nodeID = task.nodeID, working.contains(nodeID) else { return nil }
    let lat = cluster.config.latency
    let ts = task.status.timestamp
    let stopping = task.desiredState > .running
    switch task.status.state {
    case .assigned, .accepted, .preparing, .ready, .starting:
      if stopping { return max(ts, task.updatedAt) }
      // Started and waiting to be healthy: the health monitor moves it on.
      if task.status.state == .starting, let cid = task.containerID,
        cluster.state.containers[cid]?.health != nil
      {
        return nil
      }
      switch task.status.state {
      case .assigned: return ts + lat.accept
      case .accepted: return ts + lat.prepare
      case .preparing:
        return ts
          + (cluster.catalog.exitRule(task.resolvedImage).known ? lat.ready : lat.reject)
      case .ready: return task.desiredState == .running ? ts + lat.start : nil
      default: return ts + lat.running
      }
    case .running:
      if stopping { return task.updatedAt + lat.stop }
      if let exit = exitTime(task, cluster) { return exit }
      return nil
    default:
      return nil
    }
  }

  private static func exitTime(_ task: SwarmTask, _ cluster: Cluster) -> SimTime? {
    guard let exit = cluster.catalog.exitRule(task.resolvedImage).exit,
      let after = GoDurationParser.parse(exit.after)
    else { return nil }
    return task.status.timestamp + after
  }

  /// `index` is the task's position in the task table, so the step changes it in place.
  private static func step(_ task: SwarmTask, at index: Int, _ cluster: inout Cluster) {
    let now = cluster.now
    if task.desiredState > .running {
      stopContainer(of: task, exitCode: 0, &cluster)
      cluster.state.tasks[position: index].setStatus(.shutdown, message: "shutdown", now: now)
      return
    }
    switch task.status.state {
    case .assigned:
      cluster.state.tasks[position: index].setStatus(.accepted, message: "accepted", now: now)
    case .accepted:
      cluster.state.tasks[position: index].setStatus(.preparing, message: "preparing", now: now)
    case .preparing:
      guard cluster.catalog.knows(task.resolvedImage) else {
        let ref = ImageReference(task.template.image).familiar
        cluster.state.tasks[position: index].setStatus(
          .rejected, message: "preparing", now: now, err: "No such image: \(ref)")
        return
      }
      createContainer(for: task, at: index, &cluster)
      cluster.state.tasks[position: index].setStatus(.ready, message: "prepared", now: now)
    case .ready:
      cluster.state.tasks[position: index].setStatus(.starting, message: "starting", now: now)
      StartupCheck.run(for: task.id, &cluster)
    case .starting:
      if let cid = task.containerID, let position = cluster.state.containers.index(forKey: cid) {
        cluster.state.containers.values[position].state = .running
        cluster.state.containers.values[position].startedAt = now
        // With a health check the task runs only once the container is healthy.
        if let check = HealthMonitor.check(for: task, cluster.catalog) {
          HealthMonitor.begin(cid, check: check, &cluster)
          return
        }
      }
      cluster.state.tasks[position: index].setStatus(.running, message: "started", now: now)
    case .running:
      let code = cluster.catalog.exitRule(task.resolvedImage).exit?.code ?? 0
      stopContainer(of: task, exitCode: code, &cluster)
      if code == 0 {
        cluster.state.tasks[position: index].setStatus(.complete, message: "finished", now: now)
      } else {
        cluster.state.tasks[position: index].setStatus(
          .failed, message: "started", now: now, err: "task: non-zero exit (\(code))")
        cluster.state.tasks[position: index].status.exitCode = code
      }
    default:
      break
    }
  }

  private static func createContainer(for task: SwarmTask, at index: Int, _ cluster: inout Cluster)
  {
    // Fields read in place rather than the service and the node copied out, once per task.
    guard let serviceIndex = cluster.state.services.index(forKey: task.serviceID),
      let nodeID = task.nodeID, let nodeIndex = cluster.state.nodes.index(forKey: nodeID)
    else { return }
    let serviceName = cluster.state.services.values[serviceIndex].spec.name
    let hostname = cluster.state.nodes.values[nodeIndex].hostname
    let image = cluster.catalog.lookup(task.template.resolvedImage)
    var command = image?.command ?? ""
    if !task.template.command.isEmpty || !task.template.args.isEmpty {
      command = (task.template.command.isEmpty ? [command] : task.template.command)
        .joined(separator: " ")
      if !task.template.args.isEmpty { command += " " + task.template.args.joined(separator: " ") }
    }
    var container = Container(
      id: cluster.ids.containerID(), name: "",
      image: task.template.image, resolvedImage: task.template.resolvedImage, command: command,
      nodeID: hostname, now: cluster.now)
    container.belong(to: task, serviceName: serviceName, nodeID: nodeID)
    // Shared with the template or the image when only one of them sets any (no copy per task).
    let imageEnv = image?.env ?? []
    container.env =
      imageEnv.isEmpty
      ? task.template.env : task.template.env.isEmpty ? imageEnv : task.template.env + imageEnv
    container.app = AppState(image?.http, env: container.env)
    // The swarm's labels are derived when read (`Container.labels`).
    container.givenLabels = task.template.containerLabels
    VolumeMounts.attach(&container, template: task.template, image: image, &cluster)
    cluster.state.containers[container.id] = container
    cluster.state.tasks[position: index].containerID = container.id
  }

  private static func stopContainer(of task: SwarmTask, exitCode: Int, _ cluster: inout Cluster) {
    guard let cid = task.containerID, var container = cluster.state.containers[cid] else { return }
    guard container.state == .running else { return }
    container.state = .exited
    container.finishedAt = cluster.now
    container.exitCode = exitCode
    cluster.state.containers[cid] = container
  }

  /// A container died under its task (killed, stopped or removed by hand): the task fails
  /// with the container's exit code, and the orchestrator takes it from there.
  static func containerExited(_ containerID: String, exitCode: Int, _ cluster: inout Cluster) {
    guard let taskID = cluster.state.containers[containerID]?.taskID,
      let task = cluster.state.tasks[taskID], !task.status.state.isTerminal
    else { return }
    if task.desiredState > .running || exitCode == 0 {
      let state: TaskState = task.desiredState > .running ? .shutdown : .complete
      cluster.state.tasks[taskID]?.setStatus(
        state, message: state == .shutdown ? "shutdown" : "finished", now: cluster.now)
    } else {
      cluster.state.tasks[taskID]?.setStatus(
        .failed, message: "started", now: cluster.now, err: "task: non-zero exit (\(exitCode))")
      cluster.state.tasks[taskID]?.status.exitCode = exitCode
    }
  }
}
