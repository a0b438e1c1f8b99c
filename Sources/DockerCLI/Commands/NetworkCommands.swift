import DockerFormat
import EngineAPI

/// `docker network create|ls|inspect|rm`.
enum NetworkCommands {
  /// `docker network create NETWORK`.
  static func create(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var labels: [String: String] = [:]
    for pair in cmd.flags.strings("label") {
      let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      labels[kv[0]] = kv.count > 1 ? kv[1] : ""
    }
    let subnet = cmd.flags.strings("subnet").first
    let request = NetworkCreateRequest(
      name: cmd.arguments[0], driver: cmd.flags.string("driver") ?? "bridge",
      attachable: cmd.flags.bool("attachable"),
      ipam: subnet.map { IPAM(config: [IPAMConfig(subnet: $0, gateway: nil)]) },
      labels: labels.isEmpty ? nil : labels)
    return CommandOutput(items: [.stdout(try client.networkCreate(request).id)])
  }

  /// `docker network ls`.
  static func list(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let networks = try client.networkList(ListOptions(filters: cmd.flags.filters()))
    let format = ListFormat(
      format: cmd.flags.format, quiet: cmd.flags.bool("quiet"),
      noTrunc: cmd.flags.bool("no-trunc"))
    return CommandOutput(items: [.networkList(networks, format)])
  }

  /// `docker network inspect NETWORK…`.
  static func inspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var objects: [InspectObject] = []
    var missing: [String] = []
    for ref in cmd.arguments {
      if let n = try? client.networkInspect(ref) {
        objects.append(.network(n))
      } else {
        missing.append(ref)
      }
    }
    let failures = missing.map { "Error: No such network: \($0)" }
    let request = InspectRequest(objects: objects, format: cmd.flags.format, failures: failures)
    return CommandOutput(items: [.inspect(request)], exitCode: missing.isEmpty ? 0 : 1)
  }

  /// `docker network rm NETWORK…`.
  static func remove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    var out = CommandOutput()
    var failed = false
    for ref in cmd.arguments {
      guard let network = try? client.networkInspect(ref) else {
        out.err("Error: No such network: \(ref)")
        failed = true
        continue
      }
      if network.ingress {
        // docker asks first; SwarmLab has no stdin to answer, which reads as "N".
        out.out(ingressWarning)
        continue
      }
      do throws(EngineError) {
        try client.networkRemove(network.id)
        out.out(ref)
      } catch {
        out.err(error.daemonMessage)
        failed = true
      }
    }
    if failed { out.exitCode = 1 }
    return out
  }

  /// The question `network rm ingress` asks before removing the routing mesh.
  static let ingressWarning =
    "WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] "
}
