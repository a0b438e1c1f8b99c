/// `POST /containers/create` as `docker run` sends it: moby's `container.Config` with the
/// `HostConfig` fields SwarmLab simulates (the network and `--rm`), decoded from and encoded
/// to the wire's Go key names.
public struct ContainerCreateRequest: Sendable, Equatable, Codable {
  public var image: String
  /// The command after the image; empty for the image's own.
  public var cmd: [String]
  public var env: [String]
  public var tty: Bool
  public var openStdin: Bool
  public var attachStdin: Bool
  /// `--network`: `default` (the bridge) unless given.
  public var networkMode: String
  public var autoRemove: Bool

  public init(
    image: String, cmd: [String] = [], env: [String] = [], tty: Bool = false,
    openStdin: Bool = false, attachStdin: Bool = false, networkMode: String = "default",
    autoRemove: Bool = false
  ) {
    self.image = image
    self.cmd = cmd
    self.env = env
    self.tty = tty
    self.openStdin = openStdin
    self.attachStdin = attachStdin
    self.networkMode = networkMode
    self.autoRemove = autoRemove
  }

  enum CodingKeys: String, CodingKey {
    case image = "Image", cmd = "Cmd", env = "Env", tty = "Tty", openStdin = "OpenStdin"
    case attachStdin = "AttachStdin", hostConfig = "HostConfig"
  }

  struct WireHostConfig: Codable {
    var NetworkMode: String?
    var AutoRemove: Bool?
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    image = try c.decodeIfPresent(String.self, forKey: .image) ?? ""
    cmd = try c.decodeIfPresent([String].self, forKey: .cmd) ?? []
    env = try c.decodeIfPresent([String].self, forKey: .env) ?? []
    tty = try c.decodeIfPresent(Bool.self, forKey: .tty) ?? false
    openStdin = try c.decodeIfPresent(Bool.self, forKey: .openStdin) ?? false
    attachStdin = try c.decodeIfPresent(Bool.self, forKey: .attachStdin) ?? false
    let host = try c.decodeIfPresent(WireHostConfig.self, forKey: .hostConfig)
    networkMode = host?.NetworkMode.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
    autoRemove = host?.AutoRemove ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(image, forKey: .image)
    try c.encode(cmd, forKey: .cmd)
    try c.encode(env, forKey: .env)
    try c.encode(tty, forKey: .tty)
    try c.encode(openStdin, forKey: .openStdin)
    try c.encode(attachStdin, forKey: .attachStdin)
    try c.encode(
      WireHostConfig(NetworkMode: networkMode, AutoRemove: autoRemove), forKey: .hostConfig)
  }
}

/// `container.ContainerCreateCreatedBody`.
public struct ContainerCreateResponse: Sendable, Equatable, Codable {
  public var id: String
  public var warnings: [String]

  public init(id: String, warnings: [String] = []) {
    self.id = id
    self.warnings = warnings
  }

  enum CodingKeys: String, CodingKey { case id = "Id", warnings = "Warnings" }
}
