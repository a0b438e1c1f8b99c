import DockerCLI
import ShellSyntax
import SwarmCore

/// The busybox `sh` the learner is inside after `docker container exec -it X sh`. Lines are
/// parsed with the same shell syntax as the host's, then run as simulated busybox applets
/// against the cluster; nothing ever runs on the real machine.
final class ContainerShell {
  let containerID: String
  /// `-t`: busybox shows its prompt only on a terminal.
  let tty: Bool
  var cwd: String
  var variables: [String: String]
  var lastStatus: Int32 = 0
  /// The shell's process ID in the container (`ps`): after the main process and docker's init.
  let pid = 7
  /// Lines typed in this shell, for its own history (Up arrow inside the container).
  var history: [String] = []

  init(containerID: String, tty: Bool, workdir: String, env: [String]) {
    self.containerID = containerID
    self.tty = tty
    self.cwd = workdir
    var variables: [String: String] = [:]
    for pair in env {
      let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      variables[kv[0]] = kv.count > 1 ? kv[1] : ""
    }
    self.variables = variables
  }

  /// busybox ash's default `PS1='\w \$ '` for root: `/app # `.
  var prompt: String { tty ? "\(cwd) # " : "" }

  /// Runs one line inside the container. `exit` sets `exitRequested`, which closes the shell.
  func run(_ line: String, _ session: Session) -> SessionOutput {
    switch ShellParser.parse(line) {
    case .incomplete:
      return SessionOutput(
        chunks: [.err("sh: syntax error: unterminated quoted string\n")], exitCode: 2)
    case .failure(let error):
      return SessionOutput(chunks: [.err("sh: \(error.message)\n")], exitCode: 2)
    case .complete(let list):
      var output = SessionOutput()
      let status = list.run(startingStatus: lastStatus) { pipeline in
        guard !output.exitRequested else { return lastStatus }
        var input = ""
        for (index, command) in pipeline.commands.enumerated() {
          let isLast = index == pipeline.commands.count - 1
          var result = execute(command, stdin: input, session)
          input = ""
          if !isLast {
            input = result.chunks.filter { $0.stream == .stdout }.map(\.plainText).joined()
            result.chunks.removeAll { $0.stream == .stdout }
            result.exitRequested = false
          }
          output.chunks += result.chunks
          output.exitRequested = result.exitRequested && pipeline.commands.count == 1
          lastStatus = result.exitCode
        }
        return lastStatus
      }
      output.exitCode = list.isEmpty ? lastStatus : status
      return output
    }
  }

  private func execute(_ command: SimpleCommand, stdin: String, _ session: Session)
    -> SessionOutput
  {
    let expander = Expander(
      environment: { [unowned self] name in name == "?" ? String(lastStatus) : variables[name] },
      substitute: { [unowned self] inner in run(inner, session).stdout })
    guard let argv = try? expander.expand(command), let name = argv.first else {
      return SessionOutput()
    }
    // A container that stopped under the shell takes the shell with it.
    guard session.cluster.state.containers[containerID]?.isRunning == true else {
      var gone = SessionOutput(exitCode: 137)
      gone.exitRequested = true
      return gone
    }
    // The container's filesystem is not simulated beyond a few files: only /dev/null and
    // descriptor copies can be redirection targets.
    var toNull: Set<Int> = []
    var duplicates: [(Int, Int)] = []
    for redirection in command.redirections {
      let target = (try? expander.expandUnsplit(redirection.target)) ?? ""
      switch redirection.operation {
      case .duplicate: duplicates.append((redirection.descriptor, Int(target) ?? 1))
      case .write, .append, .writeBoth,
        .appendBoth where target == "/dev/null":
        if redirection.operation == .writeBoth || redirection.operation == .appendBoth {
          toNull.formUnion([1, 2])
        } else {
          toNull.insert(redirection.descriptor)
        }
      default:
        return SessionOutput(
          chunks: [
            .err("sh: redirection to '\(target)' is not simulated in the container shell\n")
          ],
          exitCode: 127)
      }
    }
    session.standardInput = stdin
    var result = BusyboxApplets.run(name, Array(argv.dropFirst()), shell: self, session)
    session.standardInput = ""
    session.record(argv, exitCode: result.exitCode, container: containerID)
    for (from, to) in duplicates where from == 2 && to == 1 {
      result.chunks = result.chunks.map { OutputChunk(.stdout, $0.kind) }
    }
    result.chunks.removeAll { toNull.contains($0.stream == .stdout ? 1 : 2) }
    return result
  }
}
