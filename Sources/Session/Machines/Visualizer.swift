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
    var lines = [node.hostname, role, status, String(repeating: "=", count: columnWidth)].map(pad)
    if node.state == .down && color { lines = lines.map { paint($0, "2") } }
    let tasks = state.tasks.values.filter { $0.nodeID == node.id && !$0.status.state.isTerminal }
    for task in tasks {
      let inner = columnWidth - 4
      let label = String(taskName(task, state).prefix(inner))
      var detail = task.status.state.apiName
      if task.desiredState > .running { detail += " → " + task.desiredState.apiName }
      let box = [
        "┌" + String(repeating: "─", count: columnWidth - 2) + "┐",
        "│ " + label.padding(toLength: inner, withPad: " ", startingAt: 0) + " │",
        "│ " + String(detail.prefix(inner)).padding(toLength: inner, withPad: " ", startingAt: 0)
          + " │",
        "└" + String(repeating: "─", count: columnWidth - 2) + "┘",
      ]
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
