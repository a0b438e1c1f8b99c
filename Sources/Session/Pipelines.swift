import ShellSyntax
import ShellTools

/// Pipelines and redirections around any command: `a | b`, `> file`, `2>&1`, `&> /dev/null`.
/// Commands themselves (docker included) only ever produce stdout and stderr chunks; this is
/// where those chunks are routed to the terminal, the next command or a workspace file.
extension Session {
  /// Where one of a command's output streams goes.
  enum Sink: Equatable {
    case terminal(OutputChunk.Stream)
    case pipe
    case file(String)
  }

  /// Runs a pipeline; its status is the last command's (bash without `pipefail`).
  func runPipeline(_ pipeline: Pipeline) -> SessionOutput {
    var output = SessionOutput()
    var input = ""
    for (index, command) in pipeline.commands.enumerated() {
      let isLast = index == pipeline.commands.count - 1
      var piped = ""
      let result = execute(command, stdin: input, toPipe: !isLast, piped: &piped)
      output.chunks += result.chunks
      output.exitCode = result.exitCode
      // Each side of a `|` runs in a subshell: an `exit` there leaves only the subshell.
      if pipeline.commands.count == 1 { output.exitRequested = result.exitRequested }
      input = piped
    }
    return output
  }

  /// Runs one command with its redirections applied; what goes to the pipe is added to `piped`.
  private func execute(
    _ command: SimpleCommand, stdin: String, toPipe: Bool, piped: inout String
  ) -> SessionOutput {
    var stderrFromSubstitutions: [OutputChunk] = []
    let expander = Expander(
      environment: { [unowned self] name in name == "?" ? String(lastStatus) : environment[name] },
      substitute: { [unowned self] inner in
        let result = run(inner)
        stderrFromSubstitutions += result.chunks.filter { $0.stream == .stderr }
        return result.stdout
      })
    var sinks: [Int: Sink] = [1: toPipe ? .pipe : .terminal(.stdout), 2: .terminal(.stderr)]
    var input = stdin
    var assignments: [(String, String)] = []
    var argv: [String] = []
    do {
      var words = command.words[...]
      while let word = words.first, let assignment = word.assignment {
        assignments.append((assignment.name, try expander.expandUnsplit(assignment.value)))
        words = words.dropFirst()
      }
      for word in words { argv += try expander.expand(word) }
      for redirection in command.redirections {
        if let failure = try apply(redirection, expander, &sinks, &input) {
          return SessionOutput(chunks: stderrFromSubstitutions + failure.chunks, exitCode: 1)
        }
      }
    } catch {
      return failure("swarmlab: \(error)", code: 2)
    }
    var result: SessionOutput
    if argv.isEmpty {
      // `X=1` alone sets a shell variable; `> file` alone creates the file.
      for (name, value) in assignments { environment[name] = value }
      result = SessionOutput(exitCode: stderrFromSubstitutions.isEmpty ? 0 : lastStatus)
    } else {
      let saved = assignments.map { ($0.0, environment[$0.0]) }
      for (name, value) in assignments { environment[name] = value }
      standardInput = input
      result = dispatch(argv)
      standardInput = ""
      for (name, value) in saved { environment[name] = value }
      appendRecord(CommandRecord(argv: argv, exitCode: result.exitCode, time: cluster.now))
    }
    var routed = SessionOutput(chunks: stderrFromSubstitutions, exitCode: result.exitCode)
    routed.exitRequested = result.exitRequested
    for chunk in result.chunks {
      switch sinks[chunk.stream == .stdout ? 1 : 2] ?? .terminal(chunk.stream) {
      case .terminal(let stream): routed.chunks.append(OutputChunk(stream, chunk.kind))
      case .pipe: piped += chunk.redirectedText
      case .file(let path): _ = workspace.write(path, chunk.redirectedText, append: true)
      }
    }
    return routed
  }

  /// Opens one redirection as bash does, left to right; a failure is the message to print.
  private func apply(
    _ redirection: Redirection, _ expander: Expander, _ sinks: inout [Int: Sink],
    _ input: inout String
  ) throws -> SessionOutput? {
    let fields = try expander.expand(redirection.target)
    guard fields.count == 1, let target = fields.first else {
      return failure("swarmlab: \(redirection.target.source): ambiguous redirect", code: 1)
    }
    let descriptor = redirection.descriptor
    guard (0...2).contains(descriptor) else {
      return failure(
        "swarmlab: redirecting file descriptor \(descriptor) is not simulated", code: 1)
    }
    switch redirection.operation {
    case .read:
      switch workspace.read(target) {
      case .success(let text): input = text
      case .failure(let error): return failure("swarmlab: \(target): \(error.message)", code: 1)
      }
    case .duplicate:
      guard let source = Int(target), let sink = sinks[source] else {
        return failure("swarmlab: \(target): Bad file descriptor", code: 1)
      }
      sinks[descriptor] = sink
    case .write, .append, .writeBoth, .appendBoth:
      let truncate = redirection.operation == .write || redirection.operation == .writeBoth
      let opened =
        truncate
        ? workspace.write(target, "") : workspace.write(target, "", append: true)
      if case .failure(let error) = opened {
        return failure("swarmlab: \(target): \(error.message)", code: 1)
      }
      let path = workspace.absolute(target)
      if redirection.operation == .writeBoth || redirection.operation == .appendBoth {
        sinks[1] = .file(path)
        sinks[2] = .file(path)
      } else {
        sinks[descriptor] = .file(path)
      }
    }
    return nil
  }
}
