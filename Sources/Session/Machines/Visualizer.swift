public import SwarmCore

/// `visualize`: the swarm drawn as the classic swarm visualizer does, in text: one column
/// per node (hostname, role, status) holding a box per task, each service in its own colour.
/// Plain text unless asked for colour (`--color`, or the shell on a terminal) and NO_COLOR
/// is unset.
public enum Visualizer {
  static let columnWidth = 20
  /// ANSI foreground colours handed to services in creation order.
  static let palette = ["32", "34", "35", "36", "33", "31"]

  static func run(_ session: Session, _ args: [String]) -> SessionOutput {
    let color = args.contains("--color") && session.environment["NO_COLOR"] == nil
    return SessionOutput(chunks: [.out(render(session.cluster, color: color))])
  }

  /// The whole picture, ending with a newline.
  public static func render(_ cluster: Cluster, color: Bool) -> String {
    let state = cluster.state
    guard state.isActive else {
      return "\(cluster.currentMachine) is not part of a swarm: nothing to draw.\n"
    }
    let nodes = Array(state.nodes.values)  // join order, the visualizer's left-to-right
    let colours = Dictionary(
      uniqueKeysWithValues: state.services.keys.enumerated().map {
        ($1, palette[$0 % palette.count])
      })
    let columns = nodes.map { node in column(node, state, colours: colours, color: color) }
    let height = columns.map(\.count).max() ?? 0
    var lines: [String] = []
    for row in 0..<height {
      let cells = columns.map {
        row < $0.count ? $0[row] : String(repeating: " ", count: columnWidth)
      }
      lines.append(trimTrailing(cells.joined(separator: "  ")))
    }
    let pending = state.tasks.values.filter { $0.nodeID == nil && $0.isRunnable }
    if !pending.isEmpty {
      lines.append("")
      for task in pending {
        let reason = task.status.err.map { ": " + $0 } ?? ""
        lines.append("pending \(taskName(task, state))\(reason)")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// A node's column: header, rule, then its live tasks' boxes.
  static func column(_ node: Node, _ state: ClusterState, colours: [String: String], color: Bool)
    -> [String]
  {
    let role = node.role == .manager ? (node.isLeader ? "manager (leader)" : "manager") : "worker"
    var status = node.state.rawValue
    if node.availability != .active { status += ", " + node.availability.rawValue }
    if node.role == .manager && !node.managerReachable { status += ", unreachable" }
    var lines = ([node.hostname, role, status].flatMap { wrap($0, columnWidth) }).map(pad)
    lines.append(String(repeating: "=", count: columnWidth))
    if node.state == .down && color { lines = lines.map { paint($0, "2") } }
    let tasks = state.tasks.values.filter { $0.nodeID == node.id && !$0.status.state.isTerminal }
    for task in tasks {
      let inner = columnWidth - 4
      var detail = task.status.state.apiName
      if task.desiredState > .running { detail += " → " + task.desiredState.apiName }
      // Long names and states wrap inside the box rather than being cut ("shutdo").
      let text = wrap(taskName(task, state), inner) + wrap(detail, inner)
      let box =
        ["┌" + String(repeating: "─", count: columnWidth - 2) + "┐"]
        + text.map { "│ " + $0.padding(toLength: inner, withPad: " ", startingAt: 0) + " │" }
        + ["└" + String(repeating: "─", count: columnWidth - 2) + "┘"]
      let code = colours[task.serviceID] ?? "0"
      lines += color ? box.map { paint($0, code) } : box
    }
    return lines
  }

  /// `web.2` for replicated tasks, `web` for global ones (one per node anyway).
  static func taskName(_ task: SwarmTask, _ state: ClusterState) -> String {
    let service = state.services[task.serviceID]?.spec.name ?? String(task.serviceID.prefix(12))
    return task.slot > 0 ? "\(service).\(task.slot)" : service
  }

  /// Words to lines of at most `width` characters; a longer word is split.
  static func wrap(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      var word = Substring(word)
      if !line.isEmpty && line.count + 1 + word.count <= width {
        line += " " + word
        continue
      }
      if !line.isEmpty { lines.append(line) }
      while word.count > width {
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      line = String(word)
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  static func pad(_ text: String) -> String {
    String(text.prefix(columnWidth)).padding(toLength: columnWidth, withPad: " ", startingAt: 0)
  }

  static func paint(_ text: String, _ code: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }

  static func trimTrailing(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
