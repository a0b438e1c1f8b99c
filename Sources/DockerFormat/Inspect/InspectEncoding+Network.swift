public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// `types.NetworkResource` as `docker network inspect` prints it on the current machine:
  /// the containers listed are the local ones on the network.
  public static func network(_ n: Network, _ cluster: Cluster) -> TemplateValue {
    let attached = cluster.state.containers.values.filter { $0.isRunning }.compactMap {
      c -> (Container, ContainerNetworking.Endpoint)? in
      guard let e = ContainerNetworking(c, cluster).endpoints.first(where: { $0.networkID == n.id })
      else { return nil }
      return (c, e)
    }
    let local = attached.filter { $0.0.nodeID == cluster.currentMachine }

    var ipamConfig: [TemplateValue] = []
    if let subnet = n.subnet {
      var c = FieldList()
      c.add("Subnet", .string(subnet))
      // The default bridge reports no gateway in its IPAM config.
      if n.name != "bridge" { c.add("Gateway", omitEmpty: .string(n.gateway ?? "")) }
      ipamConfig.append(c.object("network.IPAMConfig"))
    }
    var f = FieldList()
    f.add("Name", .string(n.name))
    f.add("Id", .string(n.id))
    f.add("Created", time(n.createdAt))
    f.add("Scope", .string(n.scope))
    f.add("Driver", .string(n.driver))
    f.add("EnableIPv6", .bool(false))
    f.add(
      "IPAM",
      .object(
        type: "network.IPAM",
        fields: [
          TemplateField("Driver", .string("default")), TemplateField("Options", .null),
          TemplateField("Config", .array(ipamConfig)),
        ]))
    f.add("Internal", .bool(n.isInternal))
    f.add("Attachable", .bool(n.attachable))
    f.add("Ingress", .bool(n.isIngress))
    f.add(
      "ConfigFrom",
      .object(type: "network.ConfigReference", fields: [TemplateField("Network", .string(""))]))
    f.add("ConfigOnly", .bool(false))
    f.add(
      "Containers",
      .map(
        local.map { c, e in
          TemplateField(
            c.id,
            .object(
              type: "types.EndpointResource",
              fields: [
                TemplateField("Name", .string(c.name)),
                TemplateField("EndpointID", .string(e.endpointID)),
                TemplateField("MacAddress", .string(e.mac)),
                TemplateField("IPv4Address", .string("\(e.ip)/\(e.prefixLength)")),
                TemplateField("IPv6Address", .string("")),
              ]))
        }))
    f.add("Options", .map(networkOptions(n)))
    f.add("Labels", labels(n.labels))
    if n.scope == "swarm" && !local.isEmpty {
      let machines = Set(attached.map { $0.0.nodeID })
      let peers: [TemplateValue] = cluster.state.nodes.values.filter {
        machines.contains($0.hostname)
      }
      .map { node in
        .object(
          type: "network.PeerInfo",
          fields: [
            TemplateField("Name", .string(StableHash.hex(node.id, count: 12))),
            TemplateField("IP", .string(node.address)),
          ])
      }
      f.add("Peers", .array(peers))
    }
    return f.object("types.NetworkResource")
  }

  static func networkOptions(_ n: Network) -> [TemplateField] {
    let prefix = "com.docker.network."
    let pairs: [(String, String)]
    switch (n.driver, n.name) {
    case ("overlay", _): return overlayOptions(n)
    case ("bridge", "bridge"):
      pairs = [
        ("bridge.default_bridge", "true"), ("bridge.enable_icc", "true"),
        ("bridge.enable_ip_masquerade", "true"), ("bridge.host_binding_ipv4", "0.0.0.0"),
        ("bridge.name", "docker0"), ("driver.mtu", "1500"),
      ]
    case ("bridge", "docker_gwbridge"):
      pairs = [
        ("bridge.enable_icc", "false"), ("bridge.enable_ip_masquerade", "true"),
        ("bridge.name", "docker_gwbridge"),
      ]
    default: pairs = []
    }
    return pairs.map { TemplateField(prefix + $0.0, .string($0.1)) }
  }
}
