import Foundation
internal import LineEditor

/// The engine's view of the terminal: where output goes, whether colour and animation fit, and
/// whether the learner pressed Ctrl-C.
public final class TerminalOutput {
  /// Whether stdout is a terminal (animations play, prompts are visible).
  public let isTerminal: Bool
  /// Colour is allowed: a terminal, `TERM` not `dumb`, `NO_COLOR` unset or empty.
  public let colorEnabled: Bool

  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void
  private let sleep: (Double) -> Void
  private let pollInterrupt: () -> Bool

  public init(
    isTerminal: Bool, environment: [String: String],
    writeOut: @escaping (String) -> Void, writeErr: @escaping (String) -> Void,
    sleep: @escaping (Double) -> Void = { _ in },
    interruptRequested: @escaping () -> Bool = {
      false
    }
  ) {
    self.isTerminal = isTerminal
    self.colorEnabled =
      isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    self.writeOut = writeOut
    self.writeErr = writeErr
    self.sleep = sleep
    self.pollInterrupt = interruptRequested
  }

  /// The process's stdout/stderr, real sleeping, and the Ctrl-C flag.
  public static func standard(environment: [String: String]? = nil) -> TerminalOutput {
    TerminalOutput(
      isTerminal: isatty(STDOUT_FILENO) != 0,
      environment: environment ?? ProcessInfo.processInfo.environment,
      writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
      writeErr: { FileHandle.standardError.write(Data($0.utf8)) },
      sleep: { seconds in usleep(UInt32(max(0, seconds) * 1_000_000)) },
      interruptRequested: { Interrupts.consume() })
  }

  /// Writes to stdout as is (include the newline).
  public func write(_ text: String) { writeOut(text) }

  /// Writes to stderr as is (include the newline).
  public func writeError(_ text: String) { writeErr(text) }

  /// Whether Ctrl-C was pressed since the last call (clears it); follows poll this. On a
  /// terminal it ends the line after the `^C` the terminal echoed, so the prompt starts clean.
  public func interruptRequested() -> Bool {
    guard pollInterrupt() else { return false }
    if isTerminal { writeOut("\n") }
    return true
  }

  /// Clears the screen and homes the cursor (terminal only).
  public func clearScreen() {
    if isTerminal { writeOut("\u{1B}[H\u{1B}[2J") }
  }

  /// Lines of the animation frame now on screen, so a live wait can draw over it.
  private var animationLines = 0

  /// Plays `frames` in place on a terminal, each held for its delay; elsewhere only the final
  /// frame is written. Ctrl-C stops on the frame on screen, as docker's display stops where it
  /// is (the final frame is never reached). Returns whether it was interrupted.
  @discardableResult
  public func animate(_ frames: [AnimationFrame]) -> Bool {
    guard let last = frames.last else { return false }
    guard isTerminal else {
      writeOut(Self.terminated(last.text))
      return false
    }
    animationLines = 0
    for (index, frame) in frames.enumerated() {
      redrawAnimation(frame.text)
      if index == frames.count - 1 { break }
      if hold(frame.delay) { return true }
    }
    return false
  }

  /// Draws `text` over the animation frame on screen (a live wait's next poll).
  public func redrawAnimation(_ text: String) {
    writeOut(Self.redraw(text, replacingLines: animationLines))
    animationLines = Self.lineCount(text)
  }

  /// Waits `seconds`, noticing Ctrl-C within 50 ms; returns whether it was pressed. Unlike
  /// ``interruptRequested()`` it does not end the line: docker writes right after the `^C`.
  public func pause(_ seconds: Double) -> Bool { hold(seconds) }

  /// The escape sequence that moves up over `lines` earlier lines and paints `text` over them.
  static func redraw(_ text: String, replacingLines lines: Int) -> String {
    var output = lines > 0 ? "\u{1B}[\(lines)A\r" : ""
    for line in Self.terminated(text).split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
    {
      output += line + "\u{1B}[K\n"
    }
    return output + (lines > 0 ? "\u{1B}[J" : "")
  }

  static func lineCount(_ text: String) -> Int {
    terminated(text).reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
  }

  private static func terminated(_ text: String) -> String {
    text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
  }

  /// Sleeps in short slices so Ctrl-C is noticed promptly; returns whether it was pressed.
  private func hold(_ seconds: Double) -> Bool {
    var remaining = seconds
    while remaining > 0 {
      if pollInterrupt() { return true }
      let slice = min(remaining, 0.05)
      sleep(slice)
      remaining -= slice
    }
    return pollInterrupt()
  }
}

/// One picture of an animation and how long it stays before the next.
public struct AnimationFrame: Equatable, Sendable {
  /// The whole block of text (lines separated by `\n`).
  public var text: String
  /// Seconds to hold this frame.
  public var delay: Double

  public init(_ text: String, delay: Double) {
    self.text = text
    self.delay = delay
  }
}
