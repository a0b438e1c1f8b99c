import Engine
public import EngineAPI

/// `/containers`, `/exec` and `/networks`: the local engine's side of the chapter (the
/// containers of the node the CLI talks to, exec sessions, overlay networks).
extension EngineHost {
  func containers(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "json") {
      let limit = request.query["limit"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
      let options = ContainerListOptions(
        all: request.flag("all"), limit: limit, filters: try request.filters())
      // `Created` is whole Unix seconds, which the CLI renders ("6 seconds ago") against its
      // own clock: it is sent so that the whole seconds of that age are the simulation's.
      let wallSeconds = Self.wallNanos() / 1_000_000_000
      let now = engine.now.unixNanos
      let list = try engine.containerList(options).map { summary in
        var summary = summary
        let age = (now - summary.createdAt.unixNanos) / 1_000_000_000
        summary.createdAt = Timestamp(unixNanos: (wallSeconds - age) * 1_000_000_000)
        return summary
      }
      return json(list)
    } else if request.matches("POST", "create") {
      let body = try WireJSON.body(ContainerCreateRequest.self, request)
      let name = request.query["name"].flatMap { $0.isEmpty ? nil : $0 }
      return json(try engine.containerCreate(body, name: name), status: 201)
    } else if let id = request.match("POST", "{}/wait") {
      // The status line goes out at once and the body when the container stops, as dockerd
      // streams it.
      let container = try engine.containerInspect(id)
      let follow = LogFollow(
        source: .exit(container: container.id, removed: request.query["condition"] == "removed"),
        options: LogsOptions(), after: engine.now)
      return APIResponse(
        status: 200, headers: [("Content-Type", "application/json")], follow: follow)
    } else if let id = request.match("GET", "{}/json") {
      return json(try engine.containerInspect(id))
    } else if let id = request.match("DELETE", "{}") {
      try engine.containerRemove(id, force: request.flag("force"))
      return .empty(204)
    } else if let id = request.match("POST", "{}/kill") {
      try engine.containerKill(id)
      return .empty(204)
    } else if let id = request.match("POST", "{}/stop") {
      try engine.containerStop(id)
      return .empty(204)
    } else if let id = request.match("POST", "{}/start") {
      try engine.containerStart(id)
      return .empty(204)
    } else if let id = request.match("GET", "{}/logs") {
      let options = logsOptions(request)
      return try logs(engine.containerLogs(id, options: options), .container(id), options, request)
    } else if let id = request.match("POST", "{}/exec") {
      let body = try WireJSON.body(ExecCreateBody.self, request)
      let config = ExecConfig(
        cmd: body.cmd ?? [], attachStdin: body.attachStdin ?? false, tty: body.tty ?? false,
        env: body.env, workingDir: body.workingDir.flatMap { $0.isEmpty ? nil : $0 })
      let created = try engine.execCreate(id, config: config)
      execContainers[created.id] = id
      execConfigs[created.id] = config
      return json(created, status: 201)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  /// `POST /images/create` (the pull `docker run` falls back on): the catalog is the registry.
  func images(_ request: APIRequest) throws(EngineError) -> APIResponse {
    guard request.matches("POST", "create"), let image = request.query["fromImage"] else {
      return .notSimulated(request, path: path(request))
    }
    let tag = request.query["tag"].flatMap { $0.isEmpty ? nil : $0 }
    try engine.imagePull(tag.map { "\(image):\($0)" } ?? image)
    return APIResponse(status: 200, headers: [("Content-Type", "application/json")], body: [])
  }

  func exec(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if let id = request.match("POST", "{}/start") {
      let output = try engine.execStart(id)
      if let code = output.exitCode { execExitCodes[id] = code }
      let tty = execConfigs[id]?.tty ?? false
      if request.wantsUpgrade {
        return APIResponse(
          status: 101,
          headers: [
            ("Content-Type", tty ? "application/vnd.docker.raw-stream" : LogStream.contentType),
            ("Connection", "Upgrade"), ("Upgrade", "tcp"),
          ], hijack: ExecHijack(execID: id, tty: tty, initial: output))
      }
      // Without a hijack the output is streamed in the response body.
      return APIResponse(
        status: 200, headers: [("Content-Type", LogStream.contentType)],
        body: ExecRelay.encode(output, tty: tty))
    } else if request.matches("POST", "{}/resize") {
      return .empty(200)
    } else if let id = request.match("GET", "{}/json") {
      guard let container = execContainers[id] else {
        throw .notFound("No such exec instance: \(id)")
      }
      let code = execExitCodes[id]
      return json(
        ExecInspect(
          id: id, running: code == nil, exitCode: code ?? 0, containerID: container,
          tty: execConfigs[id]?.tty ?? false, cmd: execConfigs[id]?.cmd ?? []))
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  /// A line typed into a hijacked exec; the exit code is kept for `GET /exec/{id}/json`.
  func execLine(_ id: String, _ line: String) -> ExecOutput {
    gate.exclusive { typeLine(id, line) }
  }

  private func typeLine(_ id: String, _ line: String) -> ExecOutput {
    syncClock()
    do throws(EngineError) {
      let output = try engine.execInput(id, line: line)
      if let code = output.exitCode { execExitCodes[id] = code }
      lastExecLine = (id, output.status)
      onChange?()
      return output
    } catch {
      execExitCodes[id] = execExitCodes[id] ?? 0
      return ExecOutput(chunks: [], exitCode: execExitCodes[id])
    }
  }

  func networks(_ request: APIRequest) throws(EngineError) -> APIResponse {
    if request.matches("GET", "") {
      return json(try engine.networkList(ListOptions(filters: try request.filters())))
    } else if request.matches("POST", "create") {
      let body = try WireJSON.body(NetworkCreateRequest.self, request)
      return json(try engine.networkCreate(body), status: 201)
    } else if let id = request.match("GET", "{}") {
      return json(try engine.networkInspect(id))
    } else if let id = request.match("DELETE", "{}") {
      try engine.networkRemove(id)
      return .empty(204)
    } else {
      return .notSimulated(request, path: path(request))
    }
  }

  /// `types.ExecConfig` as the CLI sends it (every field present, some null or empty).
  struct ExecCreateBody: Decodable {
    var cmd: [String]?
    var attachStdin: Bool?
    var tty: Bool?
    var env: [String]?
    var workingDir: String?
    enum CodingKeys: String, CodingKey {
      case cmd = "Cmd", attachStdin = "AttachStdin", tty = "Tty", env = "Env"
      case workingDir = "WorkingDir"
    }
  }

  /// `types.ExecProcessConfig`.
  struct ProcessConfig: Encodable {
    var tty: Bool
    var entrypoint: String
    var arguments: [String]
    var privileged = false
  }

  /// `types.ContainerExecInspect`.
  struct ExecInspect: Encodable {
    var id: String
    var running: Bool
    var exitCode: Int
    var containerID: String
    var tty: Bool
    var cmd: [String]
    var pid = 4242
    enum CodingKeys: String, CodingKey {
      case id = "ID", running = "Running", exitCode = "ExitCode", containerID = "ContainerID"
      case pid = "Pid", processConfig = "ProcessConfig"
    }
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(running, forKey: .running)
      try c.encode(exitCode, forKey: .exitCode)
      try c.encode(
        ProcessConfig(tty: tty, entrypoint: cmd.first ?? "", arguments: Array(cmd.dropFirst())),
        forKey: .processConfig)
      try c.encode(containerID, forKey: .containerID)
      try c.encode(pid, forKey: .pid)
    }
  }
}
