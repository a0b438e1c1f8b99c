import EngineAPI

/// docker's service convergence display (`cli/command/service/progress`), in the form the book
/// shows: the TTY screen, with bars, whose last frame stays on screen; and the lines the
/// client writes instead when its output is not a terminal (`nonTerminal`).
public enum ProgressText {
  /// The lines printed once before the redrawn block (the service ID for `create`).
  public static func header(_ report: ConvergenceReport) -> [String] {
    report.header.map { [$0] } ?? []
  }

  /// Every frame of the redrawn block, oldest first; the last one is the final screen.
  public static func frames(_ report: ConvergenceReport) -> [[String]] {
    var slotLines: [String: String] = [:]
    var frames: [[String]] = []
    // docker keeps its lines in the order they first appeared: a rollback seen at the first
    // poll (a requested one) sits above the progress, one that starts later (the updater's
    // own) below the task lines.
    let rollbackAbove = report.frames.first?.rollbackMessage != nil
    for frame in report.frames {
      var lines: [String] = []
      if rollbackAbove, let rollback = frame.rollbackMessage { lines.append(rollback) }
      let verb = frame.isRollback ? "overall progress: rolling back update: " : "overall progress: "
      lines.append("\(verb)\(frame.running) out of \(frame.total) tasks")
      for slot in frame.slots {
        if let text = slotText(slot, rollback: frame.isRollback) { slotLines[slot.label] = text }
        lines.append(slotLines[slot.label] ?? "\(slot.label):  ")
      }
      if !rollbackAbove, let rollback = frame.rollbackMessage { lines.append(rollback) }
      if let countdown = frame.verifyCountdown {
        lines.append("verify: Waiting \(countdown) seconds to verify that tasks are stable...")
      }
      frames.append(lines)
    }
    if case .converged = report.outcome, !frames.isEmpty {
      frames[frames.count - 1].append("verify: Service converged")
    }
    return frames
  }

  /// The block as the 20.10 client writes it when its output is not a terminal (a pipe or a
  /// file): jsonmessage drops every message that carries a progress bar, so a task's state
  /// lines never appear; each poll prints the overall line until all tasks run (the first poll
  /// also each slot's empty `1/3:  ` line), then the verify countdown once per poll.
  public static func nonTerminal(_ report: ConvergenceReport) -> [String] {
    var lines: [String] = []
    var done = false
    var rollbackShown = false
    for (index, frame) in report.frames.enumerated() {
      if let rollback = frame.rollbackMessage, !rollbackShown {
        lines.append(rollback)
        rollbackShown = true
      }
      if !done {
        let verb =
          frame.isRollback ? "overall progress: rolling back update: " : "overall progress: "
        lines.append("\(verb)\(frame.running) out of \(frame.total) tasks")
        if index == 0 { lines += frame.slots.map { "\($0.label):  " } }
        done = frame.running == frame.total
      }
      if let countdown = frame.verifyCountdown {
        lines.append("verify: Waiting \(countdown) seconds to verify that tasks are stable...")
      }
    }
    if case .converged = report.outcome, !report.frames.isEmpty {
      lines.append("verify: Service converged")
    }
    return lines
  }

  /// Plain lines after the block (a wait that gave up, as after Ctrl-C).
  public static func trailer(_ report: ConvergenceReport) -> [String] {
    guard case .gaveUp(let id) = report.outcome else { return [] }
    return [
      "Operation continuing in background.", "Use `docker service ps \(id)` to check progress.",
    ]
  }

  /// The whole output as a pipe would receive it: header, final frame, trailer.
  public static func finalText(_ report: ConvergenceReport) -> [String] {
    header(report) + (frames(report).last ?? []) + trailer(report)
  }

  /// One task line, or nil when docker would leave the previous line standing (a terminal
  /// state without an error).
  static func slotText(_ slot: SlotProgress, rollback: Bool) -> String? {
    if let err = slot.error, !err.isEmpty {
      var text = err.replacing("\n", with: " ")
      if text.utf8.count > 75 {
        text = (String(text.utf8.prefix(74)) ?? String(text.prefix(74))) + "…"
      }
      return "\(slot.label): \(text)"
    }
    guard let state = slot.state, !state.isTerminal else { return nil }
    let padded = state.rawValue + String(repeating: " ", count: max(0, 9 - state.rawValue.count))
    // The book's rollback screen shows the bar empty although the task runs.
    return "\(slot.label): \(padded) \(bar(rollback ? 0 : numbered(state)))"
  }

  /// docker's progress numbering of task states (out of 9).
  static func numbered(_ state: TaskState) -> Int {
    switch state {
    case .new: 1
    case .pending: 3
    case .assigned: 4
    case .accepted: 5
    case .preparing: 6
    case .ready: 7
    case .starting: 8
    case .running: 9
    default: 0
    }
  }

  /// `[=====>      ]`: 50 columns, `>` at `int(n/9*100)/2`.
  static func bar(_ n: Int) -> String {
    let p = Int(Double(n) / 9 * 100) / 2
    return "[" + String(repeating: "=", count: p) + ">" + String(repeating: " ", count: 50 - p)
      + "]"
  }
}
