import Session
import SwarmCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Connects the interactive shell to a `Session`: runs lines, plays docker's progress
/// animation in compressed real time, follows logs until Ctrl-C, and lets the simulated clock
/// follow real time between commands (so logs accumulate while the learner reads).
final class SessionEngine: ShellEngine {
  let session: Session
  private var lastSync = SessionEngine.monotonicNanos()
  /// Whole seconds an animation may take on screen, however long the simulated wait was.
  private let animationSeconds = 1.5

  init(session: Session) { self.session = session }

  var prompt: String { session.prompt }

  func needsContinuation(_ text: String) -> Bool { Session.needsContinuation(text) }

  func completions(_ lineBeforeCursor: String) -> [String] { session.completions(lineBeforeCursor) }

  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction {
    syncClock()
    let output = session.run(line)
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
    var printedUntil = session.cluster.now
    while !terminal.interruptRequested() {
      usleep(200_000)
      syncClock()
      let now = session.cluster.now
      for line in session.followLines(request, after: printedUntil + SimDuration(nanos: 1)) {
        if line.isStderr { terminal.writeError(line.text + "\n") } else { terminal.write(line.text + "\n") }
      }
      printedUntil = now
    }
  }

  private func syncClock() {
    let now = Self.monotonicNanos()
    let elapsed = now - lastSync
    lastSync = now
    if elapsed > 0 { session.advanceClock(by: SimDuration(nanos: elapsed)) }
  }

  static func monotonicNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}
