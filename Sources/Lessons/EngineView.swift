public import EngineAPI

/// The swarm as one evaluation of a step's checks sees it: read through the Engine API from
/// whichever engine the session talks to (the simulated dockerd or a real one), each answer
/// asked for at most once, so five checks on one service list the services once and a real
/// engine is not asked the same question twice.
///
/// An engine that is not a swarm manager answers lists with an error; checks read that as an
/// empty swarm (no nodes, no services), which is what the learner sees with `docker … ls`.
public final class EngineView {
  /// Asked directly by the checks whose answers are not cached here (`DataObjectChecks`).
  var client: any EngineClient
  private var cachedInfo: SystemInfo?
  private var cachedNodes: [Node]?
  private var cachedServices: [Service]?
  private var cachedNetworks: [NetworkResource]?
  /// Keyed by service ID; looked up, never iterated.
  private var tasksByService: [String: [Task]] = [:]
  private var upToDateByService: [String: [ProgressTask]] = [:]

  public init(_ client: any EngineClient) { self.client = client }

  /// Whether the engine is part of a swarm (`docker info`'s `Swarm: active`).
  public var swarmIsActive: Bool { info.swarm.localNodeState == "active" }

  public var info: SystemInfo {
    if let cachedInfo { return cachedInfo }
    let info = client.info()
    cachedInfo = info
    return info
  }

  public var nodes: [Node] {
    if let cachedNodes { return cachedNodes }
    let nodes = (try? client.nodeList(ListOptions())) ?? []
    cachedNodes = nodes
    return nodes
  }

  public var services: [Service] {
    if let cachedServices { return cachedServices }
    let services = (try? client.serviceList(ServiceListOptions())) ?? []
    cachedServices = services
    return services
  }

  public var networks: [NetworkResource] {
    if let cachedNetworks { return cachedNetworks }
    let networks = (try? client.networkList(ListOptions())) ?? []
    cachedNetworks = networks
    return networks
  }

  /// The service with exactly this name (not an ID prefix: a lesson names its services).
  public func service(named name: String) -> Service? {
    services.first { $0.spec.name == name }
  }

  /// Every task of the service, past ones included (`docker service ps`'s rows).
  public func tasks(of service: Service) -> [Task] {
    if let tasks = tasksByService[service.id] { return tasks }
    var filters = FilterArgs()
    filters.add("service", service.id)
    let tasks = (try? client.taskList(ListOptions(filters: filters))) ?? []
    tasksByService[service.id] = tasks
    return tasks
  }

  /// Tasks that are running and meant to be.
  public func runningTasks(of service: Service) -> [Task] {
    tasks(of: service).filter { $0.status.state == "running" && $0.desiredState == "running" }
  }

  /// The service's tasks made from its current spec (the engine's `_up-to-date` filter, which
  /// docker's progress display reads too).
  public func upToDateTasks(of service: Service) -> [ProgressTask] {
    if let tasks = upToDateByService[service.id] { return tasks }
    let tasks = (try? client.progressTasks(service: service.id)) ?? []
    upToDateByService[service.id] = tasks
    return tasks
  }

  /// A network's name from the ID or name a task template refers to it by.
  public func networkName(_ reference: String) -> String {
    networks.first { $0.id == reference }?.name ?? reference
  }
}
