import ArgumentParser
import Lessons
import Session
import SwarmCore

/// `swarmlab`: the tutorial shell, and its non-interactive runners.
struct SwarmLabCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "swarmlab",
    abstract:
      "A Docker Swarm you can learn on: docker commands against an in-process simulated swarm.",
    discussion: """
      With no arguments on a terminal, opens the SwarmLab shell. Piped input runs one command per line.
      """,
    subcommands: [
      RunCommand.self, TestCommand.self, RecordCommand.self, LessonCommand.self, ServeCommand.self,
      ProgressCommand.self,
    ])

  @OptionGroup var options: SessionOptions

  /// `-c`, `--prompt`, `--record`, `--quiet`, `--no-color` (a group, so subcommands can see
  /// and refuse them).
  @OptionGroup var shell: ShellOptions
  var commands: String? { shell.commands }
  var prompt: String { shell.prompt }
  var record: String? { shell.record }
  var quiet: Bool { shell.quiet }
  var noColor: Bool { shell.noColor }

  /// `--ports`; an option group, as `serve` has the same flag (a flag declared on both a
  /// command and its subcommand would be read by the parent only).
  @OptionGroup var published: PublishedPortsOption
  var ports: Bool { published.ports }

  /// The parsed flags as the plain value that runs them.
  var launch: ShellLaunch {
    ShellLaunch(
      settings: options.settings, commands: commands, prompt: prompt, record: record,
      quiet: quiet, noColor: noColor, ports: ports)
  }

  mutating func run() throws { throw ExitCode(try launch.run()) }
}

/// `--ports`, for the shell and `serve` (other subcommands declare it hidden, to refuse it).
struct PublishedPortsOption: ParsableArguments {
  @Flag(
    help:
      "Every port a simulated service publishes also answers on 127.0.0.1 (curl, a browser); in the shell and serve."
  )
  var ports = false

  /// For a subcommand that publishes nothing.
  func refuse(_ subcommand: String) throws {
    guard ports else { return }
    throw ValidationError(
      "--ports is for the shell and swarmlab serve; 'swarmlab \(subcommand)' publishes no ports")
  }
}

/// `swarmlab run FILE [--echo]`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a file of commands (or - for stdin) without the interactive shell.")

  @OptionGroup var options: SessionOptions
  @OptionGroup(visibility: .private) var shell: ShellOptions
  @OptionGroup(visibility: .private) var published: PublishedPortsOption

  @Flag(help: "Print 'PS> command' before each command's output, so the run reads like the book.")
  var echo = false

  @Argument(help: "A file of commands, one per line, or - for standard input.")
  var file: String

  /// The parsed flags as the plain value that runs them.
  var fileRun: FileRun {
    FileRun(settings: options.settings, prompt: shell.prompt, echo: echo, file: file)
  }

  mutating func run() throws {
    // --prompt is what --echo prints before each command.
    try shell.check("run", honouring: ["--prompt"])
    try published.refuse("run")
    throw ExitCode(try fileRun.run())
  }
}

/// Lines of standard input, read lazily so piped sessions can be interactive scripts.
struct StandardInputLines: Sequence, IteratorProtocol {
  mutating func next() -> String? { readLine(strippingNewline: true) }
}

/// Whole-file reading and writing at the edge (the core never touches files): regular files
/// only, up to `FileAccess.defaultSizeLimit`, written atomically; every problem is one line.
enum FileText {
  /// A file problem: ArgumentParser prints it as one `Error: …` line (no usage) and exits 1.
  struct Problem: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  static func read(_ path: String) throws(Problem) -> String {
    do {
      return String(decoding: try FileAccess.readRegularFile(path), as: UTF8.self)
    } catch {
      throw Problem(message: "cannot read \(error)")
    }
  }

  /// Checks up front that `path` can take a file (see `FileAccess.writeTarget`).
  static func checkWritable(_ path: String) throws(Problem) -> String {
    do {
      return try FileAccess.writeTarget(path)
    } catch {
      throw Problem(message: "cannot write \(error)")
    }
  }

  static func write(_ text: String, to path: String) throws(Problem) {
    do {
      try FileAccess.writeAtomically(Array(text.utf8), to: try FileAccess.writeTarget(path))
    } catch {
      throw Problem(message: "cannot write \(error)")
    }
  }
}

/// The executable's entry point.
public enum SwarmLabMain {
  public static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // The plain starts skip ArgumentParser, whose parse costs about as much as the rest of a
    // start-up (its reflection meets every conformance record in the binary).
    guard let quick = QuickStart(arguments) else { return SwarmLabCommand.main() }
    quick.run()
  }
}

/// `swarmlab record FILE`: the interactive shell, saved as a transcript on exit.
struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record", abstract: "Open the shell and save the session as a golden transcript.")

  @OptionGroup var options: SessionOptions
  @OptionGroup(visibility: .private) var shell: ShellOptions
  @OptionGroup(visibility: .private) var published: PublishedPortsOption

  @Argument(help: "The transcript file to write.")
  var file: String

  mutating func run() throws {
    try shell.check("record", honouring: ["--prompt", "--quiet"])
    try published.refuse("record")
    // The shell's own options go on with the recording shell.
    let forwarded =
      (shell.givenPrompt.map { ["--prompt", $0] } ?? []) + (shell.quiet ? ["--quiet"] : [])
    var root = try SwarmLabCommand.parse(["--record", file] + options.arguments + forwarded)
    try root.run()
  }
}
