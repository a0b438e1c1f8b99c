public import EngineAPI
public import GoTemplate

/// The row of `service ps` / `node ps` (`*task.taskContext`) as a template value, for a
/// `--format` of the learner's; the default table skips templates (`TaskTable`).
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
    TaskListing(tasks, names, noResolve: noResolve).sorted
  }

  /// Every row of the listing, in its order, as the template value docker's formatter reads.
  public static func rows(_ listing: TaskListing, now: Timestamp, options: TaskRowOptions)
    -> [TemplateValue]
  {
    var cells = TaskCells(listing, now: now, options: options)
    let shown = listing.shownNames(isTable: options.isTable)
    return listing.order.indices.map { row in
      let task = listing[row]
      return .object(
        type: typeName,
        fields: [
          TemplateField("ID", .string(cells.id(task.id))),
          TemplateField("Name", .string(shown[row])),
          TemplateField("Image", .string(cells.image(task.spec.containerSpec?.image))),
          TemplateField("Node", .string(cells.node(task.nodeID))),
          TemplateField("DesiredState", .string(cells.desiredState(task.desiredState))),
          TemplateField(
            "CurrentState",
            .string(cells.currentState(task.status.state, since: task.status.timestamp))),
          TemplateField("Error", .string(cells.error(task.status.err))),
          TemplateField("Ports", .string(cells.ports(task.status.portStatus.ports))),
        ])
    }
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
