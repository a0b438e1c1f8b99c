import DockerCLI
import GoDurations
import SwarmCore

/// `docker config|secret create|ls|inspect|rm`, in 20.10's forms (checked on the real engine).
/// They act on the swarm's objects directly: the Engine API has no config or secret endpoints
/// yet, and these commands are the learner's way to make the objects a stack marks `external`.
extension Session {
  func dataObjectCommand(
    _ objectKind: FrontEndCommand.DataObjectKind, _ verb: FrontEndCommand.DataObjectVerb,
    _ parsed: ParsedCommand
  ) -> SessionOutput {
    let kind: DataObject.Kind = objectKind == .secret ? .secret : .config
    guard cluster.localNode?.role == .manager || !cluster.state.isActive else {
      return failure(ControlError.workerNode.daemonMessage, code: 1)
    }
    switch verb {
    case .create: return createDataObject(kind, parsed)
    case .list: return listDataObjects(kind, parsed)
    case .prettyInspect where parsed.flags.bool("pretty"): return prettyDataObjects(kind, parsed)
    case .prettyInspect:
      return failure(
        "swarmlab: 'docker \(parsed.path.joined(separator: " "))' is not simulated in SwarmLab without --pretty",
        code: 127)
    case .remove: return removeDataObjects(kind, parsed)
    }
  }

  private func createDataObject(_ kind: DataObject.Kind, _ parsed: ParsedCommand) -> SessionOutput {
    guard parsed.arguments.count == 2 else {
      return failure("\"docker \(kind.rawValue) create\" requires exactly 2 arguments.", code: 1)
    }
    let name = parsed.arguments[0]
    let path = parsed.arguments[1]
    if path == "-" {
      return failure(
        "swarmlab: 'docker \(kind.rawValue) create NAME -' (stdin) is not simulated in SwarmLab",
        code: 127)
    }
    guard let text = composeFile(path) else {
      return failure("open \(path): no such file or directory", code: 1)
    }
    let labels = parsed.flags.strings("label").map { pair -> Label in
      let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
      return Label(kv[0], kv.count > 1 ? kv[1] : "")
    }
    do {
      let object = try ControlAPI.createDataObject(
        kind, name: name, data: Array(text.utf8), labels: labels, &engine.cluster)
      return SessionOutput(chunks: [.out(object.id + "\n")])
    } catch {
      return failure(error.daemonMessage, code: 1)
    }
  }

  private func listDataObjects(_ kind: DataObject.Kind, _ parsed: ParsedCommand) -> SessionOutput {
    if parsed.flags.string("format") != nil || !parsed.flags.strings("filter").isEmpty {
      return failure(
        "swarmlab: 'docker \(kind.rawValue) ls' with --format or --filter is not simulated in SwarmLab",
        code: 127)
    }
    let objects = cluster.state.dataObjects(kind).values.sorted { $0.name < $1.name }
    if parsed.flags.bool("quiet") {
      return SessionOutput(chunks: [.out(objects.map { $0.id + "\n" }.joined())])
    }
    let now = cluster.now
    func ago(_ t: SimTime) -> String {
      GoDuration(nanoseconds: (now - t).nanos).humanText + " ago"
    }
    var rows = [
      kind == .secret
        ? ["ID", "NAME", "DRIVER", "CREATED", "UPDATED"] : ["ID", "NAME", "CREATED", "UPDATED"]
    ]
    for object in objects {
      rows.append(
        kind == .secret
          ? [
            object.id, object.name, object.driver ?? "", ago(object.createdAt),
            ago(object.updatedAt),
          ]
          : [object.id, object.name, ago(object.createdAt), ago(object.updatedAt)])
    }
    return SessionOutput(chunks: [.out(Self.tabwriter(rows) + "\n")])
  }

  /// Go's tabwriter as docker's tables use it: cells padded by 3 to at least 10 characters.
  static func tabwriter(_ rows: [[String]]) -> String {
    let columns = rows.first?.count ?? 0
    let widths = (0..<columns).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { c, cell in
        c == columns - 1
          ? cell : cell + String(repeating: " ", count: max(10, widths[c] + 3) - cell.count)
      }
      .joined()
    }
    .joined(separator: "\n")
  }

  private func prettyDataObjects(_ kind: DataObject.Kind, _ parsed: ParsedCommand) -> SessionOutput
  {
    var out = SessionOutput()
    for ref in parsed.arguments {
      guard let object = try? cluster.state.resolveDataObject(kind, ref) else {
        out.chunks.append(.err("Error: no such \(kind.rawValue): \(ref)\n"))
        out.exitCode = 1
        continue
      }
      if kind == .config {
        out.chunks.append(
          .out(
            "ID:\t\t\t\(object.id)\nName:\t\t\t\(object.name)\n"
              + "Created at:            \t\(Self.goTime(object.createdAt))\n"
              + "Updated at:            \t\(Self.goTime(object.updatedAt))\n"
              + "Data:\n\(String(decoding: object.data, as: UTF8.self))\n"))
      } else {
        out.chunks.append(
          .out(
            "ID:              \(object.id)\nName:              \(object.name)\n"
              + "Driver:            \(object.driver ?? "")\n"
              + "Created at:        \(Self.goTime(object.createdAt))\n"
              + "Updated at:        \(Self.goTime(object.updatedAt))\n"))
      }
    }
    return out
  }

  /// Go's `time.Time.String()` as docker's pretty templates print it, lower-cased zone:
  /// `2020-11-20 21:14:30.123 +0000 utc` (fraction without trailing zeros).
  static func goTime(_ t: SimTime) -> String {
    let c = t.civil
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, n - s.count)) + s
    }
    var fraction = pad(c.nanosecond, 9)
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2)) "
      + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
      + (fraction.isEmpty ? "" : "." + fraction) + " +0000 utc"
  }

  private func removeDataObjects(_ kind: DataObject.Kind, _ parsed: ParsedCommand) -> SessionOutput
  {
    var out = SessionOutput()
    var errors: [String] = []
    for ref in parsed.arguments {
      do {
        try ControlAPI.removeDataObject(kind, ref, &engine.cluster)
        out.chunks.append(.out(ref + "\n"))
      } catch {
        if case .notFound = error {
          errors.append("Error: No such \(kind.rawValue): \(ref)")
        } else {
          errors.append(error.daemonMessage)
        }
      }
    }
    if !errors.isEmpty {
      out.chunks.append(.err(errors.joined(separator: "\n") + "\n"))
      out.exitCode = 1
    }
    return out
  }
}
