/// What components read from the task index: tasks by slot and by handle, in table order.
extension TaskIndex {
  /// A slot's tasks that exist, oldest first.
  func tasks(in slot: SlotKey, _ state: ClusterState) -> [SwarmTask] {
    tasks(slotNumbers[slot].map { slotTasks[$0].handles } ?? [], state)
  }

  /// The slots that hold tasks, by number.
  var usedSlots: [Int] { slotNumbers.all }

  /// The tasks holding these handles, in the handles' order.
  func tasks(_ handles: some Sequence<Int>, _ state: ClusterState) -> [SwarmTask] {
    handles.compactMap { state.tasks.position(ofHandle: $0).map { state.tasks.values[$0] } }
  }

  /// Task IDs in table order (components act in that order, as a scan of the table would).
  static func inTableOrder(_ ids: some Sequence<String>, _ state: ClusterState) -> [String] {
    ids.compactMap { state.tasks.index(forKey: $0) }.sorted().map { state.tasks.keys[$0] }
  }

  /// The table positions of the tasks holding these handles, ascending: for components that
  /// change tasks in place and add or remove none, so the positions stay valid.
  static func positions(of handles: some Sequence<Int>, _ state: ClusterState) -> [Int] {
    handles.compactMap { state.tasks.position(ofHandle: $0) }.sorted()
  }

  func serviceSlots(_ serviceID: String) -> ServiceSlots? { services[serviceID] }
}
