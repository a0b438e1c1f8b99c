import GoTemplate
import SwarmCore

/// Container inspect's `NetworkSettings` from the engine's endpoints.
extension ContainerNetworking {
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
