/// The check some images run before their app (`CMD curl --fail http://numbers-api/rng &&
/// dotnet Numbers.Web.dll`): it runs as the task starts, its output opens the container's
/// log, and when it fails the container exits with its code, so the task fails and is
/// restarted like any crashed app.
enum StartupCheck {
  static func run(for taskID: String, _ cluster: inout Cluster) {
    guard let task = cluster.state.tasks[taskID], let cid = task.containerID,
      let script = cluster.catalog.lookup(task.template.resolvedImage)?.startupCheck
    else { return }
    let now = cluster.now
    let result = ContainerCommand.run(script: script, in: cid, &cluster)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast(result.output.hasSuffix("\n") ? 1 : 0)
      .map { LogLine(time: now, text: String($0)) }
    cluster.state.containers[cid]?.extraLogs += lines
    guard result.exitCode != 0 else { return }
    cluster.state.containers[cid]?.state = .exited
    cluster.state.containers[cid]?.startedAt = now
    cluster.state.containers[cid]?.finishedAt = now
    cluster.state.containers[cid]?.exitCode = result.exitCode
    cluster.state.containers[cid]?.startupCheckFailed = true
    cluster.state.tasks[taskID]?.setStatus(
      .failed, message: "started", now: now,
      err: "task: non-zero exit (\(result.exitCode))")
    cluster.state.tasks[taskID]?.status.exitCode = result.exitCode
  }
}
