public import EngineAPI
import SwarmCore

/// `/_ping`, `/version`, `/info`.
extension Engine {
  public func ping() -> PingResponse {
    let node = cluster.localNode
    let swarm =
      node == nil || !cluster.state.isActive
      ? "inactive" : "active/\(node?.role == .manager ? "manager" : "worker")"
    return PingResponse(
      apiVersion: cluster.config.apiVersion, osType: "linux", swarmStatus: swarm)
  }

  public func version() -> SystemVersion {
    SystemVersion(version: cluster.config.engineVersion, apiVersion: cluster.config.apiVersion)
  }

  public func info() -> SystemInfo {
    let machine = cluster.localMachine
    let containers = cluster.state.containers.values.filter { $0.nodeID == machine.name }
    let running = containers.count(where: \.isRunning)
    let node = cluster.localNode
    let active = cluster.state.isActive && node != nil
    let swarm = EngineAPI.SwarmInfo(
      nodeID: node?.id ?? "", nodeAddr: node?.address ?? "",
      localNodeState: active ? "active" : "inactive", controlAvailable: node?.role == .manager,
      nodes: cluster.state.isActive ? cluster.state.nodes.count : nil,
      managers: cluster.state.isActive
        ? cluster.state.nodes.values.count { $0.role == .manager } : nil,
      remoteManagers: active
        ? cluster.state.nodes.values.filter { $0.role == .manager }.map {
          Peer(nodeID: $0.id, addr: "\($0.address):2377")
        } : nil,
      cluster: node?.role == .manager
        ? cluster.state.swarm.map {
          ClusterInfo(ObjectConversion.swarm($0, certificate: certificate()))
        } : nil)
    return SystemInfo(
      id: Self.engineKeyID(machine), containers: containers.count, containersRunning: running,
      containersStopped: containers.count - running, images: cluster.catalog.images.count,
      name: machine.name, serverVersion: cluster.config.engineVersion, ncpu: node?.cpus ?? 2,
      memTotal: node?.memoryBytes ?? 2_084_237_312, swarm: swarm)
  }

  /// The daemon's key ID: twelve groups of four base-32 characters, derived from the machine.
  static func engineKeyID(_ machine: Machine) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    var random = SeededRandom(seed: StableHash.of(machine.engineID))
    let groups = (0..<12).map { _ in
      String((0..<4).map { _ in alphabet[Int(random.next() % 32)] })
    }
    return groups.joined(separator: ":")
  }
}
