import ArgumentParser
import Lessons
import Session
import SwarmCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `swarmlab [-c COMMANDS]` does once its flags are read: the interactive shell on a
/// terminal, else the commands of `-c` or of standard input. A plain value, so the parsed
/// command (`SwarmLabCommand`) and the start without flags (`QuickStart`) run the same code.
struct ShellLaunch: Equatable {
  var settings = SessionSettings()
  var commands: String?
  var prompt = "PS> "
  var record: String?
  var quiet = false
  var noColor = false
  var ports = false

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

  /// Runs to the end; returns the process's exit status.
  func run() throws -> Int32 {
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
      let session = try settings.session(try settings.configuration(), prompt: prompt)
      var runner = ScriptRunner(session: session)
      return runner.run(
        lines: commands.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
    var config = try settings.configuration()
    if isatty(STDIN_FILENO) != 0 {
      return try interactive(config)
    }
    var runner = ScriptRunner(session: try settings.session(config, prompt: prompt))
    return runner.run(lines: StandardInputLines())
  }

  /// The shell on a terminal, recorded with `--record`.
  private func interactive(_ base: SessionConfiguration) throws -> Int32 {
    var config = base
    // The shell's clock starts at the learner's real time unless fixed with --start-time.
    if settings.startTime == nil { config.startTime = SimTime(nanos: Self.wallClockNanos()) }
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
      session: try settings.session(config, prompt: prompt),
      lessons: record == nil && settings.engine == nil ? lessons : nil,
      recording: record != nil)
    if ports {
      do { try engine.publishPorts() } catch { throw ValidationError("\(error)") }
    }
    if !quiet { print(settings.engine.map { Self.welcome(engine: $0) } ?? Self.welcome) }
    let status = InteractiveShell.run(engine: engine)
    engine.shutdown()
    if let record, let text = engine.recorder?.text {
      do {
        try FileText.write(text, to: record)
        print("swarmlab: session recorded in \(record)")
        if settings.engine != nil {
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
    return status
  }

  /// The real wall clock, read here at the edge only.
  static func wallClockNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}

/// What `swarmlab run FILE [--echo]` does once its flags are read.
struct FileRun: Equatable {
  var settings = SessionSettings()
  /// What `--echo` prints before each command.
  var prompt = "PS> "
  var echo = false
  var file: String

  func run() throws -> Int32 {
    var runner = ScriptRunner(
      session: try settings.session(try settings.configuration(), prompt: prompt), echo: echo)
    if file == "-" { return runner.run(lines: StandardInputLines()) }
    let text = try FileText.read(file)
    return runner.run(
      lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }
}
