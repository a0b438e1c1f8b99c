public import EngineAPI
import SwarmCore

/// `/services/{id}/logs`, `/tasks/{id}/logs`, `/containers/{id}/logs`: the lines containers
/// wrote, generated from simulated time, with the swarm attributes of each.
extension Engine {
  public func serviceLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    try requireManager()
    let service = try resolveService(ref)
    // docker interleaves the streams as they arrive; SwarmLab gives them grouped per task in
    // `service ps` order (slot, newest first), which is how the book's outputs read.
    var tasks = cluster.state.tasks(ofService: service.id)
    tasks.sort { ($0.slot, $1.createdAt) < ($1.slot, $0.createdAt) }
    return try messages(of: tasks, options)
  }

  public func taskLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    try requireManager()
    let task = try control { () throws(ControlError) in try cluster.state.resolveTask(ref) }
    return try messages(of: [task], options)
  }

  public func containerLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    let container = try resolveContainer(ref)
    return try lines(of: container, task: nil, options)
  }

  private func messages(of tasks: [SwarmTask], _ options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    var result: [LogMessage] = []
    for task in tasks {
      guard let id = task.containerID, let container = cluster.state.containers[id] else {
        continue
      }
      result += try lines(of: container, task: task, options)
    }
    return result
  }

  private func lines(of container: Container, task: SwarmTask?, _ options: LogsOptions)
    throws(EngineError) -> [LogMessage]
  {
    let since = try options.since.flatMap { text throws(EngineError) in
      try Self.unixTime(text, name: "since")
    }
    // Nothing was written after now (and the log generator must not be asked about a window
    // beyond the clock's range).
    if let since, since > cluster.now { return [] }
    let until = try options.until.flatMap({ text throws(EngineError) in
      try Self.unixTime(text, name: "until")
    })
    var tail: Int?
    if options.tail != "all", let count = Int(options.tail) {
      guard count >= 0 || task == nil else {
        // swarmkit's log broker; a container's own logs read a negative tail as "all".
        throw .invalidParameter("negative tail values not supported")
      }
      if count >= 0 { tail = count }
    }
    // Only the window asked for is generated: `--tail 2` after `sleep 10000h` is two lines.
    let lines = ContainerLogs.lines(
      of: container, catalog: cluster.catalog, since: since, tail: tail,
      now: min(until ?? cluster.now, cluster.now))
    return lines.map { line in
      LogMessage(
        timestamp: Timestamp(line.time), stream: line.isStderr ? .stderr : .stdout,
        line: line.text, containerID: container.id, taskID: task?.id,
        serviceID: task?.serviceID, nodeID: task?.nodeID)
    }
  }

  /// The CLI sends times as Unix seconds with up to nine decimals (`1605906870.5`); a time
  /// past what the clock can hold is simply "never".
  static func unixTime(_ text: String, name: String) throws(EngineError) -> SimTime? {
    guard !text.isEmpty else { return nil }
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let negative = parts[0].hasPrefix("-")
    guard let seconds = Int64(parts[0]),
      parts.count == 1 || (parts[1].count <= 9 && parts[1].allSatisfy(\.isNumber))
    else {
      throw .invalidParameter("invalid value for \"\(name)\": \"\(text)\"")
    }
    var nanos: Int64 = 0
    if parts.count == 2 {
      nanos = Int64(parts[1] + String(repeating: "0", count: 9 - parts[1].count)) ?? 0
    }
    let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    if overflow { return negative ? SimTime(nanos: .min) : SimTime(nanos: .max) }
    let (total, overflow2) = scaled.addingReportingOverflow(negative ? -nanos : nanos)
    return overflow2 ? SimTime(nanos: negative ? .min : .max) : SimTime(nanos: total)
  }
}
