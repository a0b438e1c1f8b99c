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
  /// Which shell this is among those the session opened.
  var serial = 0

  init(containerID: String, tty: Bool, workdir: String, env: [String], serial: Int = 0) {
    self.serial = serial
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
    // descriptor copies can be redirection targets. Each descriptor maps to a stream or to
    // nothing, in the order typed (`2>&1 >/dev/null` keeps errors, drops output).
    var sinks: [Int: OutputChunk.Stream?] = [1: .stdout, 2: .stderr]
    for redirection in command.redirections {
      let target = (try? expander.expandUnsplit(redirection.target)) ?? ""
      let descriptor = redirection.descriptor
      switch redirection.operation {
      case .duplicate where sinks[Int(target) ?? -1] != nil:
        sinks[descriptor] = sinks[Int(target) ?? 1] ?? nil
      case .writeBoth where target == "/dev/null", .appendBoth where target == "/dev/null":
        sinks[1] = .some(nil)
        sinks[2] = .some(nil)
      case .write where target == "/dev/null", .append where target == "/dev/null":
        sinks[descriptor] = .some(nil)
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
    result.chunks = result.chunks.compactMap { chunk in
      let sink = sinks[chunk.stream == .stdout ? 1 : 2] ?? chunk.stream
      return sink.map { OutputChunk($0, chunk.kind) }
    }
    return result
  }
}
