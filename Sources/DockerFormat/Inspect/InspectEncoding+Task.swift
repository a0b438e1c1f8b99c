public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// `swarm.Task` as `docker inspect TASK` prints it: the stored task spec (no inserted
  /// defaults, no `Runtime`), the agent's status with its container, and a full network
  /// object per attachment.
  public static func task(_ t: SwarmTask, _ cluster: Cluster) -> TemplateValue {
    var f = FieldList()
    f.add("ID", .string(t.id))
    f.add("Version", version(t.id, t.status.state.rawValue / 64 + t.specVersion))
    f.add("CreatedAt", time(t.createdAt))
    f.add("UpdatedAt", time(t.updatedAt))
    f.add("Labels", .map([]))
    f.add("Spec", taskSpec(t.template, defaultsInserted: false, runtime: false))
    f.add("ServiceID", .string(t.serviceID))
    f.add("Slot", omitEmpty: .int(Int64(t.slot)))
    f.add("NodeID", omitEmpty: .string(t.nodeID ?? ""))
    f.add("Status", taskStatus(t, cluster))
    f.add("DesiredState", .string(t.desiredState.apiName))
    let attachments: [TemplateValue] = t.networkAddresses.compactMap { attachment in
      guard let network = cluster.state.networks[attachment.networkID] else { return nil }
      return .object(
        type: "swarm.NetworkAttachment",
        fields: [
          TemplateField("Network", swarmNetwork(network)),
          TemplateField("Addresses", .array([.string(attachment.address)])),
        ])
    }
    f.add("NetworksAttachments", omitEmpty: .array(attachments))
    return f.object("swarm.Task")
  }

  static func taskStatus(_ t: SwarmTask, _ cluster: Cluster) -> TemplateValue {
    var f = FieldList()
    f.add("Timestamp", time(t.status.timestamp))
    f.add("State", .string(t.status.state.apiName))
    f.add("Message", .string(t.status.message))
    f.add("Err", omitEmpty: .string(t.status.err ?? ""))
    if let cid = t.containerID {
      let container = cluster.state.containers[cid]
      let running = container?.isRunning ?? false
      let exitCode = t.status.exitCode ?? container?.exitCode ?? 0
      f.add(
        "ContainerStatus",
        .object(
          type: "*swarm.ContainerStatus",
          fields: [
            TemplateField("ContainerID", .string(cid)),
            TemplateField("PID", .int(running ? Int64(processID(cid)) : 0)),
            TemplateField("ExitCode", .int(Int64(exitCode))),
          ]))
    }
    var ports = FieldList()
    let hostPorts = t.status.state == .running ? portsPublishedOnHost(t, cluster) : []
    ports.add("Ports", omitEmpty: .array(hostPorts.map(port)))
    f.add("PortStatus", ports.object("swarm.PortStatus"))
    return f.object("swarm.TaskStatus")
  }

  private static func portsPublishedOnHost(_ t: SwarmTask, _ cluster: Cluster) -> [PortConfig] {
    cluster.state.services[t.serviceID]?.spec.ports.filter { $0.publishMode == "host" } ?? []
  }

  static func processID(_ containerID: String) -> Int { StableHash.processID(containerID) }

  /// `swarm.Network`: an overlay as the swarm stores it (inside task attachments).
  static func swarmNetwork(_ n: Network) -> TemplateValue {
    var spec = FieldList()
    spec.add("Name", .string(n.name))
    spec.add("Labels", labels(n.labels))
    spec.add(
      "DriverConfiguration",
      .object(
        type: "*swarm.Driver",
        fields: n.isIngress ? [] : [TemplateField("Name", .string(n.driver))]))
    spec.add("Internal", omitEmpty: .bool(n.isInternal))
    spec.add("Attachable", omitEmpty: .bool(n.attachable))
    spec.add("Ingress", omitEmpty: .bool(n.isIngress))
    spec.add(
      "IPAMOptions",
      .object(
        type: "*swarm.IPAMOptions",
        fields: [TemplateField("Driver", driver(n.isIngress ? nil : "default"))]))
    spec.add("Scope", .string(n.scope))

    var f = FieldList()
    f.add("ID", .string(n.id))
    f.add("Version", version(n.id, 1))
    f.add("CreatedAt", time(n.createdAt))
    f.add("UpdatedAt", time(n.createdAt))
    f.add("Spec", spec.object("swarm.NetworkSpec"))
    f.add(
      "DriverState",
      .object(
        type: "swarm.Driver",
        fields: [
          TemplateField("Name", .string(n.driver)),
          TemplateField("Options", .map(overlayOptions(n))),
        ]))
    var configs: [TemplateValue] = []
    if let subnet = n.subnet {
      var c = FieldList()
      c.add("Subnet", .string(subnet))
      c.add("Gateway", omitEmpty: .string(n.gateway ?? ""))
      configs.append(c.object("swarm.IPAMConfig"))
    }
    f.add(
      "IPAMOptions",
      .object(
        type: "*swarm.IPAMOptions",
        fields: [
          TemplateField("Driver", driver("default")),
          TemplateField("Configs", .array(configs)),
        ]))
    return f.object("swarm.Network")
  }

  private static func driver(_ name: String?) -> TemplateValue {
    .object(type: "swarm.Driver", fields: name.map { [TemplateField("Name", .string($0))] } ?? [])
  }

  static func overlayOptions(_ n: Network) -> [TemplateField] {
    guard let vxlan = n.vxlanID else { return [] }
    return [TemplateField("com.docker.network.driver.overlay.vxlanid_list", .string(String(vxlan)))]
  }
}
