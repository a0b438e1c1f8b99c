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
        ? cluster.state.nodes.values.count { $0.role == .manager } : nil)
    return SystemInfo(
      id: machine.engineID, containers: containers.count, containersRunning: running,
      containersStopped: containers.count - running, images: cluster.catalog.images.count,
      name: machine.name, serverVersion: cluster.config.engineVersion, ncpu: node?.cpus ?? 2,
      memTotal: node?.memoryBytes ?? 2_084_237_312, swarm: swarm)
  }
}
