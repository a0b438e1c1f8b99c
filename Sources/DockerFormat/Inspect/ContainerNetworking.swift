import GoTemplate
import SwarmCore

/// Where a container sits on the engine's networks: its task's overlay addresses, or the
/// default bridge for tasks without networks (as swarm does on a real node). Shared by
/// container inspect (`NetworkSettings`) and network inspect (`Containers`).
struct ContainerNetworking {
  /// One endpoint: the network, the address without prefix, and the derived IDs.
  struct Endpoint {
    var networkID: String
    var networkName: String
    var ip: String
    var prefixLength: Int
    var gateway: String
    var isBridge: Bool
    var endpointID: String

    /// Docker derives container MACs from the IPv4 address: `02:42` then its four octets.
    var mac: String {
      "02:42:"
        + ip.split(separator: ".").map { octet in
          let hex = String(Int(octet) ?? 0, radix: 16)
          return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: ":")
    }
  }

  let container: Container
  let endpoints: [Endpoint]

  init(_ c: Container, _ cluster: Cluster) {
    container = c
    let task = c.taskID.flatMap { cluster.state.tasks[$0] }
    let attachments = task?.networkAddresses ?? []
    if !attachments.isEmpty {
      endpoints = attachments.map { a in
        let parts = a.address.split(separator: "/")
        return Endpoint(
          networkID: a.networkID, networkName: InspectEncoding.networkName(a.networkID, cluster),
          ip: String(parts[0]), prefixLength: parts.count > 1 ? Int(parts[1]) ?? 24 : 24,
          gateway: "", isBridge: false,
          endpointID: StableHash.hex(c.id + "/" + a.networkID, count: 64))
      }
    } else if let bridge = cluster.state.network(named: "bridge") {
      // Bridge addresses go to running bridge containers of the machine in creation order.
      let peers = cluster.state.containers.values.filter { other in
        other.nodeID == c.nodeID && other.isRunning
          && (other.taskID.flatMap { cluster.state.tasks[$0]?.networkAddresses.isEmpty } ?? true)
      }
      let index = peers.firstIndex { $0.id == c.id } ?? peers.count
      endpoints = [
        Endpoint(
          networkID: bridge.id, networkName: "bridge", ip: "172.17.0.\(2 + index)",
          prefixLength: 16, gateway: bridge.gateway ?? "172.17.0.1", isBridge: true,
          endpointID: StableHash.hex(c.id + "/" + bridge.id, count: 64))
      ]
    } else {
      endpoints = []
    }
  }

  /// `*types.NetworkSettings`; a stopped container keeps its networks but no addresses.
  var settings: TemplateValue {
    let live = container.isRunning
    let sandbox = live ? StableHash.hex(container.id + "/sandbox", count: 64) : ""
    let primary = live ? endpoints.first(where: \.isBridge) : nil
    var f = FieldList()
    f.add("Bridge", .string(""))
    f.add("SandboxID", .string(sandbox))
    f.add("HairpinMode", .bool(false))
    f.add("LinkLocalIPv6Address", .string(""))
    f.add("LinkLocalIPv6PrefixLen", .int(0))
    f.add("Ports", .map([]))
    f.add("SandboxKey", .string(live ? "/var/run/docker/netns/" + sandbox.prefix(12) : ""))
    f.add("SecondaryIPAddresses", .null)
    f.add("SecondaryIPv6Addresses", .null)
    f.add("EndpointID", .string(primary?.endpointID ?? ""))
    f.add("Gateway", .string(primary?.gateway ?? ""))
    f.add("GlobalIPv6Address", .string(""))
    f.add("GlobalIPv6PrefixLen", .int(0))
    f.add("IPAddress", .string(primary?.ip ?? ""))
    f.add("IPPrefixLen", .int(Int64(primary?.prefixLength ?? 0)))
    f.add("IPv6Gateway", .string(""))
    f.add("MacAddress", .string(primary?.mac ?? ""))
    f.add(
      "Networks",
      .map(endpoints.map { TemplateField($0.networkName, endpointSettings($0, live: live)) }))
    return f.object("*types.NetworkSettings")
  }

  private func endpointSettings(_ e: Endpoint, live: Bool) -> TemplateValue {
    var f = FieldList()
    f.add(
      "IPAMConfig",
      e.isBridge
        ? .null
        : .object(
          type: "*network.EndpointIPAMConfig",
          fields: [TemplateField("IPv4Address", .string(e.ip))]))
    f.add("Links", .null)
    f.add("Aliases", e.isBridge ? .null : .array([.string(String(container.id.prefix(12)))]))
    f.add("NetworkID", .string(e.networkID))
    f.add("EndpointID", .string(live ? e.endpointID : ""))
    f.add("Gateway", .string(live ? e.gateway : ""))
    f.add("IPAddress", .string(live ? e.ip : ""))
    f.add("IPPrefixLen", .int(live ? Int64(e.prefixLength) : 0))
    f.add("IPv6Gateway", .string(""))
    f.add("GlobalIPv6Address", .string(""))
    f.add("GlobalIPv6PrefixLen", .int(0))
    f.add("MacAddress", .string(live ? e.mac : ""))
    f.add("DriverOpts", .null)
    return f.object("*network.EndpointSettings")
  }
}
