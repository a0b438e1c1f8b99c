import ArgumentParser
import Foundation

/// The options of the shell itself (`swarmlab` with no subcommand).
///
/// ArgumentParser lets the root command claim its options anywhere on the line, so in
/// `swarmlab --quiet run FILE` or `swarmlab test --record F` the root parses them and, since
/// its `run` is never called, they would be dropped. Every subcommand therefore declares this
/// group again, hidden (the root's values are shared with it), and honours or refuses each one.
struct ShellOptions: ParsableArguments {
  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(
      "Run these commands (one line) and exit with the last one's status.", valueName: "commands"))
  var commands: String?

  @Option(
    name: .customLong("prompt"),
    help: ArgumentHelp("The shell prompt (default: \"PS> \").", valueName: "prompt"))
  var givenPrompt: String?

  /// `--prompt`, or docker's.
  var prompt: String { givenPrompt ?? "PS> " }

  @Option(help: "Record the interactive session as a golden transcript in this file.")
  var record: String?

  @Flag(name: .shortAndLong, help: "Open the shell without the welcome lines.")
  var quiet = false

  @Flag(name: .customLong("no-color"), help: "No colour, even on a terminal (as NO_COLOR=1).")
  var noColor = false

  /// The shell's flags that were given, as typed.
  var given: [String] {
    var flags: [String] = []
    if commands != nil { flags.append("-c") }
    if givenPrompt != nil { flags.append("--prompt") }
    if record != nil { flags.append("--record") }
    if quiet { flags.append("--quiet") }
    if noColor { flags.append("--no-color") }
    return flags
  }

  /// For `swarmlab SUBCOMMAND`: `--no-color` is honoured everywhere (the environment says it),
  /// the flags in `honoured` by the subcommand itself; any other is refused.
  func check(_ subcommand: String, honouring honoured: Set<String> = []) throws {
    if noColor { setenv("NO_COLOR", "1", 1) }
    if let flag = given.first(where: { $0 != "--no-color" && !honoured.contains($0) }) {
      throw ValidationError(
        "\(flag) is an option of the swarmlab shell; 'swarmlab \(subcommand)' does not use it")
    }
  }
}
