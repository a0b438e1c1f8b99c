import Session
import SwarmCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a command's output plays on the terminal: docker's progress display in compressed real
/// time, log follows and the live visualizer until Ctrl-C. All of it runs outside the gate,
/// taking it only for each look at the session, so a served client is answered meanwhile.
extension SessionEngine {
  /// Writes a command's output: text, progress displays, log follows. Outside the gate.
  func play(_ output: SessionOutput, _ terminal: TerminalOutput) {
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
      case .animation(let frames, _):
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
  }

  static let background = "Operation continuing in background."

  /// Plays a progress display as docker does on a terminal: Ctrl-C stops it where it is and
  /// says the operation continues in the background; a service that has not converged when the
  /// command's own wait gave up (`trailer`) is waited on live until it converges or Ctrl-C.
  /// Returns whether the trailer was dealt with here.
  func progress(
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
      // The watcher moves the clock itself, half a second a poll.
      let step = gate.exclusive {
        gate.skipElapsed()
        return session.waitOnService(serviceID, for: .milliseconds(500))
      }
      if !step.lines.isEmpty { terminal.redrawAnimation(step.lines.joined(separator: "\n")) }
      if step.done { return true }
    }
  }

  /// docker redraws on every 200 ms poll; SwarmLab keeps the distinct frames and spreads them
  /// over a second or two.
  func animation(_ frames: [[String]]) -> [AnimationFrame] {
    var distinct: [[String]] = []
    for frame in frames where distinct.last != frame { distinct.append(frame) }
    let delay = distinct.count > 1 ? animationSeconds / Double(distinct.count - 1) : 0
    return distinct.map { AnimationFrame($0.joined(separator: "\n"), delay: min(delay, 0.4)) }
  }

  /// Prints new log lines as simulated time follows real time, until Ctrl-C.
  func follow(_ request: FollowRequest, terminal: TerminalOutput) {
    var printedUntil = gate.exclusive { session.now }
    while !terminal.interruptRequested() {
      usleep(200_000)
      let (now, lines) = gate.exclusive {
        syncClock()
        let now = session.now
        return (now, session.followLines(request, after: printedUntil + SimDuration(nanos: 1)))
      }
      for line in lines {
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
  func watchCluster(terminal: TerminalOutput) {
    var shown = ""
    repeat {
      let view =
        gate.exclusive {
          syncClock()
          return session.visualization(color: terminal.colorEnabled)
        }
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
}
