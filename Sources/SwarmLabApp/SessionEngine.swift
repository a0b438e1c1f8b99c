import EngineServer
import Lessons
import Session
import ShellSyntax
import SwarmCore
import Transcript

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Connects the interactive shell to a `Session`: runs lines, plays docker's progress
/// animation in compressed real time, follows logs until Ctrl-C, and lets the simulated clock
/// follow real time between commands (so logs accumulate while the learner reads).
///
/// With `serve` (or `--ports`) an event loop thread uses the same engine: every use of the
/// session goes through `gate`, held while a command computes and released while its output
/// plays, a log follows or the prompt waits, so the server answers meanwhile.
final class SessionEngine: ShellEngine {
  private let plainSession: Session
  /// A running lesson: it owns the session (it rebuilds it on `reset`) and answers `hint`,
  /// `check`, `next`… itself.
  let lessons: LessonShell?

  /// The session lines go to; with lessons available its `help` and completion include them
  /// (a lesson's session is rebuilt on `reset`, so this is checked every time).
  var session: Session {
    let session = lessons?.engine?.session ?? plainSession
    if lessons != nil, !session.registry.groups.contains(Self.lessonCommands) {
      session.registry.groups.append(Self.lessonCommands)
    }
    if !session.registry.groups.contains(ShellServer.commands) {
      session.registry.groups.append(ShellServer.commands)
    }
    return session
  }
  /// The door to the engine, shared with the server of `serve`, and the real-time clock.
  let gate = EngineGate()
  /// `serve` and `--ports`.
  let served: ShellServer
  /// Whole seconds an animation may take on screen, however long the simulated wait was.
  let animationSeconds = 1.5

  /// When recording (`swarmlab record FILE`), every command and its output, for a transcript.
  var recorder: TranscriptRecorder?
  /// Real time not yet given to the clock while recording (only whole seconds are, as
  /// recorded `sleep` lines, so the transcript replays exactly).
  private var unrecordedNanos: Int64 = 0
  /// The command being typed over several lines (what its earlier lines left open).
  private var pendingCommand = ContinuationScanner()

  init(session: Session, lessons: LessonShell? = nil, recording: Bool = false) {
    self.plainSession = session
    self.lessons = lessons
    self.served = ShellServer(gate: gate)
    if recording {
      var header = TranscriptHeader()
      let config = session.configuration
      if session.isRealEngine {
        // Recorded on a real engine: a golden for real engines (`swarmlab test --engine`); the
        // simulation's seed and clock say nothing about it.
        try? header.add(key: "engine", value: "any")
      } else {
        try? header.add(key: "seed", value: String(config.seed))
        try? header.add(key: "hostname", value: config.hostname)
        try? header.add(key: "start-time", value: Self.rfc3339Seconds(config.startTime))
      }
      recorder = TranscriptRecorder(header: header)
    }
  }

  static func rfc3339Seconds(_ t: SimTime) -> String {
    SimTime(seconds: t.nanos / 1_000_000_000).civil.rfc3339Nano
  }

  /// `[12.3 2/5] PS> ` during a lesson, docker's own prompt otherwise.
  var prompt: String {
    gate.exclusive {
      guard let status = lessons?.status else { return session.prompt }
      return "\(status) \(session.prompt)"
    }
  }

  var nestedShell: String? { gate.exclusive { session.containerShellName } }

  func needsContinuation(adding line: String, startsCommand: Bool) -> Bool {
    if startsCommand { pendingCommand = ContinuationScanner() }
    return pendingCommand.needsMore(after: line)
  }

  func completions(_ lineBeforeCursor: String) -> [String] {
    gate.exclusive { session.completions(lineBeforeCursor) }
  }

  /// `swarmlab --ports`: every port a service publishes answers on 127.0.0.1.
  func publishPorts() throws {
    let engine = gate.exclusive { session.simulatedEngine }
    guard let engine else {
      throw ShellServerError("--ports needs the simulation; drop --engine")
    }
    guard recorder == nil else {
      throw ShellServerError(
        "--ports cannot be used while recording: requests from outside would be missing from the transcript"
      )
    }
    try served.publishPortsForSession(engine: engine)
  }

  /// Leaving the shell: the server (if any) stops and its socket is removed.
  func shutdown() { served.shutdown() }

  /// `help`'s lesson group, when lessons are found.
  static let lessonCommands = CommandRegistry.Group(
    "Lessons",
    [
      .init("lessons", "the lessons and how far you got"),
      .init("lesson ID", "start or resume one (lesson ch12)"),
      .init("lesson stop", "leave the lesson; progress is kept", commandNames: []),
      .init(
        "hint, solution", "a hint; the book's commands (asks first)",
        commandNames: ["hint", "solution"]),
      .init(
        "check, next, back", "why the step is not done yet; move between steps",
        commandNames: ["check", "next", "back"]),
      .init("reset", "rebuild the cluster as at the start of the step (asks first)"),
    ])

  /// What a line did while the gate was held: the rest happens outside it.
  private enum Computed {
    case done
    case visualize
    case output(SessionOutput, messages: [String])
  }

  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction {
    served.showReports(terminal)
    if let operands = FileEditor.words(line) {
      // Outside the gate: the editor owns the terminal until it exits.
      return edit(operands, terminal: terminal)
    }
    if let words = ShellServer.words(line) {
      // Outside the gate: starting and stopping wait on the server's event loop.
      let (engine, inContainer) = gate.exclusive {
        observeTime(terminal)
        return (session.simulatedEngine, session.isInsideContainer)
      }
      if !inContainer {
        _ = served.run(
          line, words, engine: engine, recording: recorder != nil, terminal: terminal)
        return .continue
      }
    }
    let computed: Computed = gate.exclusive {
      observeTime(terminal)
      if let lessons, let answer = lessons.handle(line.trimmingSuffixSpace) {
        writeLesson(answer, terminal)
        return .done
      }
      if terminal.isTerminal,
        line.trimmingSuffixSpace == "visualize" || line.trimmingSuffixSpace == "visualize --watch"
      {
        return .visualize
      }
      let prompt = session.prompt
      var messages: [String] = []
      let output: SessionOutput
      if let lessons, let run = lessons.run(line) {
        output = run.output
        messages = run.messages
      } else {
        output = session.run(line)
      }
      recorder?.record(
        prompt: prompt.trimmingSuffixSpace, command: line, output: output.text,
        exitCode: output.exitCode)
      return .output(output, messages: messages)
    }
    var action = ShellAction.continue
    switch computed {
    case .done: break
    case .visualize: watchCluster(terminal: terminal)
    case .output(let output, let messages):
      play(output, terminal)
      // Lesson progress comes after docker's own output, never in place of it.
      if !messages.isEmpty { writeLesson(messages.joined(separator: "\n"), terminal) }
      if output.exitRequested { action = .exit(output.exitCode) }
    }
    gate.exclusive {
      // Time the command itself simulated is not real time the learner spent.
      gate.skipElapsed()
      served.follow(session.simulatedEngine)
    }
    served.afterCommand(terminal)
    return action
  }

  /// Enter alone: time passed at the prompt may have completed the step.
  func emptyLine(terminal: TerminalOutput) {
    served.showReports(terminal)
    gate.exclusive { observeTime(terminal) }
  }

  /// Gives real time to the clock, then re-checks the lesson step: time alone can complete it
  /// (a replaced replica, a finished rollout), and the learner hears so at once. Inside the
  /// gate.
  private func observeTime(_ terminal: TerminalOutput) {
    syncClock()
    if let messages = lessons?.engine?.observe(), !messages.isEmpty {
      writeLesson(messages.joined(separator: "\n"), terminal)
    }
  }

  private func writeLesson(_ text: String, _ terminal: TerminalOutput) {
    let styled = LessonFeedback.style(text, color: terminal.colorEnabled)
    terminal.write(styled.hasSuffix("\n") ? styled : styled + "\n")
  }

  /// Ctrl-D inside `docker exec -it … sh` ends that shell only (as `exit` would, and as real
  /// docker returns to the host prompt); on the host it leaves SwarmLab.
  func endOfInput(terminal: TerminalOutput) -> ShellAction {
    guard gate.exclusive({ session.isInsideContainer }) else { return .exit(0) }
    _ = execute("exit", terminal: terminal)
    return .continue
  }

  /// Gives the real time since the clock last caught up (here or on a served request) to the
  /// simulation. Inside the gate.
  func syncClock() {
    let elapsed = gate.takeElapsed()
    guard elapsed > 0 else { return }
    guard recorder != nil else {
      session.advanceClock(by: SimDuration(nanos: elapsed))
      return
    }
    unrecordedNanos += elapsed
    let seconds = unrecordedNanos / 1_000_000_000
    guard seconds > 0 else { return }
    unrecordedNanos -= seconds * 1_000_000_000
    session.advanceClock(by: .seconds(seconds))
    recorder?.record(
      prompt: session.prompt.trimmingSuffixSpace, command: "sleep \(seconds)", output: "",
      exitCode: 0)
  }

}

/// A reason `--ports` cannot be used, printed as one line.
struct ShellServerError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension String {
  var trimmingSuffixSpace: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
