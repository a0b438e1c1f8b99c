import ArgumentParser
import Lessons
import Session
import SwarmCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(
      "Run these commands (one line) and exit with the last one's status.", valueName: "commands"))
  var commands: String?

  @Option(help: "The shell prompt.")
  var prompt: String = "PS> "

  @Option(help: "Record the interactive session as a golden transcript in this file.")
  var record: String?

  mutating func run() throws {
    let session = Session(try options.configuration(), prompt: prompt)
    if let commands {
      var runner = ScriptRunner(session: session)
      throw ExitCode(
        runner.run(
          lines: commands.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      )
    }
    var config = try options.configuration()
    if isatty(STDIN_FILENO) != 0 {
      // The shell's clock starts at the learner's real time unless fixed with --start-time.
      if options.startTime == nil { config.startTime = SimTime(nanos: Self.wallClockNanos()) }
      // A recording starts on a whole second, as its header says, so it replays exactly.
      if record != nil {
        config.startTime = SimTime(seconds: config.startTime.nanos / 1_000_000_000)
      }
      // `lessons` and `lesson ch12` work inside the plain shell too, when lessons are found.
      let lessons = (try? LessonSupport.library(nil)).map { library in
        LessonShell(
          library: library, store: LessonSupport.store(),
          wallClock: { Double(Self.wallClockNanos()) / 1e9 })
      }
      let engine = SessionEngine(
        session: Session(config, prompt: prompt), lessons: record == nil ? lessons : nil,
        recording: record != nil)
      let status = InteractiveShell.run(engine: engine)
      if let record, let text = engine.recorder?.text {
        guard FileText.write(text, to: record) else {
          throw ValidationError("cannot write \(record)")
        }
        print("swarmlab: session recorded in \(record)")
      }
      throw ExitCode(status)
    }
    var runner = ScriptRunner(session: Session(config, prompt: prompt))
    throw ExitCode(runner.run(lines: StandardInputLines()))
  }

  /// The real wall clock, read here at the edge only.
  static func wallClockNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}

/// `swarmlab run FILE [--echo]`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a file of commands (or - for stdin) without the interactive shell.")

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
    throw ExitCode(
      runner.run(
        lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
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

/// `swarmlab record FILE`: the interactive shell, saved as a transcript on exit.
struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record", abstract: "Open the shell and save the session as a golden transcript.")

  @OptionGroup var options: SessionOptions

  @Argument(help: "The transcript file to write.")
  var file: String

  mutating func run() throws {
    var root = try SwarmLabCommand.parse(["--record", file] + options.arguments)
    try root.run()
  }
}
