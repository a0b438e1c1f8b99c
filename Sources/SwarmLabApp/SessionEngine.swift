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

  var session: Session { lessons?.engine?.session ?? plainSession }
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
      try? header.add(key: "seed", value: String(config.seed))
      try? header.add(key: "hostname", value: config.hostname)
      try? header.add(key: "start-time", value: Self.rfc3339Seconds(config.startTime))
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

  func needsContinuation(_ text: String) -> Bool { Session.needsContinuation(text) }

  func completions(_ lineBeforeCursor: String) -> [String] { session.completions(lineBeforeCursor) }

  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction {
    syncClock()
    if let lessons, let answer = lessons.handle(line.trimmingSuffixSpace) {
      terminal.write(answer.hasSuffix("\n") ? answer : answer + "\n")
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
    for chunk in output.chunks {
      switch chunk.kind {
      case .text(let text):
        if chunk.stream == .stderr { terminal.writeError(text) } else { terminal.write(text) }
      case .animation(let frames):
        terminal.animate(animation(frames))
      case .follow(let request):
        follow(request, terminal: terminal)
      case .clearScreen:
        terminal.clearScreen()
      }
    }
    // Lesson progress comes after docker's own output, never in place of it.
    for message in messages { terminal.write(message + "\n") }
    // Time the command itself simulated is not real time the learner spent.
    lastSync = Self.monotonicNanos()
    return output.exitRequested ? .exit(output.exitCode) : .continue
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
