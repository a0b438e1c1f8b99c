import DistributionReference
public import EngineAPI
import SwarmCore

/// `docker run`'s side of the daemon: `POST /containers/create`, the first start of a
/// container no task owns, and the image pull the CLI falls back on. The main process is the
/// command given, run by the same busybox applets as `exec`; it runs to its end at once
/// (output to the container's log), except an interactive shell, `sleep` when detached and
/// the image's own app, which keep the container running.
extension Engine {
  public func containerCreate(_ request: ContainerCreateRequest, name: String?)
    throws(EngineError) -> ContainerCreateResponse
  {
    guard cluster.catalog.lookup(request.image) != nil else {
      throw .notFound("No such image: \(ImageReference(request.image).familiar)")
    }
    if let name {
      guard Self.isValidContainerName(name) else {
        throw .invalidParameter(
          "Invalid container name (\(name)), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")
      }
      let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
      if let holder = cluster.state.containers.values.first(where: {
        $0.nodeID == cluster.currentMachine && $0.name == bare
      }) {
        throw .conflict(
          "Conflict. The container name \"/\(bare)\" is already in use by container \"\(holder.id)\". You have to remove (or rename) that container to be able to reuse that name."
        )
      }
    }
    let mode = request.networkMode
    let config = StandaloneConfig(
      command: request.cmd, network: mode == "default" || mode == "bridge" ? nil : mode,
      autoRemove: request.autoRemove, openStdin: request.openStdin, tty: request.tty)
    var chosen = name.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
    while chosen == nil {
      let candidate = NamesGenerator.randomName(&cluster)
      let taken = cluster.state.containers.values.contains {
        $0.nodeID == cluster.currentMachine && $0.name == candidate
      }
      if !taken { chosen = candidate }
    }
    let container = ControlAPI.createStandaloneContainer(
      name: chosen!, image: request.image, command: request.cmd, config: config,
      env: request.env, &cluster)
    return ContainerCreateResponse(id: container.id)
  }

  /// moby's `validContainerNamePattern`.
  static func isValidContainerName(_ name: String) -> Bool {
    let bare = name.hasPrefix("/") ? name.dropFirst() : Substring(name)
    guard bare.count >= 2, let first = bare.first, first.isASCII,
      first.isLetter || first.isNumber
    else { return false }
    return bare.allSatisfy { c in
      c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "." || c == "-")
    }
  }

  /// `POST /images/create?fromImage=`: there is no registry beyond the image catalog, so a
  /// pull of an image the catalog lacks gets Docker Hub's answer for a missing tag or repository.
  public func imagePull(_ reference: String) throws(EngineError) {
    guard cluster.catalog.lookup(reference) == nil else { return }
    let ref = ImageReference(reference)
    if cluster.catalog.images.contains(where: { $0.repository == ref.repository }) {
      throw .notFound(
        "manifest for \(ref.familiar) not found: manifest unknown: manifest unknown")
    }
    throw .notFound(
      "pull access denied for \(ref.repository), repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    )
  }

  public func containerAttachStart(_ id: String) throws(EngineError) -> ExecOutput {
    let container = try resolveContainer(id)
    guard container.standalone != nil else {
      try containerStart(id)
      return ExecOutput()
    }
    return try startStandalone(container, attached: true)
  }

  /// The first (or a later) start of a `docker run` container: its network, then its main
  /// process. A failed start leaves it `Created`, as the runtime does.
  func startStandalone(_ container: Container, attached: Bool) throws(EngineError)
    -> ExecOutput
  {
    guard !container.isRunning, let config = container.standalone else { return ExecOutput() }
    var overlay: String?
    if let ref = config.network { overlay = try attachableNetwork(ref).id }
    // Without a command the image's own runs: an app (argv stays empty: the catalog's app
    // behaviour keeps the container up), or, for a shell-only image, that shell.
    var argv = config.command
    if argv.isEmpty, let command = cluster.catalog.lookup(container.resolvedImage)?.command,
      Self.shellCommands.contains(command)
    {
      argv = [command]
    }
    let executable = argv.first.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    if let executable, !BusyboxApplets.names.contains(executable) {
      ControlAPI.failStart(container.id, exitCode: 127, &cluster)
      throw .invalidParameter(
        "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"\(argv[0])\": executable file not found in $PATH: unknown"
      )
    }
    if let overlay { ControlAPI.attachStandalone(container.id, to: overlay, &cluster) }
    for network in config.connected
    where network != overlay && cluster.state.networks[network] != nil {
      ControlAPI.attachStandalone(container.id, to: network, &cluster)
    }
    ControlAPI.runStandalone(container.id, &cluster)
    cluster.settle()
    guard let executable else { return ExecOutput() }
    let isShell = ["sh", "ash"].contains(executable)
    // Processes that wait: a shell on an open stdin, and `sleep` nobody waits for.
    if (isShell && argv.count == 1 && config.openStdin) || (executable == "sleep" && !attached) {
      guard attached && isShell else { return ExecOutput() }
      let shell = mainShell(container, config)
      var exec = ExecInstance(
        id: container.id, containerID: container.id,
        config: ExecConfig(cmd: argv, attachStdin: true, tty: config.tty))
      exec.phase = .open
      exec.shell = shell
      exec.isMainProcess = true
      execs[container.id] = exec
      return ExecOutput(prompt: shell.prompt)
    }
    let shell = mainShell(container, config)
    let output: ShellOutput
    if isShell {
      // `sh -c SCRIPT`; a shell without -c reads an empty stdin and exits.
      output = argv.count >= 3 && argv[1] == "-c" ? shell.run(argv[2], self) : ShellOutput()
    } else {
      output = BusyboxApplets.run(executable, Array(argv.dropFirst()), shell: shell, self)
      record(argv, exitCode: output.exitCode, container: container.id)
    }
    finishMainProcess(container.id, output)
    return ExecOutput(chunks: output.chunks, exitCode: Int(output.exitCode))
  }

  private func mainShell(_ container: Container, _ config: StandaloneConfig) -> ContainerShell {
    let image = cluster.catalog.lookup(container.resolvedImage)
    let env =
      ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + container.env
      + ["HOSTNAME=\(container.id.prefix(12))"]
    return ContainerShell(
      containerID: container.id, tty: config.tty, workdir: image?.workdir ?? "/", env: env)
  }

  /// The main process wrote `output` and ended: its lines go to the container's log (as
  /// `docker logs` shows them later) and the container stops with its status.
  func finishMainProcess(_ id: String, _ output: ShellOutput) {
    let now = cluster.now
    var lines: [LogLine] = []
    for chunk in output.chunks {
      let (text, isStderr) =
        switch chunk {
        case .stdout(let t): (t, false)
        case .stderr(let t): (t, true)
        }
      var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
      if parts.last == "" { parts.removeLast() }
      lines += parts.map { LogLine(time: now, text: String($0), isStderr: isStderr) }
    }
    ControlAPI.appendLogs(id, lines, &cluster)
    ControlAPI.finishStandalone(id, exitCode: Int(output.exitCode), &cluster)
  }

  /// `POST /networks/{id}/connect`: a `docker run` container joins an attachable overlay (or
  /// the bridge again).
  public func networkConnect(_ networkRef: String, container ref: String) throws(EngineError) {
    let container = try resolveContainer(ref)
    let network = try attachableNetwork(networkRef)
    guard container.standalone != nil else {
      throw EngineError(
        statusCode: 501,
        message:
          "swarmlab: SwarmLab does not simulate connecting a swarm task's container to another network"
      )
    }
    if ControlAPI.isConnected(container, to: network, cluster.state) {
      throw .forbidden("\(ref) is already attached to network \(networkRef)")
    }
    ControlAPI.connectStandalone(container.id, to: network, &cluster)
  }

  /// `POST /networks/{id}/disconnect`.
  public func networkDisconnect(_ networkRef: String, container ref: String, force: Bool)
    throws(EngineError)
  {
    let network = try control { () throws(ControlError) in
      try cluster.state.resolveNetwork(networkRef)
    }
    let container = try resolveContainer(ref)
    guard ControlAPI.isConnected(container, to: network, cluster.state) else {
      throw .forbidden("container \(container.id) is not connected to network \(networkRef)")
    }
    ControlAPI.disconnectStandalone(container.id, from: network, &cluster)
  }

  /// A network a container may join by hand: the bridge or an attachable overlay, with
  /// swarmkit's refusals (as `docker run --network` gets them).
  func attachableNetwork(_ ref: String) throws(EngineError) -> SwarmCore.Network {
    guard let network = IPAM.resolve(ref, in: cluster.state),
      network.scope == "swarm" || network.name == "bridge"
    else {
      throw .notFound(
        "Could not attach to network \(ref): rpc error: code = NotFound desc = network \(ref) not found"
      )
    }
    guard network.attachable || network.name == "bridge" else {
      throw EngineError(
        statusCode: 403,
        message:
          "Could not attach to network \(ref): rpc error: code = PermissionDenied desc = network \(ref) not manually attachable"
      )
    }
    return network
  }
}
