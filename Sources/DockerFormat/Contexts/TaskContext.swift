public import EngineAPI
public import GoTemplate

/// The row of `service ps` / `node ps` (`*task.taskContext`), with docker's sort order and
/// ` \_ ` marking of a slot's history.
public enum TaskContext {
  public static let typeName = "*task.taskContext"
  public static let defaultFormat =
    "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}"
  public static let headers = [
    TemplateField("ID", .string("ID")), TemplateField("Name", .string("NAME")),
    TemplateField("Image", .string("IMAGE")), TemplateField("Node", .string("NODE")),
    TemplateField("DesiredState", .string("DESIRED STATE")),
    TemplateField("CurrentState", .string("CURRENT STATE")),
    TemplateField("Error", .string("ERROR")),
    TemplateField("Ports", .string("PORTS")),
  ]

  /// docker's order: by task name (natural order), then newest first.
  public static func sorted(_ tasks: [Task], _ names: ObjectNames, noResolve: Bool = false)
    -> [Task]
  {
    // Sort positions, not tasks: a `Task` is large and a 100,000-task listing would move
    // each one many times. Tasks made at the same simulated instant (a restart and the
    // rollback replacing it) keep creation order, newest first, as real timestamps never tie.
    let keys = tasks.map { name($0, names, noResolve: noResolve) }
    let natural = keys.map(NaturalOrder.Key.init)
    let order = tasks.indices.sorted { a, b in
      if keys[a] != keys[b] { return natural[a] < natural[b] }
      if tasks[a].createdAt != tasks[b].createdAt { return tasks[a].createdAt > tasks[b].createdAt }
      return a > b
    }
    return order.map { tasks[$0] }
  }

  /// `svc.slot`, or `svc.nodeID` for global tasks.
  static func name(_ task: Task, _ names: ObjectNames, noResolve: Bool) -> String {
    let serviceID = task.serviceID ?? ""
    let service = noResolve ? serviceID : (names.services[serviceID] ?? serviceID)
    return "\(service).\(task.slot.map(String.init) ?? task.nodeID ?? "")"
  }

  public static func rows(
    _ tasks: [Task], _ names: ObjectNames, now: Timestamp, options: TaskRowOptions
  ) -> [TemplateValue] {
    // docker keeps the shown name by task ID, so a task listed twice (`node ps self self`)
    // shows its second, indented name on both rows.
    var previous: String?
    var shown: [String: String] = [:]
    for task in tasks {
      let name = name(task, names, noResolve: options.noResolve)
      shown[task.id] = options.isTable && name == previous ? " \\_ " + name : name
      previous = name
    }
    return tasks.map { task in
      let name = shown[task.id] ?? ""
      let node =
        task.nodeID.map { id in options.noResolve ? id : (names.nodes[id] ?? id) } ?? ""
      var error = task.status.err ?? ""
      if !error.isEmpty {
        if !options.noTrunc && error.count > 30 { error = String(error.prefix(29)) + "…" }
        error = "\"\(error)\""
      }
      let image = task.spec.containerSpec?.image ?? ""
      let desired = task.desiredState ?? ""
      return .object(
        type: typeName,
        fields: [
          TemplateField("ID", .string(options.noTrunc ? task.id : String(task.id.prefix(12)))),
          TemplateField("Name", .string(name)),
          TemplateField(
            "Image", .string(options.noTrunc ? image : ImageText.stripDigest(image))),
          TemplateField("Node", .string(node)),
          TemplateField(
            "DesiredState", .string(desired.prefix(1).uppercased() + desired.dropFirst())),
          TemplateField(
            "CurrentState",
            .string(
              HumanDuration.taskState(task.status.state, since: task.status.timestamp, now: now))),
          TemplateField("Error", .string(error)),
          TemplateField("Ports", .string(ports(task))),
        ])
    }
  }
}

extension TaskContext {
  /// docker/cli's `taskContext.Ports`: the task's host-mode ports as `*:80->80/tcp`.
  static func ports(_ task: Task) -> String {
    (task.status.portStatus.ports ?? []).map {
      "*:\($0.publishedPort ?? 0)->\($0.targetPort ?? 0)/\($0.protocol ?? "tcp")"
    }.joined(separator: ",")
  }
}

/// Switches that change task rows.
public struct TaskRowOptions: Sendable {
  public var noTrunc = false
  public var noResolve = false
  public var isTable = true

  public init(noTrunc: Bool = false, noResolve: Bool = false, isTable: Bool = true) {
    self.noTrunc = noTrunc
    self.noResolve = noResolve
    self.isTable = isTable
  }
}
