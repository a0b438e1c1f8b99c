import Lessons
import Session
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
    return session
  }
  private var lastSync = SessionEngine.monotonicNanos()
  /// Whole seconds an animation may take on screen, however long the simulated wait was.
  private let animationSeconds = 1.5

  /// When recording (`swarmlab record FILE`), every command and its output, for a transcript.
  var recorder: TranscriptRecorder?
  /// Real time not yet given to the clock while recording (only whole seconds are, as
  /// recorded `sleep` lines, so the transcript replays exactly).
  private var unrecordedNanos: Int64 = 0

  init(session: Session, lessons: LessonShell? = nil, recording: Bool = false) {
    self.plainSession = session
    self.lessons = lessons
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
    guard let status = lessons?.status else { return session.prompt }
    return "\(status) \(session.prompt)"
  }

  var nestedShell: String? { session.containerShellName }

  func needsContinuation(_ text: String) -> Bool { Session.needsContinuation(text) }

  func completions(_ lineBeforeCursor: String) -> [String] { session.completions(lineBeforeCursor) }

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

  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction {
    observeTime(terminal)
    if let lessons, let answer = lessons.handle(line.trimmingSuffixSpace) {
      writeLesson(answer, terminal)
      lastSync = Self.monotonicNanos()
      return .continue
    }
    if terminal.isTerminal,
      line.trimmingSuffixSpace == "visualize" || line.trimmingSuffixSpace == "visualize --watch"
    {
      watchCluster(terminal: terminal)
      lastSync = Self.monotonicNanos()
      return .continue
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
    var header = ""
    var skipTrailer = false
    for (index, chunk) in output.chunks.enumerated() {
      switch chunk.kind {
      case .text(let text):
        if skipTrailer && text.hasPrefix(Self.background) {
          skipTrailer = false
          continue
        }
        if chunk.stream == .stderr { terminal.writeError(text) } else { terminal.write(text) }
        if chunk.stream == .stdout { header = text }
      case .animation(let frames):
        let next = output.chunks.dropFirst(index + 1).first
        let trailer = next.flatMap { chunk -> String? in
          guard case .text(let text) = chunk.kind, text.hasPrefix(Self.background) else {
            return nil
          }
          return text
        }
        skipTrailer = trailer != nil && terminal.isTerminal
        if !progress(frames, header: header, trailer: trailer, terminal) {
          skipTrailer = false
        }
      case .follow(let request):
        follow(request, terminal: terminal)
      case .clearScreen:
        terminal.clearScreen()
      }
    }
    // Lesson progress comes after docker's own output, never in place of it.
    if !messages.isEmpty { writeLesson(messages.joined(separator: "\n"), terminal) }
    // Time the command itself simulated is not real time the learner spent.
    lastSync = Self.monotonicNanos()
    return output.exitRequested ? .exit(output.exitCode) : .continue
  }

  /// Enter alone: time passed at the prompt may have completed the step.
  func emptyLine(terminal: TerminalOutput) {
    observeTime(terminal)
  }

  /// Gives real time to the clock, then re-checks the lesson step: time alone can complete it
  /// (a replaced replica, a finished rollout), and the learner hears so at once.
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
    guard session.isInsideContainer else { return .exit(0) }
    _ = execute("exit", terminal: terminal)
    return .continue
  }

  static let background = "Operation continuing in background."

  /// Plays a progress display as docker does on a terminal: Ctrl-C stops it where it is and
  /// says the operation continues in the background; a service that has not converged when the
  /// command's own wait gave up (`trailer`) is waited on live until it converges or Ctrl-C.
  /// Returns whether the trailer was dealt with here.
  private func progress(
    _ frames: [[String]], header: String, trailer: String?, _ terminal: TerminalOutput
  ) -> Bool {
    let interrupted = terminal.animate(animation(frames))
    guard terminal.isTerminal else { return false }
    // The ID docker names: the service's for create (the line before the display), the
    // argument as typed for update, scale and rollback.
    let trailerID = trailer.flatMap { text in
      text.split(separator: "`").dropFirst().first?.split(separator: " ").last.map(String.init)
    }
    let named =
      trailerID
      ?? String(header.split(separator: "\n").last ?? "")
    if interrupted {
      terminal.write(Self.background + "\nUse `docker service ps \(named)` to check progress.\n")
      return true
    }
    // A recording keeps the command's own bounded wait, so the transcript replays exactly.
    guard trailer != nil, recorder == nil, let serviceID = trailerID else { return false }
    while true {
      if terminal.pause(0.5) {
        terminal.write(Self.background + "\nUse `docker service ps \(named)` to check progress.\n")
        return true
      }
      syncClockForWait()
      let step = session.waitOnService(serviceID, for: .milliseconds(500))
      if !step.lines.isEmpty { terminal.redrawAnimation(step.lines.joined(separator: "\n")) }
      if step.done { return true }
    }
  }

  /// During a live wait the watcher moves the clock itself, half a second a poll.
  private func syncClockForWait() {
    lastSync = Self.monotonicNanos()
  }

  /// docker redraws on every 200 ms poll; SwarmLab keeps the distinct frames and spreads them
  /// over a second or two.
  private func animation(_ frames: [[String]]) -> [AnimationFrame] {
    var distinct: [[String]] = []
    for frame in frames where distinct.last != frame { distinct.append(frame) }
    let delay = distinct.count > 1 ? animationSeconds / Double(distinct.count - 1) : 0
    return distinct.map { AnimationFrame($0.joined(separator: "\n"), delay: min(delay, 0.4)) }
  }

  /// Prints new log lines as simulated time follows real time, until Ctrl-C.
  private func follow(_ request: FollowRequest, terminal: TerminalOutput) {
    var printedUntil = session.now
    while !terminal.interruptRequested() {
      usleep(200_000)
      syncClock()
      let now = session.now
      for line in session.followLines(request, after: printedUntil + SimDuration(nanos: 1)) {
        if line.isStderr {
          terminal.writeError(line.text + "\n")
        } else {
          terminal.write(line.text + "\n")
        }
      }
      printedUntil = now
    }
  }

  /// `visualize` on a terminal: the cluster view redrawn twice a second as simulated time
  /// follows real time, until Ctrl-C (the classic visualizer's live page).
  private func watchCluster(terminal: TerminalOutput) {
    var shown = ""
    repeat {
      syncClock()
      let view =
        session.visualization(color: terminal.colorEnabled)
        + "(Ctrl-C to stop watching)\n"
      if view != shown {
        terminal.write(
          TerminalOutput.redraw(
            view, replacingLines: shown.isEmpty ? 0 : TerminalOutput.lineCount(shown)))
        shown = view
      }
      usleep(500_000)
    } while !terminal.interruptRequested()
  }

  private func syncClock() {
    let now = Self.monotonicNanos()
    let elapsed = now - lastSync
    lastSync = now
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

  static func monotonicNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}

extension String {
  var trimmingSuffixSpace: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
