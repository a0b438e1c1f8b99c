public import DockerFormat
public import EngineAPI

/// What a docker command produced, as data: text, and the Engine's typed results with the
/// presentation flags. The formatting layer turns it into docker's text; nothing here knows
/// about columns, templates or terminals.
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

/// One piece of output.
public enum OutputItem: Sendable {
  case stdout(String)
  case stderr(String)
  /// Services with their task counts (`ServiceStatus`).
  case serviceList([Service], ListFormat)
  case taskList([Task], TaskListFormat, ObjectNames, now: Timestamp)
  case nodeList([Node], selfID: String, ListFormat)
  case containerList([ContainerSummary], ListFormat, now: Timestamp)
  case networkList([NetworkResource], ListFormat)
  case configList([Config], ListFormat, now: Timestamp)
  case secretList([Secret], ListFormat, now: Timestamp)
  case volumeList([Volume], ListFormat)
  case configPretty(Config)
  case secretPretty(Secret)
  case inspect(InspectRequest)
  case servicePretty(Service, ObjectNames, now: Timestamp)
  case nodePretty(Node)
  case logs([LogMessage], LogFormat)
  /// `logs -f`: keep printing new lines (in the interactive shell).
  case follow(LogFollow)
  case progress(ConvergenceReport)
  /// `docker version` / `docker info`, through `--format` when given.
  case version(SystemVersion, format: String?)
  case info(SystemInfo, format: String?)
}

/// `--format`, `-q`, `--no-trunc` as typed.
public struct ListFormat: Sendable, Equatable {
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
public struct TaskListFormat: Sendable, Equatable {
  public var list = ListFormat()
  public var noResolve = false

  public init(list: ListFormat = ListFormat(), noResolve: Bool = false) {
    self.list = list
    self.noResolve = noResolve
  }
}

/// What `inspect` prints: Engine objects of any kind, raw JSON or through `--format`.
public struct InspectRequest: Sendable, Equatable {
  public var objects: [InspectObject]
  public var format: String?
  /// Lookup errors for references that matched nothing (`Error: No such node: x`), printed
  /// after the found objects as docker's `Status: …, Code: 1`.
  public var failures: [String]
  /// Whether the failures print as docker's `Status: …, Code: 1` (service, node, config and
  /// secret inspect) or as they are (container, network, volume and the generic `docker inspect`).
  public var statusWrapped: Bool

  public init(
    objects: [InspectObject], format: String?, failures: [String] = [], statusWrapped: Bool = true
  ) {
    self.objects = objects
    self.format = format
    self.failures = failures
    self.statusWrapped = statusWrapped
  }
}

/// One inspected object, as the Engine returned it.
public enum InspectObject: Sendable, Equatable {
  case service(Service)
  case task(Task)
  case node(Node)
  case container(ContainerJSON)
  case network(NetworkResource)
  case swarm(Swarm)
  case config(Config)
  case secret(Secret)
  case volume(Volume)
}

/// What a followed log reads again as time passes.
public struct LogFollow: Sendable, Equatable {
  public enum Target: Sendable, Equatable {
    case service(String)
    case task(String)
    case container(String)
  }

  public var target: Target
  public var format: LogFormat

  public init(target: Target, format: LogFormat) {
    self.target = target
    self.format = format
  }
}
