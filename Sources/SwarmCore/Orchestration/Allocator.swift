/// Moves new tasks to pending once their network resources exist: an address on each network
/// of the service (swarmkit's allocator, with serial IPAM). Nodes get their load-balancer
/// endpoints once tasks are assigned to them, so a service's first endpoint comes after its
/// task addresses.
enum Allocator {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    cluster.refreshTaskIndex()
    var book = AddressBook()
    var changed = IPAM.allocateLoadBalancers(&cluster, book: &book)
    guard !cluster.taskIndex.fresh.isEmpty else { return changed }
    // Tasks are changed in place by position: the allocator adds and removes none.
    for index in TaskIndex.positions(of: cluster.taskIndex.fresh.elements, cluster.state) {
      if cluster.state.tasks[position: index].desiredState > .running {
        cluster.state.tasks[position: index].setStatus(
          .shutdown, message: "shutdown", now: cluster.now)
        changed = true
        continue
      }
      IPAM.attach(task: index, in: &cluster, book: &book)
      cluster.state.tasks[position: index].setStatus(
        .pending, message: "pending task scheduling", now: cluster.now)
      changed = true
    }
    return changed
  }
}
