/// Play with Docker's ready-made swarms: `3m2w` is three managers and two workers on
/// node1…node5, already joined, with the shell on node1 (the leader). Larger ones
/// (`3m997w`) are for trying scale.
public struct SwarmTemplate: Sendable, Equatable {
  public var managers: Int
  public var workers: Int
  /// The most machines a template builds.
  public static let maxMachines = 5000

  /// Parses `<M>m<W>w` (`3m2w`, `1m3w`, `5m0w`); at least one manager, at most
  /// `maxMachines` machines.
  public init?(_ text: String) {
    let lower = text.lowercased()
    guard let m = lower.firstIndex(of: "m"), lower.hasSuffix("w"),
      let managers = Int(lower[..<m]),
      let workers = Int(lower[lower.index(after: m)..<lower.index(before: lower.endIndex)]),
      managers >= 1, workers >= 0, managers <= Self.maxMachines - workers
    else { return nil }
    self.managers = managers
    self.workers = workers
  }

  public var machineNames: [String] { (1...(managers + workers)).map { "node\($0)" } }

  /// Creates the machines, initialises the swarm on node1, joins the other managers then the
  /// workers, and switches the shell to node1.
  public func build(_ cluster: inout Cluster) throws(MachineError) {
    guard !cluster.state.isActive else {
      throw MachineError(
        "machine: a swarm already exists; the \(managers)m\(workers)w template builds its own (run 'docker swarm leave --force' on its managers first)"
      )
    }
    let names = machineNames
    try MachineAPI.create(names, &cluster)
    let previous = cluster.currentMachine
    do throws(ControlError) {
      cluster.currentMachine = names[0]
      try ControlAPI.initSwarm(advertiseAddress: cluster.localMachine.address, &cluster)
      let leader = cluster.localMachine.address + ":2377"
      let managerToken = try ControlAPI.joinToken(role: .manager, rotate: false, &cluster)
      let workerToken = try ControlAPI.joinToken(role: .worker, rotate: false, &cluster)
      // No time passes while the template joins its machines, so the swarm settles once at
      // the end instead of after every join (which made 1,000 machines quadratic).
      for (index, name) in names.enumerated().dropFirst() {
        cluster.currentMachine = name
        _ = try ControlAPI.joinSwarm(
          token: index < managers ? managerToken : workerToken, remoteAddress: leader,
          settle: false, &cluster)
      }
      cluster.settle()
      cluster.currentMachine = names[0]
    } catch {
      cluster.currentMachine = previous
      throw MachineError("machine: building the swarm failed: \(error.description)")
    }
  }
}
