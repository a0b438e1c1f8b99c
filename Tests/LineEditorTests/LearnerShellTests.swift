import Foundation
import Testing

/// The shell a learner expects, end to end in a pseudo-terminal with the real binary: the
/// first screen, pipes and redirection, Ctrl-D leaving only a container shell, `lesson stop`.
/// Enabled by `SWARMLAB_PTY_TESTS=1`, like the other pseudo-terminal tests.
@Suite(
  "the learner's shell in a pseudo-terminal",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_PTY_TESTS"] == "1"),
  .serialized)
struct LearnerShellTests {
  private func start(_ arguments: [String] = []) throws -> PseudoTerminal {
    let binary =
      ProcessInfo.processInfo.environment["SWARMLAB_BINARY"]
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/swarmlab").path
    let state = NSTemporaryDirectory() + "swarmlab-pty-" + UUID().uuidString
    let terminal = try PseudoTerminal(
      executable: binary, arguments: arguments,
      environment: [
        "TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      ], rows: 60)
    try #require(terminal.waitFor("PS> "), "no prompt:\n\(terminal.screen.text)")
    try #require(terminal.waitForRawMode())
    return terminal
  }

  /// Types a line once the editor is ready and waits for the prompt to be drawn `prompts` times.
  private func type(_ shell: PseudoTerminal, _ line: String, prompt: String = "PS> ", count: Int) {
    #expect(shell.waitForRawMode())
    shell.send(line + "\r")
    #expect(shell.waitFor(prompt, count: count), "\(shell.screen.text)")
  }

  @Test("the first screen says what SwarmLab is and how to start; -q leaves it out")
  func firstScreen() throws {
    let shell = try start()
    let top = shell.screen.text
    #expect(top.hasPrefix("SwarmLab: a Docker Swarm simulated"))
    #expect(top.contains("Type 'help'") && top.contains("'lesson ch12'"))
    #expect(shell.waitForRawMode())
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0)
    let quiet = try start(["-q"])
    #expect(quiet.screen.text.hasPrefix("PS> "))
    #expect(quiet.waitForRawMode())
    quiet.send("\u{4}")
    #expect(quiet.waitForExit() == 0)
  }

  @Test("a pipeline and a redirection into the working folder")
  func pipelineAndRedirection() throws {
    let shell = try start(["-q"])
    type(shell, "docker swarm init > /dev/null", count: 2)
    type(
      shell, "docker service create -d --name web --replicas 3 diamol/ch12-timecheck:1.0", count: 3)
    type(shell, "sleep 5; docker service ps web | grep -c Running", count: 4)
    #expect(shell.screen.text.contains("grep -c Running\n3\n"), "\(shell.screen.text)")
    type(shell, "docker service ls > services.txt 2>&1", count: 5)
    type(shell, "ls; cut -c 16-19 services.txt", count: 6)
    #expect(shell.screen.text.contains("services.txt\nNAME\nweb \n"), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("Ctrl-D in a container shell returns to PS> and the swarm is still there")
  func controlDLeavesOnlyTheContainer() throws {
    let shell = try start(["-q"])
    type(shell, "docker swarm init > /dev/null", count: 2)
    type(shell, "docker service create -d --name web diamol/ch12-timecheck:1.0; sleep 5", count: 3)
    type(
      shell, "docker container exec -it $(docker container ls -q --last 1) sh", prompt: "/app # ",
      count: 1)
    type(shell, "hostname", prompt: "/app # ", count: 2)
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitFor("PS> ", count: 4), "\(shell.screen.text)")
    type(shell, "docker service ls --format '{{.Name}} {{.Replicas}}'", count: 5)
    #expect(shell.screen.text.contains("web 1/1"), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("a container shell has its own history and Tab completes its applets")
  func containerHistoryAndCompletion() throws {
    let shell = try start(["-q"])
    type(shell, "docker swarm init > /dev/null", count: 2)
    type(shell, "docker service create -d --name web diamol/ch12-timecheck:1.0; sleep 5", count: 3)
    type(
      shell, "docker container exec -it $(docker container ls -q --last 1) sh", prompt: "/app # ",
      count: 1)
    // Up inside the new shell recalls nothing from the host.
    #expect(shell.waitForRawMode())
    shell.send("\u{1B}[A")
    shell.send("hostna\t")
    #expect(shell.waitFor("/app # hostname "), "\(shell.screen.text)")
    shell.send("\r")
    #expect(shell.waitFor("/app # ", count: 2), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{1B}[A")
    #expect(shell.waitFor("/app # hostname", count: 2), "\(shell.screen.text)")
    shell.send("\u{3}")
    #expect(shell.waitFor("/app # ", count: 3), "\(shell.screen.text)")
    type(shell, "exit", prompt: "PS> ", count: 4)
    // Back at the host, Up recalls the host's last command, not the container's.
    #expect(shell.waitForRawMode())
    shell.send("\u{1B}[A")
    #expect(
      shell.waitFor(
        "PS> docker container exec -it $(docker container ls -q --last 1) sh", count: 2),
      "\(shell.screen.text)")
    shell.send("\u{3}")
    #expect(shell.waitFor("PS> ", count: 5), "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }

  @Test("lesson stop leaves the lesson for the plain shell")
  func lessonStop() throws {
    let shell = try start(["-q"])
    type(shell, "lesson ch12", prompt: "[12.", count: 1)
    #expect(shell.waitFor("] PS> "), "\(shell.screen.text)")
    type(shell, "lesson stop", prompt: "PS> ", count: 3)
    #expect(shell.screen.text.contains("You left ch12 at [12."), "\(shell.screen.text)")
    let lines = shell.screen.text.split(separator: "\n")
    #expect(lines.last?.hasPrefix("PS> ") == true, "\(shell.screen.text)")
    #expect(shell.waitForRawMode())
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.screen.text)")
  }
}
