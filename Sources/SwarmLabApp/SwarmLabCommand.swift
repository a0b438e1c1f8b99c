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

  /// The first screen of an interactive start: what this is and how to begin.
  static let welcome = """
    SwarmLab: a Docker Swarm simulated inside this program, for chapters 12-14 of Learn Docker in
    a Month of Lunches. Type real docker commands; no engine, network or cloud is touched.
    Type 'help' for everything that works, 'lesson ch12' to start the guided lesson, Ctrl-D to leave.

    """

  /// The first screen when docker commands go to a real engine: nothing is simulated there,
  /// and saying otherwise would hide that removals and `swarm leave` are real.
  static func welcome(engine address: String) -> String {
    """
    SwarmLab on a real Docker engine: docker commands go to \(address), for real.
    'swarm leave --force' and removing what this session did not create are refused unless
    SwarmLab was started with --yes.
    Type 'help' for everything that works, Ctrl-D to leave.

    """
  }

  mutating func run() throws {
    if noColor { setenv("NO_COLOR", "1", 1) }
    if let record {
      // Checked before the session starts, so a bad path never costs a learner the session.
      _ = try FileText.checkWritable(record)
      guard isatty(STDIN_FILENO) != 0, commands == nil else {
        throw FileText.Problem(
          message:
            "cannot record: recording needs the interactive shell on a terminal (standard input is not one, or -c was given); nothing was recorded"
        )
      }
    }
    if ports && (commands != nil || isatty(STDIN_FILENO) == 0) {
      // Ports would close with the process before anything could reach them.
      throw ValidationError(
        "--ports needs the interactive shell (or use swarmlab serve --ports)")
    }
    if let commands {
      let session = try options.session(try options.configuration(), prompt: prompt)
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
        session: try options.session(config, prompt: prompt),
        lessons: record == nil && options.engine == nil ? lessons : nil,
        recording: record != nil)
      if ports {
        do { try engine.publishPorts() } catch { throw ValidationError("\(error)") }
      }
      if !quiet { print(options.engine.map { Self.welcome(engine: $0) } ?? Self.welcome) }
      let status = InteractiveShell.run(engine: engine)
      engine.shutdown()
      if let record, let text = engine.recorder?.text {
        do {
          try FileText.write(text, to: record)
          print("swarmlab: session recorded in \(record)")
          if options.engine != nil {
            print(
              "swarmlab: it replays on a real engine (swarmlab test --engine); its IDs, tokens and times are that engine's, so write them as wildcards ([ID], [TOKEN], [AGO]…) before it can pass elsewhere"
            )
          }
        } catch {
          // The target went bad during the session: keep the recording somewhere.
          let fallback = "/tmp/swarmlab-record-\(getpid()).txt"
          try FileText.write(text, to: fallback)
          throw FileText.Problem(
            message: "\(error.message); the session was saved in \(fallback) instead")
        }
      }
      throw ExitCode(status)
    }
    var runner = ScriptRunner(session: try options.session(config, prompt: prompt))
    throw ExitCode(runner.run(lines: StandardInputLines()))
  }

  /// The real wall clock, read here at the edge only.
  static func wallClockNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
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

  mutating func run() throws {
    // --prompt is what --echo prints before each command.
    try shell.check("run", honouring: ["--prompt"])
    try published.refuse("run")
    var runner = ScriptRunner(
      session: try options.session(try options.configuration(), prompt: shell.prompt), echo: echo)
    if file == "-" { throw ExitCode(runner.run(lines: StandardInputLines())) }
    let text = try FileText.read(file)
    throw ExitCode(
      runner.run(
        lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
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
    SwarmLabCommand.main()
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
