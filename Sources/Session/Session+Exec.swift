import DockerCLI
import Engine
import EngineAPI
import SwarmCore

/// `docker container exec`: the CLI relays to the engine's exec. A shell opens a nested
/// prompt (`/app # `) whose lines go to the engine until `exit`; anything else runs at once.
extension Session {
  func exec(_ parsed: ParsedCommand) -> SessionOutput {
    // A local reference, not `&engine`: `take` reads the engine while the exec runs.
    if var client = remoteEngine {
      defer { remoteEngine = client }
      return exec(parsed, &client)
    }
    var simulated = engine
    return exec(parsed, &simulated)
  }

  private func exec<C: EngineClient>(_ parsed: ParsedCommand, _ client: inout C) -> SessionOutput {
    let plan: ExecCommand.Plan
    switch ExecCommand.plan(parsed, &client) {
    case .failure(let failure): return Self.plain(failure.output)
    case .success(let p): plan = p
    }
    do throws(EngineError) {
      let id = try client.execCreate(plan.containerID, config: plan.config).id
      let output = try client.execStart(id)
      if output.exitCode == nil, let prompt = output.prompt {
        containerShellsOpened += 1
        openExec = (
          id, prompt, "\(plan.containerID)#\(containerShellsOpened)", plan.containerID
        )
      }
      return take(output)
    } catch {
      return failure(error.daemonMessage, code: 1)
    }
  }

  /// `docker container run`: create and start through the API; an interactive shell
  /// (`-it IMAGE sh`) opens the nested prompt as `exec` does, and its `exit` stops the
  /// container.
  func containerRun(_ parsed: ParsedCommand) -> SessionOutput {
    let result: ContainerRunCommand.Result
    if remoteEngine != nil && parsed.flags.bool("interactive") && !parsed.flags.bool("detach") {
      return failure(
        "swarmlab: 'docker container run -i' in the foreground is not relayed to a real engine (use -d, then exec)",
        code: 127)
    }
    if var client = remoteEngine {
      result = ContainerRunCommand.run(parsed, &client)
      remoteEngine = client
    } else {
      var simulated = engine
      result = ContainerRunCommand.run(parsed, &simulated)
    }
    if let id = result.shellContainer, let prompt = result.prompt {
      containerShellsOpened += 1
      openExec = (id, prompt, "\(id)#\(containerShellsOpened)", id)
    }
    var output = take(ExecOutput(chunks: result.chunks))
    output.exitCode = result.exitCode
    return output
  }

  /// A line typed while inside a container; `exit` (or the container stopping) closes the
  /// shell and its status becomes the exec's.
  func runInContainer(_ line: String, _ id: String) -> SessionOutput {
    do throws(EngineError) {
      let output: ExecOutput
      if var client = remoteEngine {
        defer { remoteEngine = client }
        output = try client.execInput(id, line: line)
        // The simulated engine records what its shells ran; a real one does not, so the
        // session does (lesson checks look for `nslookup` inside a container).
        if let container = openExec?.container, output.exitCode == nil {
          record(
            line.split(separator: " ").map(String.init), exitCode: Int32(clamping: output.status),
            container: container)
        }
      } else {
        output = try engine.execInput(id, line: line)
      }
      if output.exitCode != nil {
        openExec = nil
      } else if let prompt = output.prompt {
        openExec?.prompt = prompt
      }
      return take(output)
    } catch {
      openExec = nil
      return failure(error.daemonMessage, code: 1)
    }
  }

  /// The exec's output as the session's, with the commands it ran added to `records`.
  private func take(_ output: ExecOutput) -> SessionOutput {
    for record in engine.execRecords(since: execRecordsSeen) {
      self.record(record.argv, exitCode: record.exitCode, container: record.containerID)
    }
    execRecordsSeen = engine.execRecordCount
    var result = SessionOutput(exitCode: Int32(truncatingIfNeeded: output.status))
    for chunk in output.chunks {
      switch chunk {
      case .stdout(let text): result.chunks.append(.out(text))
      case .stderr(let text): result.chunks.append(.err(text))
      }
    }
    return result
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
