/// A parsed line: pipelines joined by `;`, `&&`, `||` or newlines.
public struct CommandList: Equatable, Sendable {
  /// The pipelines in order, each with the connector that follows it.
  public var items: [ListItem]

  public init(items: [ListItem]) {
    self.items = items
  }

  /// True for a blank or comment-only line.
  public var isEmpty: Bool { items.isEmpty }

  /// Runs the pipelines in order as a shell does, skipping those an `&&`/`||` rules out.
  ///
  /// `execute` is called only for pipelines that run, so expansions inside a skipped one never
  /// happen. A skipped pipeline leaves the status unchanged (bash: `false && a || b` runs `b`).
  /// Returns the status of the last pipeline that ran, or `status` if none ran.
  @discardableResult
  public func run(
    startingStatus status: Int32 = 0, _ execute: (Pipeline) throws -> Int32
  ) rethrows -> Int32 {
    var status = status
    var previous: Connector? = nil
    for item in items {
      if previous?.permitsNext(afterStatus: status) ?? true {
        status = try execute(item.pipeline)
      }
      previous = item.connector
    }
    return status
  }
}

/// One pipeline of a ``CommandList`` and how it is joined to the next one.
public struct ListItem: Equatable, Sendable {
  public var pipeline: Pipeline
  /// The connector after this pipeline; `.sequence` for the last one.
  public var connector: Connector

  public init(pipeline: Pipeline, connector: Connector) {
    self.pipeline = pipeline
    self.connector = connector
  }

  public init(command: SimpleCommand, connector: Connector) {
    self.init(pipeline: Pipeline(commands: [command]), connector: connector)
  }

  /// The first command of the pipeline (the only one, for a line without `|`).
  public var command: SimpleCommand { pipeline.commands[0] }
}

/// Commands joined by `|`: each one's standard output is the next one's standard input, and
/// the pipeline's status is the last command's (bash without `pipefail`).
public struct Pipeline: Equatable, Sendable {
  /// At least one command.
  public var commands: [SimpleCommand]

  public init(commands: [SimpleCommand]) {
    precondition(!commands.isEmpty, "a pipeline has at least one command")
    self.commands = commands
  }

  /// The pipeline's text as typed.
  public var source: String { commands.map(\.source).joined(separator: " | ") }
}

/// How a pipeline is joined to the next one.
public enum Connector: Equatable, Sendable {
  /// `;` or a newline: the next pipeline always runs.
  case sequence
  /// `&&`: the next pipeline runs only if this one succeeded.
  case and
  /// `||`: the next pipeline runs only if this one failed.
  case or

  /// Whether the next pipeline runs given the last exit status.
  public func permitsNext(afterStatus status: Int32) -> Bool {
    switch self {
    case .sequence: return true
    case .and: return status == 0
    case .or: return status != 0
    }
  }
}

/// A command name with its arguments and redirections, not yet expanded.
public struct SimpleCommand: Equatable, Sendable {
  public var words: [ShellWord]
  /// `>`, `2>&1`… in the order typed (order matters: `> f 2>&1` differs from `2>&1 > f`).
  public var redirections: [Redirection]
  /// The command's text as typed (without its connector), for echoing and history.
  public var source: String

  public init(words: [ShellWord], redirections: [Redirection] = [], source: String) {
    self.words = words
    self.redirections = redirections
    self.source = source
  }
}
