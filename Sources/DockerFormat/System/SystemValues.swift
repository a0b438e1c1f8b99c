public import GoTemplate
public import SwarmCore

/// `docker info --format` and `docker version --format` data: the engine API's `types.Info`
/// and the CLI's version struct, with the fields lessons and learners reach for.
public enum SystemValues {
  public static func info(_ cluster: Cluster) -> TemplateValue {
    let machine = cluster.localMachine
    let containers = cluster.state.containers.values.filter { $0.nodeID == machine.name }
    let running = containers.count(where: \.isRunning)
    let node = cluster.localNode
    let managers = cluster.state.nodes.values.count { $0.role == .manager }
    var swarm: [TemplateField] = [
      TemplateField("NodeID", .string(node?.id ?? "")),
      TemplateField("NodeAddr", .string(node?.address ?? "")),
      TemplateField(
        "LocalNodeState", .string(cluster.state.isActive && node != nil ? "active" : "inactive")),
      TemplateField("ControlAvailable", .bool(node?.role == .manager)),
      TemplateField("Error", .string("")),
      TemplateField("RemoteManagers", .null),
    ]
    if cluster.state.isActive {
      swarm += [
        TemplateField("Nodes", .int(Int64(cluster.state.nodes.count))),
        TemplateField("Managers", .int(Int64(managers))),
      ]
    }
    return .object(
      type: "types.Info",
      fields: [
        TemplateField("ID", .string(machine.engineID)),
        TemplateField("Containers", .int(Int64(containers.count))),
        TemplateField("ContainersRunning", .int(Int64(running))),
        TemplateField("ContainersPaused", .int(0)),
        TemplateField("ContainersStopped", .int(Int64(containers.count - running))),
        TemplateField("Images", .int(Int64(cluster.catalog.images.count))),
        TemplateField("Driver", .string("overlay2")),
        TemplateField("Name", .string(machine.name)),
        TemplateField("ServerVersion", .string(cluster.config.engineVersion)),
        TemplateField("NCPU", .int(Int64(node?.cpus ?? 2))),
        TemplateField("MemTotal", .int(node?.memoryBytes ?? 2_084_237_312)),
        TemplateField("OperatingSystem", .string("Docker Desktop")),
        TemplateField("OSType", .string("linux")),
        TemplateField("Architecture", .string("x86_64")),
        TemplateField("Swarm", .object(type: "swarm.Info", fields: swarm)),
      ])
  }

  public static func version(_ cluster: Cluster) -> TemplateValue {
    let component: (String) -> TemplateValue = { kind in
      .object(
        type: kind,
        fields: [
          TemplateField("Version", .string(cluster.config.engineVersion)),
          TemplateField("ApiVersion", .string(cluster.config.apiVersion)),
          TemplateField("GoVersion", .string("go1.19.7")),
          TemplateField("Os", .string("linux")),
          TemplateField("Arch", .string("amd64")),
        ])
    }
    return .object(
      type: "command.versionInfo",
      fields: [
        TemplateField("Client", component("*command.clientVersion")),
        TemplateField("Server", component("*types.Version")),
      ])
  }
}
