import ShellSyntax

/// A tiny shell over the parser and expander, so tests can check whole lines end to end.
///
/// Commands: `echo`, `true`, `false`, `export NAME=value`, `lines` (prints "a\nb\n\n"), and
/// anything else records its argv and succeeds.
final class MiniShell {
  var environment: [String: String] = [:]
  var lastStatus: Int32 = 0
  /// Every argv executed, in order, including those run inside substitutions.
  var executed: [[String]] = []
  /// Every command line handed to the substitute closure, in order.
  var substitutions: [String] = []

  init(environment: [String: String] = [:]) {
    self.environment = environment
  }

  private var expander: Expander {
    Expander(
      environment: { [unowned self] name in
        name == "?" ? String(self.lastStatus) : self.environment[name]
      },
      substitute: { [unowned self] line in
        self.substitutions.append(line)
        return try self.run(line)
      })
  }

  /// Runs a line and returns what it printed.
  @discardableResult
  func run(_ line: String) throws -> String {
    guard case .complete(let list) = ShellParser.parse(line) else {
      throw MiniShellError.notComplete(line)
    }
    var output = ""
    lastStatus = try list.run(startingStatus: lastStatus) { pipeline in
      let argv = try expander.expand(pipeline.commands[0])
      executed.append(argv)
      let status = execute(argv, output: &output)
      lastStatus = status
      return status
    }
    return output
  }

  /// The argv a single simple command expands to.
  func argv(_ line: String) throws -> [String] {
    guard case .complete(let list) = ShellParser.parse(line), list.items.count == 1 else {
      throw MiniShellError.notComplete(line)
    }
    return try expander.expand(list.items[0].command)
  }

  private func execute(_ argv: [String], output: inout String) -> Int32 {
    switch argv.first {
    case "echo":
      output += argv.dropFirst().joined(separator: " ") + "\n"
    case "false":
      return 1
    case "lines":
      output += "a\nb\n\n"
    case "export":
      for assignment in argv.dropFirst() {
        let pair = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        environment[pair[0]] = pair.count > 1 ? pair[1] : ""
      }
    default:
      break
    }
    return 0
  }
}

enum MiniShellError: Error {
  case notComplete(String)
}
