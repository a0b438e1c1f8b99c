import Testing

@Suite("Test terminal emulator")
struct TerminalScreenTests {
  // A pty turns "\n" into "\r\n" on output, so the emulator sees both.
  @Test("carriage returns, erases and cursor moves redraw in place")
  func redraw() {
    var screen = TerminalScreen(columns: 20)
    screen.feed(
      Array("PS> docker se\r\u{1B}[KPS> docker service\r\n1/1\r\n\u{1B}[1A\rdone\u{1B}[K\r\n".utf8))
    #expect(screen.text == "PS> docker service\ndone\n")
    #expect(screen.lastLine == "done")
  }

  @Test("escape sequences split across reads are kept until complete")
  func splitSequences() {
    var screen = TerminalScreen(columns: 20)
    let bytes = Array("ab\u{1B}[2Dé".utf8)
    for byte in bytes { screen.feed([byte]) }
    #expect(screen.text == "éb")
  }
}
