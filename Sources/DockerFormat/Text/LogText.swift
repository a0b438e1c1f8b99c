public import DockerCLI
public import SwarmCore

/// `service logs` and `container logs` lines, generated from simulated time.
public enum LogText {
  /// Each line with its stream: `(isStderr, text)`.
  public static func lines(_ request: LogRequest, _ cluster: Cluster, until: SimTime? = nil) -> [(
    isStderr: Bool, text: String
  )] {
    var result: [(Bool, String)] = []
    for source in request.sources {
      guard let container = cluster.state.containers[source.containerID] else { continue }
      let lines = ContainerLogs.lines(
        of: container, catalog: cluster.catalog, since: request.since, tail: request.tail,
        now: until ?? cluster.now)
      let prefix = request.prefixed && !request.raw ? self.prefix(source, request, cluster) : ""
      for line in lines {
        let stamp = request.timestamps ? timestamp(line.time) + " " : ""
        result.append((line.isStderr, stamp + prefix + line.text))
      }
    }
    return result
  }

  /// `timecheck.1.lxclzk9ol2t0@docker-desktop    | `
  static func prefix(_ source: LogSource, _ request: LogRequest, _ cluster: Cluster) -> String {
    guard let taskID = source.taskID, let task = cluster.state.tasks[taskID] else { return "" }
    let service = cluster.state.services[task.serviceID]?.spec.name ?? task.serviceID
    let node = task.nodeID.map { cluster.state.nodes[$0]?.hostname ?? $0 } ?? ""
    var name = "\(service).\(task.slot)"
    if !request.noTaskIDs { name += "." + (request.noTrunc ? task.id : String(task.id.prefix(12))) }
    let pad = max(0, request.padWidth - String(task.slot).count)
    return "\(name)@\(node)\(String(repeating: " ", count: pad))    | "
  }

  /// RFC3339Nano with a fixed 9-digit fraction, as the daemon stamps log lines.
  static func timestamp(_ t: SimTime) -> String {
    let c = t.civil
    func pad(_ v: Int, _ w: Int) -> String {
      String(repeating: "0", count: max(0, w - String(v).count)) + String(v)
    }
    return
      "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)).\(pad(c.nanosecond, 9))Z"
  }
}
