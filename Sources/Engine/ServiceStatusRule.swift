public import EngineAPI
public import SwarmCore

/// How many of a service's tasks run, out of how many are wanted: the one rule every view
/// uses (`service ls` REPLICAS, `ServiceStatus`, lessons). As moby's `status=true`: a task
/// counts as running when its state is running; a replicated service wants its replica
/// count, a global one a task on every node it has a running-desired task for.
public enum ServiceStatusRule {
  public static func status(of service: SwarmCore.Service, _ state: ClusterState)
    -> EngineAPI.ServiceStatus
  {
    var running: UInt64 = 0
    var desiredRunning: UInt64 = 0
    var completed: UInt64 = 0
    for task in state.tasks.values where task.serviceID == service.id {
      if task.status.state == .running { running += 1 }
      if task.desiredState == .running { desiredRunning += 1 }
      if task.status.state == .complete { completed += 1 }
    }
    let desired = service.spec.replicas.map { UInt64($0) } ?? desiredRunning
    return EngineAPI.ServiceStatus(
      runningTasks: running, desiredTasks: desired, completedTasks: completed)
  }
}
