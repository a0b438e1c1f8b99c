import SwarmLabApp
import Testing

@Suite("Terminal output")
struct TerminalOutputTests {
  private func terminal(
    tty: Bool, environment: [String: String] = [:], interrupts: [Bool] = []
  ) -> (TerminalOutput, () -> String) {
    var output = ""
    var pending = interrupts
    let terminal = TerminalOutput(
      isTerminal: tty, environment: environment, writeOut: { output += $0 },
      writeErr: { output += "ERR:" + $0 },
      interruptRequested: { pending.isEmpty ? false : pending.removeFirst() })
    return (terminal, { output })
  }

  private let frames = [
    AnimationFrame("1/2: [>   ]\n2/2: [    ]", delay: 0.1),
    AnimationFrame("1/2: [====]\n2/2: [==> ]", delay: 0.1),
    AnimationFrame("1/2: running\n2/2: running\nverify: Service converged", delay: 0),
  ]

  @Test("piped output gets only the final frame")
  func pipedAnimation() {
    let (output, text) = terminal(tty: false)
    output.animate(frames)
    #expect(text() == "1/2: running\n2/2: running\nverify: Service converged\n")
  }

  @Test("a terminal gets every frame, each drawn over the previous one")
  func terminalAnimation() {
    let (output, text) = terminal(tty: true)
    #expect(output.animate(frames) == false)
    #expect(
      text() == "1/2: [>   ]\u{1B}[K\n2/2: [    ]\u{1B}[K\n"
        + "\u{1B}[2A\r1/2: [====]\u{1B}[K\n2/2: [==> ]\u{1B}[K\n\u{1B}[J"
        + "\u{1B}[2A\r1/2: running\u{1B}[K\n2/2: running\u{1B}[K\nverify: Service converged\u{1B}[K\n"
        + "\u{1B}[J")
  }

  @Test("Ctrl-C during an animation stops on the frame on screen, never the final one")
  func interruptedAnimation() {
    final class Screen { var text = "" }
    let screen = Screen()
    // Ctrl-C arrives once the second frame is on screen.
    let output = TerminalOutput(
      isTerminal: true, environment: [:], writeOut: { screen.text += $0 }, writeErr: { _ in },
      interruptRequested: { screen.text.contains("[====]") })
    let text = { screen.text }
    #expect(output.animate(frames) == true)
    #expect(text().hasSuffix("\u{1B}[2A\r1/2: [====]\u{1B}[K\n2/2: [==> ]\u{1B}[K\n\u{1B}[J"))
    #expect(!text().contains("Service converged"))
  }

  @Test(
    "colour only on a terminal without NO_COLOR",
    arguments: [
      (true, [String: String](), true), (false, [:], false), (true, ["NO_COLOR": "1"], false),
      (true, ["NO_COLOR": ""], true), (true, ["TERM": "dumb"], false),
    ])
  func color(tty: Bool, environment: [String: String], expected: Bool) {
    #expect(terminal(tty: tty, environment: environment).0.colorEnabled == expected)
  }

  @Test("an interrupt is reported once, ending the echoed ^C line on a terminal")
  func interruptPolling() {
    let (output, text) = terminal(tty: true, interrupts: [true, false])
    #expect(output.interruptRequested())
    #expect(!output.interruptRequested())
    #expect(text() == "\n")
  }
}
