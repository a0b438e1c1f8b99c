import SwarmCore

/// `machine create|ls|use|stop|start|rm`: SwarmLab's own command for the simulated machines
/// (the Play with Docker instances of the book's chapter 14).
enum MachineCommand {
  static let usage = """
    Usage:  machine COMMAND

    Manage the simulated machines (each runs its own Docker engine)

    Commands:
      create NAME...             Create machines on the simulated LAN (192.168.0.x)
      create --template 3m2w     Create node1-node5 joined as 3 managers and 2 workers
      ls                         List machines
      use NAME                   Send docker commands to NAME's engine
      stop NAME...               Power machines off
      start NAME...              Power machines on
      rm NAME...                 Delete machines

    """

  static func run(_ session: Session, _ args: [String]) -> SessionOutput {
    guard let sub = args.first else { return SessionOutput(chunks: [.out(usage)]) }
    let rest = Array(args.dropFirst())
    do throws(MachineError) {
      switch sub {
      case "create":
        if let index = rest.firstIndex(where: { $0 == "--template" || $0.hasPrefix("--template=") })
        {
          let inline = rest[index].split(separator: "=", maxSplits: 1).dropFirst().first.map(
            String.init)
          guard let text = inline ?? (index + 1 < rest.count ? rest[index + 1] : nil) else {
            throw MachineError("machine: --template needs a value such as 3m2w")
          }
          guard let template = SwarmTemplate(text) else {
            throw MachineError(
              "machine: unknown template \"\(text)\" (use <managers>m<workers>w, such as 3m2w)")
          }
          try session.withCluster { (cluster) throws(MachineError) in try template.build(&cluster) }
          return SessionOutput(chunks: [.out(MachineTable.render(session.cluster))])
        }
        guard !rest.isEmpty else {
          throw MachineError("machine create: give at least one machine name")
        }
        try session.withCluster { (cluster) throws(MachineError) in
          try MachineAPI.create(rest, &cluster)
        }
        return SessionOutput(chunks: [.out(rest.map { $0 + "\n" }.joined())])
      case "ls", "list":
        return SessionOutput(chunks: [.out(MachineTable.render(session.cluster))])
      case "use":
        guard rest.count == 1 else {
          throw MachineError("machine use: give exactly one machine name")
        }
        try session.withCluster { (cluster) throws(MachineError) in
          try MachineAPI.use(rest[0], &cluster)
        }
        return SessionOutput()
      case "stop", "start", "rm":
        guard !rest.isEmpty else {
          throw MachineError("machine \(sub): give at least one machine name")
        }
        for name in rest {
          try session.withCluster { (cluster) throws(MachineError) in
            switch sub {
            case "stop": try MachineAPI.stop(name, &cluster)
            case "start": try MachineAPI.start(name, &cluster)
            default: try MachineAPI.remove(name, &cluster)
            }
          }
        }
        return SessionOutput(chunks: [.out(rest.map { $0 + "\n" }.joined())])
      case "--help", "-h", "help":
        return SessionOutput(chunks: [.out(usage)])
      default:
        throw MachineError("machine: unknown command \"\(sub)\"; see 'machine --help'")
      }
    } catch {
      return session.failure(error.description, code: 1)
    }
  }
}

/// The `machine ls` table: name, whether the shell uses it, power state, LAN address and
/// the part it plays in the swarm.
enum MachineTable {
  static func render(_ cluster: Cluster) -> String {
    var rows = [["NAME", "ACTIVE", "STATE", "ADDRESS", "SWARM"]]
    for machine in cluster.state.machines {
      rows.append([
        machine.name, machine.name == cluster.currentMachine ? "*" : "-",
        machine.isRunning ? "Running" : "Stopped", machine.address,
        swarmRole(machine, cluster.state),
      ])
    }
    let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == 4 ? cell : cell.padding(toLength: widths[column] + 3, withPad: " ", startingAt: 0)
      }.joined() + "\n"
    }.joined()
  }

  static func swarmRole(_ machine: Machine, _ state: ClusterState) -> String {
    guard let node = machine.nodeID.flatMap({ state.nodes[$0] }) else { return "-" }
    return node.role == .worker ? "worker" : node.isLeader ? "manager (leader)" : "manager"
  }
}
