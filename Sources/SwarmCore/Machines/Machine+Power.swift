/// Machines as a learner manages them (`machine create|ls|use|stop|start|rm`): simulated
/// computers on one LAN, each running a Docker engine the shell's docker commands can talk to.
public enum MachineAPI {
  /// The simulated LAN's first address for created machines (`node1` is 192.168.0.11).
  public static let lanPrefix = "192.168.0."
  public static let firstHost = 11

  /// The n-th address of the simulated `192.168.0.0/16` LAN counting from `192.168.0.11`:
  /// `.11`…`.254`, then `192.168.1.1`…`.254` and so on, so every address is valid. Nil past
  /// `192.168.255.254`.
  public static func lanAddress(_ n: Int) -> String? {
    let position = firstHost - 1 + n  // hosts .1-.254 of each /24, one after another
    let (subnet, host) = position.quotientAndRemainder(dividingBy: 254)
    guard n >= 0, subnet <= 255 else { return nil }
    return "192.168.\(subnet).\(host + 1)"
  }

  /// Creates powered-on machines with the next free LAN addresses.
  public static func create(_ names: [String], _ cluster: inout Cluster) throws(MachineError) {
    let existing = Set(cluster.state.machines.map(\.name))
    var given: Set<String> = []
    for name in names {
      guard isValidName(name) else {
        throw MachineError("machine: invalid name \"\(name)\": use letters, digits and '-'")
      }
      guard !existing.contains(name) else {
        throw MachineError("machine: a machine named \(name) already exists")
      }
    }
    for name in names where !given.insert(name).inserted {
      throw MachineError("machine: \(name) is given twice")
    }
    var taken = Set(cluster.state.machines.map(\.address))
    var next = 0
    var addresses: [String] = []
    for _ in names {
      while let address = lanAddress(next), taken.contains(address) { next += 1 }
      guard let address = lanAddress(next) else {
        throw MachineError("machine: the simulated LAN 192.168.0.0/16 has no free address left")
      }
      taken.insert(address)
      addresses.append(address)
    }
    for (name, address) in zip(names, addresses) {
      cluster.state.machines.append(
        Machine(name: name, address: address, engineID: cluster.ids.objectID()))
    }
  }

  /// `machine use NAME`: the shell's docker commands now go to this machine's engine.
  public static func use(_ name: String, _ cluster: inout Cluster) throws(MachineError) {
    guard cluster.state.machine(named: name) != nil else { throw MachineError.noSuchMachine(name) }
    cluster.currentMachine = name
  }

  /// Powers a machine off: its containers die with it; the managers notice only when
  /// heartbeats (and raft) time out.
  public static func stop(_ name: String, _ cluster: inout Cluster) throws(MachineError) {
    guard let machine = cluster.state.machine(named: name) else {
      throw MachineError.noSuchMachine(name)
    }
    guard machine.isRunning else { throw MachineError("machine: \(name) is already stopped") }
    cluster.state.updateMachine(name) {
      $0.isRunning = false
      $0.stoppedAt = cluster.now
    }
    for container in cluster.state.containers.values
    where container.nodeID == name && container.isRunning {
      cluster.state.containers[container.id]?.state = .exited
      cluster.state.containers[container.id]?.exitCode = 255
      cluster.state.containers[container.id]?.finishedAt = cluster.now
    }
    cluster.settle()
  }

  /// Powers a machine on: its engine reports to the managers at once, and the agent tells
  /// them which of its tasks' containers died while it was off.
  public static func start(_ name: String, _ cluster: inout Cluster) throws(MachineError) {
    guard let machine = cluster.state.machine(named: name) else {
      throw MachineError.noSuchMachine(name)
    }
    guard !machine.isRunning else { throw MachineError("machine: \(name) is already running") }
    cluster.state.updateMachine(name) {
      $0.isRunning = true
      $0.stoppedAt = nil
    }
    for task in cluster.state.tasks.values where task.status.state == .running {
      guard let cid = task.containerID, let container = cluster.state.containers[cid],
        container.nodeID == name, !container.isRunning
      else { continue }
      Agent.containerExited(cid, exitCode: container.exitCode ?? 255, &cluster)
    }
    cluster.settle()
  }

  /// Deletes a machine (for the swarm, a node that never comes back). The machine the shell
  /// is using cannot be removed.
  public static func remove(_ name: String, _ cluster: inout Cluster) throws(MachineError) {
    guard cluster.state.machine(named: name) != nil else { throw MachineError.noSuchMachine(name) }
    guard name != cluster.currentMachine else {
      throw MachineError("machine: \(name) is the machine in use; 'machine use' another one first")
    }
    cluster.state.machines.removeAll { $0.name == name }
    cluster.state.containers = cluster.state.containers.filter { $0.value.nodeID != name }
    cluster.settle()
  }

  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 63 && name.first != "-"
      && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
  }
}

/// A machine command's failure, as the text to print.
public struct MachineError: Error, Equatable, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) { self.description = description }

  static func noSuchMachine(_ name: String) -> MachineError {
    MachineError("machine: no machine named \(name) (see 'machine ls')")
  }
}

extension ClusterState {
  /// Changes one machine in place.
  mutating func updateMachine(_ name: String, _ change: (inout Machine) -> Void) {
    guard let index = machines.firstIndex(where: { $0.name == name }) else { return }
    change(&machines[index])
  }
}
