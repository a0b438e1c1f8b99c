import Lessons
import Session
import SwarmCore
import Testing

@testable import SwarmLabApp

/// The engine between the shell loop and a session: Ctrl-D leaving only a container shell,
/// lesson steps completed by time alone, lesson feedback styled only for a colour terminal.
@Suite struct SessionEngineTests {
  func terminal(color: Bool = false) -> (TerminalOutput, () -> String) {
    final class Box { var text = "" }
    let box = Box()
    let terminal = TerminalOutput(
      isTerminal: color, environment: ["TERM": "xterm"], writeOut: { box.text += $0 },
      writeErr: { box.text += $0 })
    return (terminal, { box.text })
  }

  @Test func endOfInputInAContainerShellReturnsToTheHost() {
    let engine = SessionEngine(session: Session())
    let (out, text) = terminal()
    for line in [
      "docker swarm init", "docker service create -d --name web diamol/ch12-timecheck:1.0",
      "sleep 5", "docker container exec -it $(docker ps -q --last 1) sh",
    ] {
      #expect(engine.execute(line, terminal: out) == .continue)
    }
    #expect(engine.prompt == "/app # ")
    #expect(engine.endOfInput(terminal: out) == .continue)
    #expect(engine.prompt == "PS> ")
    _ = engine.execute("docker service ls -q | wc -l", terminal: out)
    #expect(text().hasSuffix("1\n"))
    #expect(engine.endOfInput(terminal: out) == .exit(0))
  }

  @Test func theShellLoopLeavesTheContainerOnCtrlDAndTheSwarmOnTheNext() {
    let engine = SessionEngine(session: Session())
    let reader = ScriptedReader([
      .line("docker swarm init > /dev/null"),
      .line("docker service create -d --name web diamol/ch12-timecheck:1.0; sleep 5"),
      .line("docker container exec -it $(docker ps -q --last 1) sh"), .line("hostname"), .eof,
      .line("docker service ls --format '{{.Name}}'"), .eof,
    ])
    let (out, text) = terminal()
    #expect(InteractiveShell.loop(engine: engine, reader: reader, terminal: out) == 0)
    #expect(reader.prompts.suffix(3) == ["/app # ", "PS> ", "PS> "])
    #expect(text().hasSuffix("web\n"))
  }

  @Test func aStepThatTimeCompletesIsAnnouncedAtTheNextEnter() throws {
    let text = """
      ---
      id: t1
      title: Test
      seed: 5
      ---
      Intro.

      ## 1.1 First

      ### Step a

      ```step
      id: a
      task: Run two replicas.
      solution:
        - docker service create --name web --replicas 2 diamol/ch12-timecheck:1.0
      check:
        - service: {name: web, running: 2}
      ```
      """
    let lesson = try LessonParser.parse(text, file: "t1.md")
    let lessons = LessonShell(library: [lesson], store: nil)
    let engine = SessionEngine(session: Session(), lessons: lessons)
    let (out, output) = terminal()
    _ = engine.execute("lesson t1", terminal: out)
    _ = engine.execute("docker swarm init > /dev/null", terminal: out)
    _ = engine.execute(
      "docker service create -d --name web --replicas 2 diamol/ch12-timecheck:1.0",
      terminal: out)
    #expect(!output().contains("✓"))
    engine.session.advanceClock(by: .seconds(10))
    engine.emptyLine(terminal: out)
    #expect(output().hasSuffix("✓ [1.1 1/1] Step a: done.\nYou finished t1: Test. Well done!\n"))
  }

  @Test func lessonFeedbackIsColouredOnlyWhenColourIsOn() {
    let lines = "✓ [12.3 2/5] Break a replica: done.\nNext [12.3 3/5] Logs: read them\nNot yet: no"
    #expect(LessonFeedback.style(lines, color: false) == lines)
    let styled = LessonFeedback.style(lines, color: true)
    #expect(styled.hasPrefix("\u{1B}[1;32m✓ [12.3 2/5] Break a replica: done.\u{1B}[0m\n"))
    #expect(styled.contains("\u{1B}[1;36mNext [12.3 3/5] Logs:\u{1B}[0m read them"))
    #expect(styled.hasSuffix("\u{1B}[1;33mNot yet:\u{1B}[0m no"))
    let (piped, _) = terminal(color: false)
    #expect(!piped.colorEnabled)
    let noColor = TerminalOutput(
      isTerminal: true, environment: ["NO_COLOR": "1"], writeOut: { _ in }, writeErr: { _ in })
    #expect(!noColor.colorEnabled)
  }

  /// A terminal whose Ctrl-C arrives on the `after`-th poll (sleeping takes no real time).
  func interruptingTerminal(after polls: Int) -> (TerminalOutput, () -> String) {
    final class Box {
      var text = ""
      var polls = 0
    }
    let box = Box()
    let terminal = TerminalOutput(
      isTerminal: true, environment: ["TERM": "xterm"], writeOut: { box.text += $0 },
      writeErr: { box.text += $0 }, sleep: { _ in },
      interruptRequested: {
        box.polls += 1
        return box.polls == polls
      })
    return (terminal, { box.text })
  }

  @Test func aServiceThatCannotConvergeIsWaitedOnUntilCtrlC() {
    let engine = SessionEngine(session: Session())
    let (out, text) = interruptingTerminal(after: 4000)
    _ = engine.execute("docker swarm init", terminal: out)
    let start = engine.session.now
    _ = engine.execute(
      "docker service create --name stuck --constraint node.labels.x==y diamol/ch12-timecheck:1.0",
      terminal: out)
    let id = engine.session.state.services.values.first!.id
    // docker kept waiting past the command's own bounded wait, poll after poll.
    #expect(engine.session.now - start > .seconds(125))
    #expect(
      text().hasSuffix(
        "Operation continuing in background.\nUse `docker service ps \(id)` to check progress.\n"))
    #expect(text().components(separatedBy: "Operation continuing").count == 2)
    #expect(
      text().contains("1/1: no suitable node (scheduling constraints not satisfied on 1 node)"))
  }

  @Test func ctrlCDuringProgressStopsWhereItIsAndSaysSo() {
    let engine = SessionEngine(session: Session())
    let (out, text) = interruptingTerminal(after: 2)
    _ = engine.execute("docker swarm init", terminal: out)
    _ = engine.execute(
      "docker service create --name web --replicas 3 diamol/ch12-timecheck:1.0", terminal: out)
    let id = engine.session.state.services.values.first!.id
    #expect(!text().contains("verify: Service converged"))
    #expect(
      text().hasSuffix(
        "Operation continuing in background.\nUse `docker service ps \(id)` to check progress.\n"))
  }

  @Test func pipedProgressShowsTheFinalFrameAndTheBoundedWaitsNote() {
    let engine = SessionEngine(session: Session())
    let (out, text) = terminal()
    _ = engine.execute("docker swarm init", terminal: out)
    _ = engine.execute(
      "docker service create --name stuck --constraint node.labels.x==y diamol/ch12-timecheck:1.0",
      terminal: out)
    #expect(text().hasSuffix("to check progress.\n"))
  }

  @Test func helpInsideTheShellListsTheLessonCommands() {
    let engine = SessionEngine(session: Session(), lessons: LessonShell(library: [], store: nil))
    let (out, text) = terminal()
    _ = engine.execute("help", terminal: out)
    #expect(text().contains("Lessons:\n  lessons"))
    #expect(text().contains("lesson stop"))
  }
}
