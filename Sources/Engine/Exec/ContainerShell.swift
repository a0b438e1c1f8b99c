import EngineAPI
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
  /// What the running applet reads (the previous command's output in a pipeline).
  var standardInput = ""

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
  func run(_ line: String, _ engine: Engine) -> ShellOutput {
    switch ShellParser.parse(line) {
    case .incomplete:
      return ShellOutput(
        chunks: [.stderr("sh: syntax error: unterminated quoted string\n")], exitCode: 2)
    case .failure(let error):
      return ShellOutput(chunks: [.stderr("sh: \(error.message)\n")], exitCode: 2)
    case .complete(let list):
      var output = ShellOutput()
      let status = list.run(startingStatus: lastStatus) { pipeline in
        guard !output.exitRequested else { return lastStatus }
        var input = ""
        for (index, command) in pipeline.commands.enumerated() {
          let isLast = index == pipeline.commands.count - 1
          var result = execute(command, stdin: input, engine)
          input = ""
          if !isLast {
            // A pipe carries stdout to the next applet; `exit` inside a pipe ends only its
            // subshell, as in ash.
            input = result.stdout
            result.chunks.removeAll { if case .stdout = $0 { true } else { false } }
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

  private func execute(_ command: SimpleCommand, stdin: String, _ engine: Engine) -> ShellOutput {
    let expander = Expander(
      environment: { [unowned self] name in name == "?" ? String(lastStatus) : variables[name] },
      substitute: { [unowned self] inner in run(inner, engine).stdout })
    guard let argv = try? expander.expand(command), let name = argv.first else {
      return ShellOutput()
    }
    // A container that stopped under the shell takes the shell with it.
    guard engine.cluster.state.containers[containerID]?.isRunning == true else {
      var gone = ShellOutput(exitCode: 137)
      gone.exitRequested = true
      return gone
    }
    // The container's filesystem is not simulated beyond a few files: only /dev/null and
    // descriptor copies can be redirection targets. Each descriptor maps to a stream or to
    // nothing, in the order typed (`2>&1 >/dev/null` keeps errors, drops output).
    var sinks: [Int: Sink?] = [1: .stdout, 2: .stderr]
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
        return ShellOutput(
          chunks: [
            .stderr("sh: redirection to '\(target)' is not simulated in the container shell\n")
          ],
          exitCode: 127)
      }
    }
    standardInput = stdin
    var result = BusyboxApplets.run(name, Array(argv.dropFirst()), shell: self, engine)
    standardInput = ""
    engine.record(argv, exitCode: result.exitCode, container: containerID)
    result.chunks = result.chunks.compactMap { chunk in
      switch chunk {
      case .stdout(let text): (sinks[1] ?? .stdout).map { $0.chunk(text) }
      case .stderr(let text): (sinks[2] ?? .stderr).map { $0.chunk(text) }
      }
    }
    return result
  }

  /// Where a descriptor's output goes after redirection.
  private enum Sink {
    case stdout, stderr

    func chunk(_ text: String) -> ExecOutput.Chunk {
      self == .stdout ? .stdout(text) : .stderr(text)
    }
  }
}
