public import EngineAPI
import SwarmCore

/// `POST /containers/{id}/exec`, `POST /exec/{id}/start`, and the lines an open exec reads.
extension Engine {
  public func execCreate(_ container: String, config: ExecConfig) throws(EngineError)
    -> IDResponse
  {
    let target = try resolveContainer(container)
    guard target.isRunning else {
      throw .conflict("Container \(target.id) is not running")
    }
    guard !config.cmd.isEmpty else { throw .invalidParameter("No exec command specified") }
    // Exec IDs must not draw from the cluster's ID sequence: that would shift every later
    // object ID and make a session's history change what `docker service create` prints.
    let id = StableHash.hex("exec/\(execSerial)/\(target.id)", count: 64)
    execSerial += 1
    pruneExecs()
    execs[id] = ExecInstance(id: id, containerID: target.id, config: config)
    execOrder.append(id)
    return IDResponse(id: id)
  }

  /// Forgets exited execs beyond the newest `execLimit` once twice that many are kept (a whole
  /// block at a time, so creating an exec stays O(1) on average), as dockerd's exec garbage
  /// collection does: a long session of `docker exec` must not grow without bound. Open shells
  /// are kept whatever their age; so is a container's own main process while its container
  /// exists. An old exec never started is dropped too: nothing would ever start it.
  func pruneExecs() {
    guard execs.count >= 2 * Self.execLimit else { return }
    let recent = Set(execOrder.suffix(Self.execLimit))
    execs = execs.filter { id, exec in
      if recent.contains(id) { return true }
      switch exec.phase {
      case .open: return true
      case .created, .exited:
        return exec.isMainProcess && cluster.state.containers[exec.containerID] != nil
      }
    }
    execOrder = execOrder.filter { execs[$0] != nil }
  }

  func execInstance(_ id: String) throws(EngineError) -> ExecInstance {
    guard let exec = execs[id] else { throw .notFound("No such exec instance: \(id)") }
    return exec
  }
}

extension Engine {
  /// Starts an exec: `sh -c '…'` and applets run at once; an interactive shell opens and
  /// answers with its prompt; anything the image lacks fails as the runtime reports it.
  public func execStart(_ id: String) throws(EngineError) -> ExecOutput {
    var exec = try execInstance(id)
    guard exec.phase == .created else {
      throw .conflict("Exec \(id) has already been started")
    }
    guard let container = cluster.state.containers[exec.containerID], container.isRunning else {
      throw .conflict("Container \(exec.containerID) is not running")
    }
    let config = exec.config
    let image = cluster.catalog.lookup(container.resolvedImage)
    var env =
      ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + container.env
      + (config.env ?? [])
    env.append("HOSTNAME=\(container.id.prefix(12))")
    let shell = ContainerShell(
      containerID: container.id, tty: config.tty,
      workdir: config.workingDir ?? image?.workdir ?? "/", env: env)
    let executable = config.cmd[0]
    var output: ShellOutput
    if Self.shellCommands.contains(executable) {
      if config.cmd.count >= 3 && config.cmd[1] == "-c" {
        output = shell.run(config.cmd[2], self)
      } else if config.attachStdin {
        exec.phase = .open
        exec.shell = shell
        execs[id] = exec
        return ExecOutput(prompt: shell.prompt)
      } else {
        // Without -i the shell reads an empty stdin and exits at once.
        output = ShellOutput()
      }
    } else {
      let name = executable.split(separator: "/").last.map(String.init) ?? executable
      guard BusyboxApplets.names.contains(name) else {
        exec.phase = .exited(126)
        execs[id] = exec
        return ExecOutput(chunks: [.stderr(Self.notFound(executable) + "\n")], exitCode: 126)
      }
      output = BusyboxApplets.run(name, Array(config.cmd.dropFirst()), shell: shell, self)
      record(config.cmd, exitCode: output.exitCode, container: container.id)
    }
    exec.phase = .exited(Int(output.exitCode))
    execs[id] = exec
    return ExecOutput(chunks: output.chunks, exitCode: Int(output.exitCode))
  }

  /// A line typed into an open shell; `exit` (or the container stopping) closes it and its
  /// status becomes the exec's.
  public func execInput(_ id: String, line: String) throws(EngineError) -> ExecOutput {
    var exec = try execInstance(id)
    guard exec.phase == .open, let shell = exec.shell else {
      throw .conflict("Exec \(id) is not running")
    }
    let output = shell.run(line, self)
    if output.exitRequested {
      exec.phase = .exited(Int(output.exitCode))
      exec.shell = nil
      execs[id] = exec
      if exec.isMainProcess, cluster.state.containers[exec.containerID]?.isRunning == true {
        finishMainProcess(exec.containerID, ShellOutput(exitCode: output.exitCode))
      }
      return ExecOutput(chunks: output.chunks, exitCode: Int(output.exitCode))
    }
    return ExecOutput(chunks: output.chunks, prompt: shell.prompt, status: Int(output.exitCode))
  }

  /// The commands that start the container's busybox shell.
  static let shellCommands: Set<String> = ["sh", "/bin/sh", "ash", "/bin/ash"]

  /// The busybox applets an exec can run, sorted (what the container shell completes).
  public static var execApplets: [String] { BusyboxApplets.names.sorted() }

  /// The runtime's answer when the command is not an executable in the image.
  public static func notFound(_ executable: String) -> String {
    "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(executable)\": executable file not found in $PATH: unknown"
  }

  /// Keeps `execRecords` between the limit and twice it: dropping a whole block at a time
  /// makes each append O(1) on average.
  func record(_ argv: [String], exitCode: Int32, container: String) {
    if execRecords.count >= 2 * Self.execRecordLimit {
      execRecords.removeFirst(Self.execRecordLimit)
    }
    execRecords.append(ExecRecord(argv: argv, exitCode: exitCode, containerID: container))
    execRecordCount += 1
  }

  /// The records from number `start` (counted as `execRecordCount` counts) on, as far as
  /// they are still kept.
  public func execRecords(since start: Int) -> ArraySlice<ExecRecord> {
    let firstKept = execRecordCount - execRecords.count
    let from = min(max(start - firstKept, 0), execRecords.count)
    return execRecords[from...]
  }
}
