import ArgumentParser
import Foundation
import Lessons
import Session

/// `swarmlab lesson [ID] [--dir DIR] [--prove] [--check FILE]`: guided chapters, their proofs
/// and transcript grading.
struct LessonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lesson",
    abstract: "Start or resume a chapter lesson, prove lessons, or grade a transcript against one.",
    discussion: """
      Inside a lesson, type docker commands as usual; SwarmLab checks the cluster after each one.
      Lesson commands: lesson, hint, solution, check, next, back, reset, lessons.
      """)

  @Argument(help: "The lesson to start or resume, e.g. ch12 (with --prove: only this one).")
  var id: String?

  @Option(help: "Use the lessons in this directory instead of the bundled ones.")
  var dir: String?

  @Flag(
    help:
      "Prove the lesson: each step's checks fail on its start state and pass after its solutions.")
  var prove = false

  @Option(
    help:
      "Grade a recorded transcript (its PS> commands) against the lesson; exit 0 when every step passes."
  )
  var check: String?

  /// `--engine ADDRESS` and `--yes` (shared with the shell, whose parser also claims them):
  /// prove (or teach) the lesson on a real engine.
  @OptionGroup var options: SessionOptions
  @OptionGroup(visibility: .private) var shell: ShellOptions
  @OptionGroup(visibility: .private) var published: PublishedPortsOption

  mutating func run() throws {
    // A lesson's seed and hostname are in its file and its clock starts with it: saved
    // progress replays under them, so other values could not be honoured.
    try options.refuseSimulationFlags(
      "a lesson fixes its seed, hostname and start in its own file, so saved progress replays the same"
    )
    try shell.check("lesson")
    try published.refuse("lesson")
    if check != nil && prove {
      throw ValidationError("--check grades a transcript and --prove proves the lesson; give one")
    }
    if check != nil || (id == nil && !prove) {
      try options.refuseEngine(
        check != nil
          ? "--check grades the transcript on the simulation" : "the lesson list reads no engine")
    }
    let library = try LessonSupport.library(dir)
    if prove, let engine = options.engine {
      let chosen = try id.map { id in try LessonSupport.find(id, library) }.map { [$0] } ?? library
      throw ExitCode(try Self.proveOnRealEngine(chosen, engine, yes: options.yes))
    }
    if prove {
      let chosen = try id.map { id in try LessonSupport.find(id, library) }.map { [$0] } ?? library
      var failed = false
      for lesson in chosen {
        let rows = LessonProver.prove(lesson)
        Output.write(LessonProver.table(lesson, rows), toStderr: false)
        failed = failed || rows.contains { !$0.ok }
      }
      throw ExitCode(failed ? 1 : 0)
    }
    guard let id else {
      Output.write(
        LessonShell(library: library, store: LessonSupport.store()).listing() + "\n",
        toStderr: false)
      return
    }
    let lesson = try LessonSupport.find(id, library)
    if let check {
      let text = try FileText.read(check)
      let report = TranscriptGrader.grade(lesson, commands: TranscriptGrader.commands(in: text))
      for step in report.completed { Output.write("ok    \(step)\n", toStderr: false) }
      for (step, reason) in report.missing {
        Output.write("FAIL  \(step): \(reason)\n", toStderr: false)
      }
      Output.write(
        "\(report.completed.count) of \(lesson.steps.count) steps passed\n", toStderr: false)
      throw ExitCode(report.passed ? 0 : 1)
    }
    // On a real engine the lesson runs on that engine as it stands (nothing replayed or saved).
    let plain = try options.session(SessionConfiguration())
    let shell = LessonShell(
      library: library, store: LessonSupport.store(), wallClock: { Date().timeIntervalSince1970 },
      realEngineSession: plain.isRealEngine ? { plain } : nil)
    Output.write(shell.start(lesson.id) + "\n", toStderr: false)
    let engine = SessionEngine(session: plain, lessons: shell)
    let status = InteractiveShell.run(engine: engine)
    engine.shutdown()
    throw ExitCode(status)
  }
}

extension LessonCommand {
  /// The proof on a real engine: its swarm is left and rebuilt from scratch, so only with
  /// `--yes` (an engine the teacher can throw away, as CI's private dockerd).
  static func proveOnRealEngine(_ lessons: [Lesson], _ address: String, yes: Bool) throws -> Int32 {
    guard yes else {
      throw ValidationError(
        "lesson --prove --engine leaves the engine's swarm (removing its services and networks) and builds the lesson's from scratch; add --yes on an engine you can throw away"
      )
    }
    let client = try RealEngineConnection.connect(address)
    let prover = RealEngineProver(
      freshSession: {
        let session = Session(SessionConfiguration(), realEngine: client, assumeYes: true)
        _ = session.run("docker swarm leave --force")
        return session
      },
      sleep: { Thread.sleep(forTimeInterval: $0) })
    var failed = false
    for lesson in lessons {
      let started = Date()
      let rows = prover.prove(lesson)
      Output.write(LessonProver.table(lesson, rows), toStderr: false)
      Output.write(
        "on the real engine at \(address) in \(Int(Date().timeIntervalSince(started))) s\n",
        toStderr: false)
      failed = failed || rows.contains { !$0.ok }
    }
    // Leave no swarm of the lesson's behind.
    _ = Session(SessionConfiguration(), realEngine: client, assumeYes: true)
      .run("docker swarm leave --force")
    return failed ? 1 : 0
  }
}

/// Where lessons and progress live, for the lesson and progress commands.
enum LessonSupport {
  static func library(_ dir: String?) throws -> [Lesson] {
    let environment = ProcessInfo.processInfo.environment
    let directory =
      dir
      ?? LessonLibrary.defaultDirectory(
        environment: environment, executable: CommandLine.arguments[0])
    do {
      let lessons = try LessonLibrary.load(directory: directory)
      // Without a lessons folder nearby, the lessons compiled into the binary serve.
      if lessons.isEmpty && dir == nil { return try LessonLibrary.bundled() }
      if lessons.isEmpty { throw ValidationError("no lessons found in \(directory)") }
      return lessons
    } catch let error as LessonError {
      throw ValidationError("lesson refused: \(error)")
    }
  }

  static func find(_ id: String, _ library: [Lesson]) throws -> Lesson {
    guard let lesson = library.first(where: { $0.id == id }) else {
      throw ValidationError(
        "no lesson '\(id)' (have: \(library.map(\.id).joined(separator: ", ")))")
    }
    return lesson
  }

  static func store() -> ProgressStore {
    ProgressStore(
      directory: ProgressStore.defaultDirectory(environment: ProcessInfo.processInfo.environment))
  }
}
