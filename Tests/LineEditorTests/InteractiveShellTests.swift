import SwarmLabApp
import Testing

/// An engine that records commands; a trailing `\` or an odd number of quotes continues.
final class RecordingEngine: ShellEngine {
  var executed: [String] = []
  var prompt: String { "PS> " }

  private var pending = ""

  func needsContinuation(adding line: String, startsCommand: Bool) -> Bool {
    pending = startsCommand ? line : pending + "\n" + line
    return pending.hasSuffix("\\") || pending.filter { $0 == "\"" }.count % 2 == 1
  }

  func completions(_ lineBeforeCursor: String) -> [String] { [] }

  func execute(_ line: String, terminal: TerminalOutput) -> ShellAction {
    executed.append(line)
    if line.hasPrefix("exit") { return .exit(Int32(line.dropFirst(5)) ?? 0) }
    terminal.write("ran \(line)\n")
    return .continue
  }
}

/// Replays scripted reads and records the prompts asked for.
final class ScriptedReader: LineReading {
  var inputs: [ShellInput]
  var prompts: [String] = []
  var history: [String] = []
  let isInteractive: Bool

  init(_ inputs: [ShellInput], interactive: Bool = false) {
    self.inputs = inputs
    self.isInteractive = interactive
  }

  func readLine(prompt: String) -> ShellInput {
    prompts.append(prompt)
    return inputs.isEmpty ? .eof : inputs.removeFirst()
  }

  func addHistory(_ line: String) { history.append(line) }
}

@Suite("Interactive shell loop")
struct InteractiveShellTests {
  private func run(_ inputs: [ShellInput], interactive: Bool = false) -> (
    status: Int32, engine: RecordingEngine, reader: ScriptedReader, output: String
  ) {
    let engine = RecordingEngine()
    let reader = ScriptedReader(inputs, interactive: interactive)
    var output = ""
    let terminal = TerminalOutput(
      isTerminal: interactive, environment: [:], writeOut: { output += $0 },
      writeErr: { output += $0 })
    let status = InteractiveShell.loop(engine: engine, reader: reader, terminal: terminal)
    return (status, engine, reader, output)
  }

  @Test("one command per line until the end of input, which exits 0")
  func plainLines() {
    let result = run([.line("docker node ls"), .line(""), .line("docker service ls")])
    #expect(result.status == 0)
    #expect(result.engine.executed == ["docker node ls", "docker service ls"])
    #expect(result.output == "ran docker node ls\nran docker service ls\n")
    #expect(result.reader.history == ["docker node ls", "docker service ls"])
  }

  @Test("unfinished lines are joined with a newline under the continuation prompt")
  func continuation() {
    let result = run([
      .line("docker service create \\"), .line("--name web \"a"), .line("b\""), .line("exit 3"),
    ])
    #expect(result.engine.executed == ["docker service create \\\n--name web \"a\nb\"", "exit 3"])
    #expect(result.reader.prompts == ["PS> ", "> ", "> ", "PS> "])
    #expect(result.status == 3)
  }

  @Test("end of input inside a continuation still runs what was read")
  func continuationAtEOF() {
    let result = run([.line("echo \"open")])
    #expect(result.engine.executed == ["echo \"open"])
    #expect(result.status == 0)
  }

  @Test("Ctrl-C drops the line (even mid-continuation) and the shell goes on")
  func interrupt() {
    let result = run([
      .interrupted, .line("echo \"open"), .interrupted, .line("docker node ls"), .line("exit"),
    ])
    #expect(result.engine.executed == ["docker node ls", "exit"])
    #expect(result.status == 0)
  }

  @Test("Ctrl-D at a terminal exits 0 and ends the prompt line")
  func endOfFileAtTerminal() {
    let result = run([.line("docker node ls"), .eof, .line("never read")], interactive: true)
    #expect(result.status == 0)
    #expect(result.output == "ran docker node ls\n\n")
    #expect(result.engine.executed == ["docker node ls"])
  }
}
