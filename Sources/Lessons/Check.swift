/// One predicate of a step, written in a lesson file: what must hold on the swarm
/// (or among the commands run in the step), with the line it was written on and an optional
/// learner-facing reason that replaces the generated one.
public struct Check: Sendable, Hashable {
  public indirect enum Kind: Sendable, Hashable {
    /// `swarm: active` / `swarm: inactive`.
    case swarm(active: Bool)
    /// `nodes: {role:, availability:, count:, min:}`: how many nodes match.
    case nodes(NodeQuery)
    /// `service: {name:, image:, replicas:, running:, published:, target:, networks:, converged:}`.
    case service(ServiceQuery)
    /// `no-service: NAME`: the service is gone.
    case noService(String)
    /// `replaced-task: NAME`: a replica of the service failed and its slot runs a new task.
    case replacedTask(service: String)
    /// `rolled-back: NAME`: the service was updated and then rolled back to its previous spec.
    case rolledBack(service: String)
    /// `network: {name:, driver:}`.
    case network(name: String, driver: String?)
    /// `ran: "docker swarm join-token worker"`: a successful command of that kind in this step.
    case ran(CommandPattern)
    /// `logs: NAME`: the service's logs (or a replica container's logs) were printed.
    case logs(service: String)
    /// `exec: NAME`: a command ran inside a container of the service (`docker exec`).
    case exec(service: String?)
    /// `nslookup: NAME`: a DNS lookup of the name, inside a container.
    case nslookup(name: String)
    /// `curl: PORT`: an HTTP request to a published port.
    case curl(port: Int)
    /// `config:`, `secret:`, `volume:`, `no-stack:` (chapter 13's objects, through the API).
    case dataObject(DataObjectCheck)
    case all([Check])
    case any([Check])
    case not(Check)
  }

  public var kind: Kind
  /// The learner-facing reason from the lesson file; nil uses the generated one.
  public var reason: String?
  /// 1-based line in the lesson file.
  public var line: Int

  public init(_ kind: Kind, reason: String? = nil, line: Int = 0) {
    self.kind = kind
    self.reason = reason
    self.line = line
  }

  /// Every check name a lesson file may use, for error messages and the README.
  public static let vocabulary =
    [
      "swarm", "nodes", "service", "no-service", "replaced-task", "rolled-back", "network", "ran",
      "logs", "exec", "nslookup", "curl", "all", "any", "not",
    ] + DataObjectCheck.vocabulary
}

/// Which nodes `nodes:` counts, and how many it wants.
public struct NodeQuery: Sendable, Hashable {
  public var role: String?
  public var availability: String?
  /// Exactly this many; nil with `min` set means "at least".
  public var count: Int?
  public var min: Int?

  public init(role: String? = nil, availability: String? = nil, count: Int? = nil, min: Int? = nil)
  {
    self.role = role
    self.availability = availability
    self.count = count
    self.min = min
  }
}

/// What `service:` asks of one service; unset fields are not checked.
public struct ServiceQuery: Sendable, Hashable {
  public var name: String
  /// `repo:tag`, or a bare repo to accept any tag.
  public var image: String?
  /// Desired replicas in the spec.
  public var replicas: Int?
  /// Tasks actually running now.
  public var running: Int?
  /// A published (ingress) port, optionally with the target port it routes to.
  public var published: Int?
  public var target: Int?
  /// Networks (by name) the tasks attach to.
  public var networks: [String] = []
  /// Every wanted replica runs the current spec and no update is in progress.
  public var converged: Bool?

  public init(name: String) { self.name = name }
}

/// A kind of command, as `ran:` writes it: `docker service logs timecheck` or `nslookup iotd`.
/// Docker commands match by their normalised command path (`docker ps` is `container ls`);
/// the remaining words must all appear among the command's other words.
public struct CommandPattern: Sendable, Hashable {
  public var text: String
  public var program: String
  public var dockerPath: [String]
  public var words: [String]

  public init(_ text: String) {
    self.text = text
    let tokens = text.split(separator: " ").map(String.init)
    program = tokens.first ?? ""
    if program == "docker" {
      let parsed = DockerCommandPath(Array(tokens.dropFirst()))
      dockerPath = parsed.path
      words = parsed.rest
    } else {
      dockerPath = []
      words = Array(tokens.dropFirst())
    }
  }
}
