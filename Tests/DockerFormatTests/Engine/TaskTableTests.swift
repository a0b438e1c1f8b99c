import EngineAPI
import GoTemplate
import Testing

@testable import DockerFormat

/// The default `service ps` / `node ps` table is written without templates (`TaskTable`); a
/// learner's `--format` goes through `TaskContext`'s template values. Both must print what the
/// template path printed before either existed: `Reference` below is that code, kept as it was
/// (a name per task, `NaturalOrder.less`, a template value per row, `TableFormatter`).
@Suite struct TaskTableTests {
  /// Task lists with what changes a row: history under one slot (and tasks made at the same
  /// instant), global tasks, errors short, long, multi-line and non-ASCII, host ports, digests,
  /// names that resolve or not, natural-order ties (`a0` / `a00`), a task listed twice, odd IDs.
  static func listings() -> [(String, [Task], ObjectNames)] {
    var names = ObjectNames()
    names.services = [
      "svc1aaaaaaaaaaaaaaaaaaaaa": "web", "svc2": "a0", "svc3": "a00", "svc4": "日本",
    ]
    names.nodes = ["node1aaaaaaaaaaaaaaaaaaaa": "manager-1", "node2": "worker-é"]
    let t0 = Timestamp(unixNanos: 1_600_000_000_000_000_000)
    func task(
      _ id: String, service: String?, slot: Int?, node: String?, created: Int64 = 0,
      state: String = "running", desired: String? = "running", err: String? = nil,
      image: String? = "diamol/ch12-timecheck:1.0", since: Int64 = -5_000_000_000,
      ports: [PortConfig]? = nil
    ) -> Task {
      Task(
        id: id, version: ObjectVersion(index: 1),
        createdAt: Timestamp(unixNanos: t0.unixNanos + created * 1_000_000_000),
        updatedAt: t0, spec: TaskSpec(containerSpec: image.map { ContainerSpec(image: $0) }),
        serviceID: service, slot: slot, nodeID: node,
        status: TaskStatus(
          timestamp: Timestamp(unixNanos: t0.unixNanos + 600_000_000_000 + since),
          state: state, message: "", err: err, portStatus: PortStatus(ports: ports)),
        desiredState: desired)
    }
    let web = "svc1aaaaaaaaaaaaaaaaaaaaa"
    let n1 = "node1aaaaaaaaaaaaaaaaaaaa"
    let history = [
      task("o3ofbg3c2ztea1b2c3d4e5f6g", service: web, slot: 1, node: n1, created: 10),
      task(
        "hg5ah8ac3vnzh1h2h3h4h5h6h", service: web, slot: 1, node: "node2", created: 4,
        state: "failed", desired: "shutdown", err: "task: non-zero exit (137)",
        since: -300_000_000_000),
      task("aaaaaaaaaaaa1", service: web, slot: 10, node: n1, created: 3),
      task("aaaaaaaaaaaa2", service: web, slot: 2, node: n1, created: 3),
      task(
        "bbbbbbbbbbbb3", service: web, slot: 2, node: "gone-node", created: 3,
        state: "rejected", desired: "shutdown",
        err: "No such image: diamol/ch12-timecheck:9.9 in any registry at all",
        since: -61_000_000_000),
      task(
        "cccccccccccc4", service: web, slot: 2, node: n1, created: 3, state: "shutdown",
        desired: "shutdown",
        image: "diamol/ch12-timecheck:1.0@sha256:" + String(repeating: "ab", count: 32)),
    ]
    let global = [
      task("g1", service: "svc2", slot: nil, node: n1, err: "multi\nline\terror"),
      task(
        "g2", service: "svc3", slot: nil, node: "node2",
        ports: [
          PortConfig(targetPort: 80, publishedPort: 8080, publishMode: "host"),
          PortConfig(protocol: "udp", targetPort: 53, publishedPort: 53, publishMode: "host"),
        ]),
      task("g3", service: "svc2", slot: 1, node: nil, state: "pending", desired: nil, image: nil),
      task("g4", service: "svc3", slot: 1, node: "node2", image: "nginx"),
      task(
        "g5", service: "svc4", slot: 3, node: "node2",
        err: "ошибка: " + String(repeating: "é", count: 40)),
      task("g6é13456789012345", service: nil, slot: 0, node: nil),
      task("abcdefghijkl\u{301}mnop", service: "unknown-service", slot: 7, node: n1),
      task("abcdefghijk\r\nmnop", service: "svc4", slot: 2, node: n1),
    ]
    let twice = history + history.reversed()
    var lists: [(String, [Task], ObjectNames)] = [
      ("empty", [], names), ("history", history, names), ("global", global, names),
      ("listed twice", twice, names), ("all", history + global, ObjectNames()),
      ("all resolved", global + history, names),
    ]
    // Lists drawn from the same tasks in many orders and subsets (some listed twice, as
    // `node ps self self` does), with made-up ties; a changed task gets an ID of its own, as
    // one ID is one task to the daemon.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let pool = history + global
    for n in 0..<60 {
      var list: [Task] = []
      for _ in 0..<(next() % 24) {
        var t = pool[next() % pool.count]
        if next() % 3 == 0 {
          t.createdAt = Timestamp(unixNanos: t0.unixNanos + Int64(next() % 3))
          t.id += "c\(t.createdAt.unixNanos % 3)"
        }
        if next() % 4 == 0 {
          t.slot = next() % 4
          t.id += "s\(t.slot ?? 0)"
        }
        list.append(t)
      }
      lists.append(("random \(n)", list, n % 2 == 0 ? names : ObjectNames()))
    }
    return lists
  }

  static let now = Timestamp(unixNanos: 1_600_000_000_000_000_000 + 600_000_000_000)

  @Test func defaultTableIsTheTemplatePathsOutput() throws {
    var checked = 0
    for (label, tasks, names) in Self.listings() {
      for noTrunc in [false, true] {
        for noResolve in [false, true] {
          let expected = try Reference.table(
            tasks, names, format: TaskContext.defaultFormat, noTrunc: noTrunc,
            noResolve: noResolve)
          let listing = TaskListing(tasks, names, noResolve: noResolve)
          let typed = TaskTable.render(listing, now: Self.now, noTrunc: noTrunc)
          #expect(typed == expected, "\(label) noTrunc=\(noTrunc) noResolve=\(noResolve)")
          let options = TaskRowOptions(noTrunc: noTrunc, noResolve: noResolve)
          let generic = try TableFormatter(
            format: TaskContext.defaultFormat, header: TaskContext.headers
          ).render(TaskContext.rows(listing, now: Self.now, options: options))
          #expect(generic == expected, "\(label) noTrunc=\(noTrunc) noResolve=\(noResolve)")
          checked += 1
        }
      }
    }
    #expect(checked > 200)
  }

  /// A learner's formats, table or not (where `\_` is never shown), and `--quiet`'s order.
  @Test func learnerFormatsAndQuietMatchTheTemplatePath() throws {
    let formats = [
      "{{.Name}}", "table {{.Name}}\t{{.Error}}", "{{.ID}} {{.Node}} {{.CurrentState}}",
      "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}",
      "{{json .}}",
    ]
    for (label, tasks, names) in Self.listings() {
      let listing = TaskListing(tasks, names)
      #expect(
        listing.sorted.map(\.id) == Reference.sorted(tasks, names, noResolve: false).map(\.id))
      for format in formats {
        let expected = try Reference.table(
          tasks, names, format: format, noTrunc: false, noResolve: false)
        let options = TaskRowOptions(isTable: format.hasPrefix("table"))
        let generic = try TableFormatter(format: format, header: TaskContext.headers).render(
          TaskContext.rows(listing, now: Self.now, options: options))
        #expect(generic == expected, "\(label) \(format)")
      }
    }
  }

  @Test func onlyTheDefaultFormatTakesTheTypedPath() {
    #expect(TaskTable.isDefault(nil))
    #expect(TaskTable.isDefault(TaskContext.defaultFormat))
    #expect(!TaskTable.isDefault("table {{.ID}}"))
    #expect(!TaskTable.isDefault(TaskContext.defaultFormat + " "))
  }

  /// The code both paths replaced, verbatim in behaviour.
  enum Reference {
    static func name(_ task: Task, _ names: ObjectNames, noResolve: Bool) -> String {
      let serviceID = task.serviceID ?? ""
      let service = noResolve ? serviceID : (names.services[serviceID] ?? serviceID)
      return "\(service).\(task.slot.map(String.init) ?? task.nodeID ?? "")"
    }

    static func sorted(_ tasks: [Task], _ names: ObjectNames, noResolve: Bool) -> [Task] {
      let keys = tasks.map { name($0, names, noResolve: noResolve) }
      let order = tasks.indices.sorted { a, b in
        if keys[a] != keys[b] { return NaturalOrder.less(keys[a], keys[b]) }
        if tasks[a].createdAt != tasks[b].createdAt {
          return tasks[a].createdAt > tasks[b].createdAt
        }
        return a > b
      }
      return order.map { tasks[$0] }
    }

    static func table(
      _ list: [Task], _ names: ObjectNames, format: String, noTrunc: Bool, noResolve: Bool,
      now: Timestamp = TaskTableTests.now
    ) throws -> String {
      let tasks = sorted(list, names, noResolve: noResolve)
      let isTable = format.hasPrefix("table")
      var previous: String?
      var shown: [String: String] = [:]
      for task in tasks {
        let name = name(task, names, noResolve: noResolve)
        shown[task.id] = isTable && name == previous ? " \\_ " + name : name
        previous = name
      }
      let rows: [TemplateValue] = tasks.map { task in
        let node = task.nodeID.map { id in noResolve ? id : (names.nodes[id] ?? id) } ?? ""
        var error = task.status.err ?? ""
        if !error.isEmpty {
          if !noTrunc && error.count > 30 { error = String(error.prefix(29)) + "…" }
          error = "\"\(error)\""
        }
        let image = task.spec.containerSpec?.image ?? ""
        let desired = task.desiredState ?? ""
        let ports = (task.status.portStatus.ports ?? []).map {
          "*:\($0.publishedPort ?? 0)->\($0.targetPort ?? 0)/\($0.protocol ?? "tcp")"
        }.joined(separator: ",")
        return .object(
          type: TaskContext.typeName,
          fields: [
            TemplateField("ID", .string(noTrunc ? task.id : String(task.id.prefix(12)))),
            TemplateField("Name", .string(shown[task.id] ?? "")),
            TemplateField("Image", .string(noTrunc ? image : ImageText.stripDigest(image))),
            TemplateField("Node", .string(node)),
            TemplateField(
              "DesiredState", .string(desired.prefix(1).uppercased() + desired.dropFirst())),
            TemplateField(
              "CurrentState",
              .string(
                HumanDuration.taskState(
                  task.status.state, since: task.status.timestamp, now: now))),
            TemplateField("Error", .string(error)),
            TemplateField("Ports", .string(ports)),
          ])
      }
      return try TableFormatter(format: format, header: TaskContext.headers).render(rows)
    }
  }
}
