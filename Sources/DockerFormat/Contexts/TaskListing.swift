public import EngineAPI

/// Tasks in the order `service ps`, `node ps` and `stack ps` print them: docker/cli's
/// `task.Print` names each task (`svc.slot`, or `svc.nodeID` for a global task) and sorts
/// stably by name in natural order, then newest first.
///
/// The order is kept as positions into the daemon's list, so a 100,000-task listing moves
/// integers rather than `Task` values, and each name is made once for sorting and rows alike.
public struct TaskListing: Sendable {
  /// The tasks as the daemon listed them.
  public let tasks: [Task]
  /// Positions in `tasks`, in docker's order.
  public let order: [Int]
  /// The names the CLI looked up (services, nodes) to show instead of IDs.
  public let objectNames: ObjectNames
  /// Whether IDs are shown as they are (`--no-resolve`).
  public let noResolve: Bool
  /// Each task's name, by position in `tasks`.
  let names: [String]

  public init(_ tasks: [Task], _ objectNames: ObjectNames, noResolve: Bool = false) {
    self.tasks = tasks
    self.objectNames = objectNames
    self.noResolve = noResolve
    var names: [String] = []
    names.reserveCapacity(tasks.count)
    // A listing is mostly one service's tasks in a row: its name is looked up once per run.
    var service: (id: String, name: String)?
    // By position: each field is read in place, where `for task in tasks` copies every task.
    for position in tasks.indices {
      let serviceID = tasks[position].serviceID ?? ""
      let serviceName: String
      if let service, service.id == serviceID {
        serviceName = service.name
      } else {
        serviceName = noResolve ? serviceID : (objectNames.services[serviceID] ?? serviceID)
        service = (serviceID, serviceName)
      }
      var name = serviceName
      name.append(".")
      if let slot = tasks[position].slot {
        name.append(String(slot))
      } else {
        name.append(tasks[position].nodeID ?? "")
      }
      names.append(name)
    }
    self.names = names
    self.order = Self.order(tasks, names)
  }

  /// docker's comparison, `sort.Stable` over `tasksSortable`: names in natural order, then
  /// newest first. Tasks made at the same simulated instant (a restart and the rollback
  /// replacing it) keep creation order, newest first, as real timestamps never tie.
  ///
  /// Equal names are found once (each distinct name gets a group), and the distinct names are
  /// ranked once in natural order (names natural order cannot tell apart, `a01.1` and `a1.1`,
  /// share a rank), so the sort itself compares integers.
  private static func order(_ tasks: [Task], _ names: [String]) -> [Int] {
    var groupOfName: [String: Int] = [:]
    groupOfName.reserveCapacity(names.count)
    var distinct: [String] = []
    var groups: [Int] = []
    groups.reserveCapacity(names.count)
    for name in names {
      let next = distinct.count
      let group = Self.value(&groupOfName[name, default: next])
      if group == next { distinct.append(name) }
      groups.append(group)
    }
    var keys = NaturalOrder.KeyTable(capacity: distinct.count)
    for name in distinct { keys.append(name) }
    let byKey = distinct.indices.sorted { keys.less($0, $1) }
    var rankOfGroup = [Int](repeating: 0, count: distinct.count)
    var rank = 0
    for (n, group) in byKey.enumerated() {
      if n > 0 && keys.less(byKey[n - 1], group) { rank += 1 }
      rankOfGroup[group] = rank
    }
    let ranks = groups.map { rankOfGroup[$0] }
    let created = tasks.map(\.createdAt.unixNanos)
    return tasks.indices.sorted { a, b in
      if groups[a] != groups[b] { return ranks[a] < ranks[b] }
      if created[a] != created[b] { return created[a] > created[b] }
      return a > b
    }
  }

  /// Reads a dictionary entry through its defaulting accessor: one hash to find or insert.
  private static func value(_ entry: inout Int) -> Int { entry }

  /// The task at `row` of the listing.
  public subscript(row: Int) -> Task { tasks[order[row]] }

  /// The tasks in docker's order.
  public var sorted: [Task] { order.map { tasks[$0] } }

  /// The name each row shows, in `order`. In a table a slot's older tasks are indented
  /// (` \_ web.1`); docker keeps the shown name by task ID, so a task listed twice
  /// (`node ps self self`) shows its second, indented name on both rows. One ID is one task,
  /// so both copies have one name and sit in one run of equal names: only a run's first row
  /// can change, when its task is listed again further down the run.
  public func shownNames(isTable: Bool) -> [String] {
    var shown = order.map { names[$0] }
    guard isTable else { return shown }
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, shown[end] == shown[start] { end += 1 }
      if end - start > 1 {
        let firstID = tasks[order[start]].id
        let listedAgain = (start + 1..<end).contains { tasks[order[$0]].id == firstID }
        for row in start..<end where row > start || listedAgain {
          shown[row] = " \\_ " + shown[row]
        }
      }
      start = end
    }
    return shown
  }
}
