/// What a user can do to containers by hand. Task containers react as on a real node: the
/// task fails with the container's exit status and the orchestrator replaces it.
extension ControlAPI {
  /// `docker container rm [-f]`. Without force a running container is refused.
  public static func removeContainer(_ id: String, force: Bool, _ cluster: inout Cluster)
    throws(ControlError)
  {
    guard let container = cluster.state.containers[id] else {
      throw .plain("No such container: \(id)")
    }
    if container.isRunning {
      guard force else {
        throw .plain(
          "You cannot remove a running container \(container.id). Stop the container before attempting removal or force remove"
        )
      }
      kill(id, exitCode: 137, &cluster)
    }
    cluster.state.containers[id] = nil
    VolumeMounts.release(containerID: id, &cluster)
    cluster.settle()
  }

  /// `docker container stop`: SIGTERM; the simulated apps exit with 143.
  public static func stopContainer(_ id: String, _ cluster: inout Cluster) throws(ControlError) {
    guard cluster.state.containers[id] != nil else { throw .plain("No such container: \(id)") }
    kill(id, exitCode: 143, &cluster)
    cluster.settle()
  }

  /// `docker container kill`: SIGKILL, exit 137. Killing a stopped container is an error.
  public static func killContainer(_ id: String, _ cluster: inout Cluster) throws(ControlError) {
    guard let container = cluster.state.containers[id] else {
      throw .plain("No such container: \(id)")
    }
    guard container.isRunning else {
      throw .plain("Cannot kill container: \(id): Container \(container.id) is not running")
    }
    kill(id, exitCode: 137, &cluster)
    cluster.settle()
  }

  private static func kill(_ id: String, exitCode: Int, _ cluster: inout Cluster) {
    guard var container = cluster.state.containers[id], container.isRunning else { return }
    container.state = .exited
    container.exitCode = exitCode
    container.finishedAt = cluster.now
    container.ownNetworks = []
    cluster.state.containers[id] = container
    Agent.containerExited(id, exitCode: exitCode, &cluster)
    // `--rm`: the daemon removes the container once it has stopped.
    if container.standalone?.autoRemove == true {
      cluster.state.containers[id] = nil
      VolumeMounts.release(containerID: id, &cluster)
    }
  }
}

extension ControlAPI {
  /// `docker container start`: a stopped container runs again. A task container restarted by
  /// hand does not revive its task (swarm has already replaced it), as on a real node.
  public static func startContainer(_ id: String, _ cluster: inout Cluster) throws(ControlError) {
    guard var container = cluster.state.containers[id] else {
      throw .plain("No such container: \(id)")
    }
    guard !container.isRunning else { return }
    container.state = .running
    container.startedAt = cluster.now
    container.finishedAt = nil
    container.exitCode = nil
    cluster.state.containers[id] = container
  }
}
