public import SwarmCore

/// What a docker command produced, as data. The formatting layer turns it into docker's text;
/// nothing here knows about columns, templates or terminals.
public struct CommandOutput: Sendable {
  public var items: [OutputItem] = []
  public var exitCode: Int32 = 0

  public init(items: [OutputItem] = [], exitCode: Int32 = 0) {
    self.items = items
    self.exitCode = exitCode
  }

  /// A line (or lines) for stdout.
  public mutating func out(_ text: String) { items.append(.stdout(text)) }

  /// A line (or lines) for stderr; does not change the exit code.
  public mutating func err(_ text: String) { items.append(.stderr(text)) }

  /// Ends the command with a failure message on stderr.
  public mutating func fail(_ text: String, code: Int32 = 1) {
    items.append(.stderr(text))
    exitCode = code
  }

  public static func failure(_ text: String, code: Int32 = 1) -> CommandOutput {
    var output = CommandOutput()
    output.fail(text, code: code)
    return output
  }
}

/// One piece of output. Listings carry object IDs plus the presentation flags; the renderer
/// reads the objects from the cluster it is given.
public enum OutputItem: Sendable {
  case stdout(String)
  case stderr(String)
  case serviceList(ids: [String], ListOptions)
  case taskList(ids: [String], TaskListOptions)
  case nodeList(ids: [String], ListOptions)
  case containerList(ids: [String], ListOptions)
  case networkList(ids: [String], ListOptions)
  case inspect(InspectRequest)
  case servicePretty(id: String)
  case nodePretty(id: String)
  case logs(LogRequest)
  /// `logs -f`: keep printing the request's new lines (in the interactive shell).
  case follow(LogRequest)
  case progress(ConvergenceReport)
  /// `docker version` / `docker info`, through `--format` when given.
  case version(format: String?)
  case info(format: String?)
}

/// `--format`, `-q`, `--no-trunc` as typed.
public struct ListOptions: Sendable, Equatable {
  public var format: String?
  public var quiet = false
  public var noTrunc = false

  public init(format: String? = nil, quiet: Bool = false, noTrunc: Bool = false) {
    self.format = format
    self.quiet = quiet
    self.noTrunc = noTrunc
  }
}

/// `service ps` / `node ps` presentation: task tables add name resolution switches.
public struct TaskListOptions: Sendable, Equatable {
  public var list = ListOptions()
  public var noResolve = false

  public init(list: ListOptions = ListOptions(), noResolve: Bool = false) {
    self.list = list
    self.noResolve = noResolve
  }
}

/// What `inspect` should print: objects of one kind, raw JSON or through `--format`.
public struct InspectRequest: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case service, task, node, container, network, swarm
    /// `docker inspect`: each ID is written `kind/id`, since one array may mix kinds.
    case mixed
  }
  public var kind: Kind
  public var ids: [String]
  public var format: String?
  /// Lookup errors for references that matched nothing (`Error: No such node: x`), printed
  /// after the found objects as docker's `Status: …, Code: 1`.
  public var failures: [String]

  public init(kind: Kind, ids: [String], format: String?, failures: [String] = []) {
    self.kind = kind
    self.ids = ids
    self.format = format
    self.failures = failures
  }
}

/// A `service logs` / `container logs` request, resolved to containers (with their tasks).
public struct LogRequest: Sendable, Equatable {
  public var sources: [LogSource]
  public var since: SimTime?
  public var tail: Int?
  public var timestamps = false
  public var noTaskIDs = false
  public var noTrunc = false
  public var raw = false
  /// Service logs put `name.slot.task@node    | ` before each line; container logs do not.
  public var prefixed = true
  /// Replica count used to pad the prefix (docker pads slot numbers to the widest slot).
  public var padWidth = 1

  public init(sources: [LogSource]) { self.sources = sources }
}

/// One log stream: a task's container (service logs) or a plain container.
public struct LogSource: Sendable, Equatable {
  public var containerID: String
  public var taskID: String?

  public init(containerID: String, taskID: String?) {
    self.containerID = containerID
    self.taskID = taskID
  }
}
