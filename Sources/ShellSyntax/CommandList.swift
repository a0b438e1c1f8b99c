/// A parsed line: simple commands joined by `;`, `&&`, `||` or newlines.
public struct CommandList: Equatable, Sendable {
  /// The commands in order, each with the connector that follows it.
  public var items: [ListItem]

  public init(items: [ListItem]) {
    self.items = items
  }

  /// True for a blank or comment-only line.
  public var isEmpty: Bool { items.isEmpty }

  /// Runs the commands in order as a shell does, skipping those an `&&`/`||` rules out.
  ///
  /// `execute` is called only for commands that run, so expansions inside a skipped command
  /// never happen. A skipped command leaves the status unchanged (bash: `false && a || b` runs
  /// `b`). Returns the status of the last command that ran, or `status` if none ran.
  @discardableResult
  public func run(
    startingStatus status: Int32 = 0, _ execute: (SimpleCommand) throws -> Int32
  ) rethrows -> Int32 {
    var status = status
    var previous: Connector? = nil
    for item in items {
      if previous?.permitsNext(afterStatus: status) ?? true {
        status = try execute(item.command)
      }
      previous = item.connector
    }
    return status
  }
}

/// One command of a ``CommandList`` and how it is joined to the next one.
public struct ListItem: Equatable, Sendable {
  public var command: SimpleCommand
  /// The connector after this command; `.sequence` for the last one.
  public var connector: Connector

  public init(command: SimpleCommand, connector: Connector) {
    self.command = command
    self.connector = connector
  }
}

/// How a command is joined to the next one.
public enum Connector: Equatable, Sendable {
  /// `;` or a newline: the next command always runs.
  case sequence
  /// `&&`: the next command runs only if this one succeeded.
  case and
  /// `||`: the next command runs only if this one failed.
  case or

  /// Whether the next command runs given the last exit status.
  public func permitsNext(afterStatus status: Int32) -> Bool {
    switch self {
    case .sequence: return true
    case .and: return status == 0
    case .or: return status != 0
    }
  }
}

/// A command name with its arguments, not yet expanded.
public struct SimpleCommand: Equatable, Sendable {
  public var words: [ShellWord]
  /// The command's text as typed (without its connector), for echoing and history.
  public var source: String

  public init(words: [ShellWord], source: String) {
    self.words = words
    self.source = source
  }
}
