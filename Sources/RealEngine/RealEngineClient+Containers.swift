public import EngineAPI
import GoDurations

/// Container, exec and network endpoints. Containers are only those of this engine, as with
/// docker's own `ps`.
extension RealEngineClient {
  // MARK: Containers

  public func containerList(_ options: ContainerListOptions) throws(EngineError)
    -> [ContainerSummary]
  {
    var query = Self.filters(options.filters)
    if options.all { query.append(("all", "1")) }
    if let limit = options.limit { query.append(("limit", String(limit))) }
    return try get([ContainerSummary].self, "/containers/json", query: query)
  }

  public func containerInspect(_ ref: String) throws(EngineError) -> ContainerJSON {
    try get(ContainerJSON.self, "/containers/\(Self.segment(ref))/json")
  }

  public func containerRemove(_ ref: String, force: Bool) throws(EngineError) {
    _ = try call("DELETE", "/containers/" + Self.segment(ref), query: [("force", Self.flag(force))])
  }

  public func containerKill(_ ref: String) throws(EngineError) {
    _ = try call("POST", "/containers/\(Self.segment(ref))/kill")
  }

  public func containerStop(_ ref: String) throws(EngineError) {
    _ = try call("POST", "/containers/\(Self.segment(ref))/stop")
  }

  public func containerStart(_ ref: String) throws(EngineError) {
    _ = try call("POST", "/containers/\(Self.segment(ref))/start")
  }

  public func containerLogs(_ ref: String, options: LogsOptions) throws(EngineError)
    -> [LogMessage]
  {
    try logs("/containers/\(Self.segment(ref))/logs", options: options, swarm: false, id: ref)
  }

  public func containerCreate(_ request: ContainerCreateRequest, name: String?)
    throws(EngineError) -> ContainerCreateResponse
  {
    try decode(
      ContainerCreateResponse.self,
      try call(
        "POST", "/containers/create", query: name.map { [("name", $0)] } ?? [],
        body: try encode(request)))
  }

  /// Over request/response HTTP the output is read after the process ends: start, wait for
  /// the exit, then the log (a `--rm` container's log is gone by then). An interactive main
  /// shell is not relayed.
  public func containerAttachStart(_ id: String) throws(EngineError) -> ExecOutput {
    struct WaitBody: Decodable { var StatusCode: Int }
    try containerStart(id)
    let wait = try decode(
      WaitBody.self, try call("POST", "/containers/\(Self.segment(id))/wait"))
    let logs = (try? containerLogs(id, options: LogsOptions())) ?? []
    let chunks: [ExecOutput.Chunk] = logs.map {
      $0.stream == .stderr ? .stderr($0.line + "\n") : .stdout($0.line + "\n")
    }
    return ExecOutput(chunks: chunks, exitCode: wait.StatusCode)
  }

  public func imagePull(_ reference: String) throws(EngineError) {
    _ = try call("POST", "/images/create", query: [("fromImage", reference)])
  }

  // MARK: Exec

  /// moby's `ExecConfig` with the attach flags a one-shot command needs to be heard.
  struct ExecCreateBody: Encodable {
    var Cmd: [String]
    var AttachStdout = true
    var AttachStderr = true
    var Tty: Bool
    var Env: [String]?
    var WorkingDir: String?
  }

  struct ExecInspect: Decodable {
    var ContainerID: String
    var Running: Bool
    var ExitCode: Int?
    var ProcessConfig: ProcessConfig?
    struct ProcessConfig: Decodable { var tty: Bool? }
  }

  public func execCreate(_ container: String, config: ExecConfig) throws(EngineError)
    -> IDResponse
  {
    let body = ExecCreateBody(
      Cmd: config.cmd, Tty: config.tty, Env: config.env, WorkingDir: config.workingDir)
    let id = try decode(
      IDResponse.self,
      try call("POST", "/containers/\(Self.segment(container))/exec", body: try encode(body)))
    if config.attachStdin && Self.isShell(config.cmd) { openShells[id.id] = config }
    return id
  }

  /// An interactive shell cannot be held open over request/response HTTP, so it is kept here
  /// instead: each line typed runs as its own `sh -c` in the same container (the learner is
  /// told that `cd` and variables do not carry over).
  public func execStart(_ id: String) throws(EngineError) -> ExecOutput {
    if let shell = openShells[id] {
      return ExecOutput(
        chunks: [
          .stderr(
            "swarmlab: on a real engine each line runs as its own `sh -c`; cd and variables do not carry over\n"
          )
        ], prompt: Self.prompt(shell))
    }
    return try run(id)
  }

  public func execInput(_ id: String, line: String) throws(EngineError) -> ExecOutput {
    guard let shell = openShells[id] else {
      throw EngineError.conflict("Exec \(id) is not running")
    }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed == "exit" || trimmed.hasPrefix("exit ") {
      openShells[id] = nil
      return ExecOutput(
        exitCode: Int(trimmed.dropFirst(4).trimmingCharacters(in: .whitespaces)) ?? 0)
    }
    guard !trimmed.isEmpty else { return ExecOutput(prompt: Self.prompt(shell)) }
    let container = try get(ExecInspect.self, "/exec/\(Self.segment(id))/json").ContainerID
    var config = shell
    config.cmd = [shell.cmd[0], "-c", line]
    config.attachStdin = false
    let step = try execCreate(container, config: config)
    var output = try run(step.id)
    output.exitCode = nil
    output.prompt = Self.prompt(shell)
    return output
  }

  /// Starts an exec attached and reads its output to the end, then its exit code.
  func run(_ id: String) throws(EngineError) -> ExecOutput {
    struct StartBody: Encodable {
      var Detach = false
      var Tty: Bool
    }
    let inspect = try get(ExecInspect.self, "/exec/\(Self.segment(id))/json")
    let reply = try call(
      "POST", "/exec/\(Self.segment(id))/start",
      body: try encode(StartBody(Tty: inspect.ProcessConfig?.tty ?? false)))
    let chunks: [ExecOutput.Chunk] = DockerStream.frames(reply.body).map {
      let text = String(decoding: $0.bytes, as: UTF8.self)
      return $0.stream == .stderr ? .stderr(text) : .stdout(text)
    }
    // The stream ends as the process does; the daemon records the exit code a moment later.
    var exitCode: Int?
    for _ in 0..<50 {
      let after = try get(ExecInspect.self, "/exec/\(Self.segment(id))/json")
      if !after.Running, let code = after.ExitCode {
        exitCode = code
        break
      }
      wait(GoDuration(nanoseconds: 20_000_000))
    }
    return ExecOutput(chunks: chunks, exitCode: exitCode ?? 126)
  }

  static func isShell(_ cmd: [String]) -> Bool {
    cmd.count == 1 && ["sh", "/bin/sh", "ash", "/bin/ash", "bash", "/bin/bash"].contains(cmd[0])
  }

  static func prompt(_ config: ExecConfig) -> String {
    "\(config.workingDir ?? "/") # "
  }

  // MARK: Networks

  public func networkCreate(_ request: NetworkCreateRequest) throws(EngineError)
    -> NetworkCreateResponse
  {
    try decode(
      NetworkCreateResponse.self, try call("POST", "/networks/create", body: try encode(request)))
  }

  public func networkList(_ options: ListOptions) throws(EngineError) -> [NetworkResource] {
    try get([NetworkResource].self, "/networks", query: Self.filters(options.filters))
  }

  public func networkInspect(_ ref: String) throws(EngineError) -> NetworkResource {
    try get(NetworkResource.self, "/networks/" + Self.segment(ref))
  }

  public func networkRemove(_ ref: String) throws(EngineError) {
    _ = try call("DELETE", "/networks/" + Self.segment(ref))
  }
}
