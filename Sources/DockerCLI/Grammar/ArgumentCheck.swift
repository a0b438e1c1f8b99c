/// docker's positional-argument validators (`cli/required.go`) with their 20.10 texts.
enum ArgumentCheck {
  /// The error for `args`, or nil when the command's rule accepts them.
  static func check(_ args: [String], _ command: CommandSpec, commandPath: String) -> CLIError? {
    let count = args.count
    let problem: String?
    switch command.args {
    case .any: problem = nil
    case .none: problem = count == 0 ? nil : "accepts no arguments."
    case .exact(let n): problem = count == n ? nil : "requires exactly \(n) \(noun(n))."
    case .min(let n): problem = count >= n ? nil : "requires at least \(n) \(noun(n))."
    case .max(let n): problem = count <= n ? nil : "requires at most \(n) \(noun(n))."
    case .range(let low, let high):
      problem =
        (low...high).contains(count)
        ? nil : "requires at least \(low) and at most \(high) \(noun(high))."
    case .scaleSpecs:
      if count == 0 {
        problem = "requires at least 1 argument."
      } else if let bad = args.first(where: { !$0.contains("=") }) {
        return CLIError(
          message: "Invalid scale specifier '\(bad)'.\n" + seeAndUsage(command, commandPath),
          exitCode: 1)
      } else {
        problem = nil
      }
    }
    guard let problem else { return nil }
    return CLIError(
      message: "\"\(commandPath)\" \(problem)\n" + seeAndUsage(command, commandPath), exitCode: 1)
  }

  private static func seeAndUsage(_ command: CommandSpec, _ commandPath: String) -> String {
    "See '\(commandPath) --help'.\n\nUsage:  docker \(command.use)\n\n\(command.short)"
  }

  private static func noun(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
}
