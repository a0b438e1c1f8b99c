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
      let status = list.run(startingStatus: lastStatus) { command in
        guard !output.exitRequested else { return lastStatus }
        let result = execute(command, engine)
        output.chunks += result.chunks
        output.exitRequested = result.exitRequested
        lastStatus = result.exitCode
        return result.exitCode
      }
      output.exitCode = list.isEmpty ? lastStatus : status
      return output
    }
  }

  private func execute(_ command: SimpleCommand, _ engine: Engine) -> ShellOutput {
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
    let result = BusyboxApplets.run(name, Array(argv.dropFirst()), shell: self, engine)
    engine.record(argv, exitCode: result.exitCode, container: containerID)
    return result
  }
}
