import ArgumentParser
import Session

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `swarmlab`: the tutorial shell, and its non-interactive runners.
struct SwarmLabCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "swarmlab",
    abstract: "A Docker Swarm you can learn on: docker commands against an in-process simulated swarm.",
    discussion: """
      With no arguments on a terminal, opens the SwarmLab shell. Piped input runs one command per line.
      """,
    subcommands: [RunCommand.self, LessonCommand.self, ProgressCommand.self])

  @OptionGroup var options: SessionOptions

  @Option(name: .customShort("c"), help: "Run these commands (one line) and exit with the last one's status.")
  var commands: String?

  @Option(help: "The shell prompt.")
  var prompt: String = "PS> "

  mutating func run() throws {
    let session = Session(try options.configuration())
    if let commands {
      var runner = ScriptRunner(session: session)
      throw ExitCode(runner.run(lines: commands.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
    }
    var runner = ScriptRunner(session: session)
    throw ExitCode(runner.run(lines: StandardInputLines()))
  }
}

/// `swarmlab run FILE [--echo]`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a file of commands (or - for stdin) without the interactive shell.")

  @OptionGroup var options: SessionOptions

  @Flag(help: "Print 'PS> command' before each command's output, so the run reads like the book.")
  var echo = false

  @Argument(help: "A file of commands, one per line, or - for standard input.")
  var file: String

  mutating func run() throws {
    var runner = ScriptRunner(session: Session(try options.configuration()), echo: echo)
    if file == "-" { throw ExitCode(runner.run(lines: StandardInputLines())) }
    guard let text = FileText.read(file) else {
      throw ValidationError("cannot read \(file)")
    }
    throw ExitCode(runner.run(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
  }
}

/// Lines of standard input, read lazily so piped sessions can be interactive scripts.
struct StandardInputLines: Sequence, IteratorProtocol {
  mutating func next() -> String? { readLine(strippingNewline: true) }
}

/// Whole-file reading at the edge (the core never touches files).
enum FileText {
  static func read(_ path: String) -> String? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&buffer, 1, buffer.count, f)
      if n <= 0 { break }
      bytes += buffer[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The executable's entry point.
public enum SwarmLabMain {
  public static func main() {
    SwarmLabCommand.main()
  }
}
