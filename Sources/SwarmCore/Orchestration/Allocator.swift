/// Moves new tasks to pending once their network resources exist: an address on each network
/// of the service (swarmkit's allocator, with serial IPAM). Nodes get their load-balancer
/// endpoints once tasks are assigned to them, so a service's first endpoint comes after its
/// task addresses.
enum Allocator {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    var book = AddressBook()
    var changed = IPAM.allocateLoadBalancers(&cluster, book: &book)
    for task in cluster.state.tasks.values where task.status.state == .new {
      if task.desiredState > .running {
        cluster.state.tasks[task.id]?.setStatus(.shutdown, message: "shutdown", now: cluster.now)
        changed = true
        continue
      }
      IPAM.attach(task: task.id, in: &cluster, book: &book)
      cluster.state.tasks[task.id]?.setStatus(
        .pending, message: "pending task scheduling", now: cluster.now)
      changed = true
    }
    return changed
  }
}
