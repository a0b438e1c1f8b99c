import DockerCLI
import SwarmCore

/// `docker container exec`: a shell opens a nested prompt (`/app # `) until `exit`; a single
/// applet runs at once; anything the image lacks fails as the runtime reports it.
extension Session {
  func exec(_ parsed: ParsedCommand) -> SessionOutput {
    let plan: ExecCommand.Plan
    switch ExecCommand.plan(parsed, cluster) {
    case .failure(let failure): return Self.plain(failure.output)
    case .success(let p): plan = p
    }
    guard let container = cluster.state.containers[plan.containerID] else { return SessionOutput() }
    let image = cluster.catalog.lookup(container.resolvedImage)
    var env =
      ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + container.env
      + plan.env
    env.append("HOSTNAME=\(container.id.prefix(12))")
    let shell = ContainerShell(
      containerID: container.id, tty: plan.tty, workdir: plan.workdir ?? image?.workdir ?? "/",
      env: env)
    let executable = plan.command[0]
    if ["sh", "/bin/sh", "ash", "/bin/ash"].contains(executable) {
      if plan.command.count >= 3 && plan.command[1] == "-c" {
        var output = shell.run(plan.command[2], self)
        output.exitRequested = false
        return output
      }
      // Without -i the shell reads an empty stdin and exits at once.
      if plan.interactive {
        containerShellsOpened += 1
        shell.serial = containerShellsOpened
        containerShell = shell
      }
      return SessionOutput()
    }
    let name = executable.split(separator: "/").last.map(String.init) ?? executable
    guard BusyboxApplets.names.contains(name) else {
      return SessionOutput(chunks: [.err(ExecCommand.notFound(executable) + "\n")], exitCode: 126)
    }
    var output = BusyboxApplets.run(name, Array(plan.command.dropFirst()), shell: shell, self)
    record(plan.command, exitCode: output.exitCode, container: container.id)
    output.exitRequested = false
    return output
  }

  /// A line typed while inside a container; `exit` (or the container stopping) closes the
  /// shell and its status becomes the exec's.
  func runInContainer(_ line: String, _ shell: ContainerShell) -> SessionOutput {
    var output = shell.run(line, self)
    if output.exitRequested {
      containerShell = nil
      output.exitRequested = false
    }
    return output
  }

  private static func plain(_ output: CommandOutput) -> SessionOutput {
    var result = SessionOutput(exitCode: output.exitCode)
    for item in output.items {
      switch item {
      case .stdout(let text): result.chunks.append(.out(text.hasSuffix("\n") ? text : text + "\n"))
      case .stderr(let text): result.chunks.append(.err(text.hasSuffix("\n") ? text : text + "\n"))
      default: break
      }
    }
    return result
  }
}
