public import EngineAPI

/// `service logs` and `container logs` lines from the Engine's log messages.
public enum LogText {
  /// Each line with its stream: `(isStderr, text)`.
  public static func lines(_ messages: [LogMessage], _ format: LogFormat) -> [(
    isStderr: Bool, text: String
  )] {
    messages.map { message in
      let prefix = format.prefixed && !format.raw ? self.prefix(message, format) : ""
      let stamp = format.timestamps ? timestamp(message.timestamp) + " " : ""
      return (message.stream == .stderr, stamp + prefix + message.line)
    }
  }

  /// `timecheck.1.lxclzk9ol2t0@docker-desktop    | `
  static func prefix(_ message: LogMessage, _ format: LogFormat) -> String {
    guard let taskID = message.taskID else { return "" }
    let names = format.names
    let serviceID = message.serviceID ?? ""
    let service = names.services[serviceID] ?? serviceID
    let node = message.nodeID.map { names.nodes[$0] ?? $0 } ?? ""
    let slot = names.slots[taskID] ?? 0
    var name = "\(service).\(slot)"
    if !format.noTaskIDs { name += "." + (format.noTrunc ? taskID : String(taskID.prefix(12))) }
    let pad = max(0, format.padWidth - String(slot).count)
    return "\(name)@\(node)\(String(repeating: " ", count: pad))    | "
  }

  /// RFC3339Nano with a fixed 9-digit fraction, as the daemon stamps log lines.
  static func timestamp(_ t: Timestamp) -> String {
    var text = Timestamp(unixNanos: t.unixNanos - nanos(t)).rfc3339Nano
    text.removeLast()
    let fraction = String(nanos(t))
    return text + "." + String(repeating: "0", count: 9 - fraction.count) + fraction + "Z"
  }

  private static func nanos(_ t: Timestamp) -> Int64 {
    ((t.unixNanos % 1_000_000_000) + 1_000_000_000) % 1_000_000_000
  }
}
