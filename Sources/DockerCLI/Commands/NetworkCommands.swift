import DockerFormat
import EngineAPI

/// `docker network create|ls|inspect|rm`.
enum NetworkCommands {
  /// `docker network create NETWORK`.
  static func create(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let refusal = createRefusal(cmd) { return refusal }
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
  /// `docker network connect NETWORK CONTAINER` (no aliases or fixed addresses simulated).
  static func connect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    if let flag = cmd.flags.occurrences.first {
      return .failure(
        "swarmlab: 'docker network connect --\(flag.name)' is not simulated in SwarmLab", code: 127)
    }
    try client.networkConnect(cmd.arguments[0], container: cmd.arguments[1])
    return CommandOutput()
  }

  /// `docker network disconnect [-f] NETWORK CONTAINER`.
  static func disconnect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    try client.networkDisconnect(
      cmd.arguments[0], container: cmd.arguments[1], force: cmd.flags.bool("force"))
    return CommandOutput()
  }

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
    let request = InspectRequest(
      objects: objects, format: cmd.flags.format, failures: failures, statusWrapped: false)
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

  /// docker's own checks of `--subnet`, `--gateway` and `--ip-range` (made before anything
  /// is sent), then the flags SwarmLab does not simulate, refused rather than dropped.
  private static func createRefusal(_ cmd: ParsedCommand) -> CommandOutput? {
    let subnets = cmd.flags.strings("subnet")
    let gateways = cmd.flags.strings("gateway")
    let ranges = cmd.flags.strings("ip-range")
    if subnets.isEmpty && !(gateways.isEmpty && ranges.isEmpty) {
      return .failure("every ip-range or gateway must have a corresponding subnet")
    }
    for gateway in gateways where !subnets.contains(where: { contains($0, gateway) }) {
      return .failure("no matching subnet for gateway \(gateway)")
    }
    for range in ranges where !subnets.contains(where: { contains($0, range) }) {
      return .failure("no matching subnet for range \(range)")
    }
    let simulated: Set<String> = ["attachable", "driver", "label", "subnet"]
    if let flag = cmd.flags.occurrences.first(where: { !simulated.contains($0.name) }) {
      return .failure(
        "swarmlab: 'docker network create --\(flag.name)' is not simulated in SwarmLab", code: 127)
    }
    if subnets.count > 1 {
      return .failure(
        "swarmlab: 'docker network create' with several --subnet is not simulated in SwarmLab",
        code: 127)
    }
    return nil
  }

  /// Whether an IPv4 address (or the start of a range) lies in a subnet, as docker's
  /// `subnet.Contains(ip)`; anything unparsable is outside.
  private static func contains(_ subnet: String, _ address: String) -> Bool {
    func ipv4(_ text: Substring) -> UInt32? {
      let octets = text.split(separator: ".", omittingEmptySubsequences: false)
      guard octets.count == 4 else { return nil }
      var value: UInt32 = 0
      for octet in octets {
        guard let n = UInt32(octet), n <= 255 else { return nil }
        value = value << 8 | n
      }
      return value
    }
    let net = subnet.split(separator: "/")
    let ip = address.split(separator: "/").first ?? ""
    guard net.count == 2, let base = ipv4(net[0]), let bits = UInt32(net[1]), bits <= 32,
      let value = ipv4(ip)
    else { return false }
    let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - bits)
    return base & mask == value & mask
  }

  /// The question `network rm ingress` asks before removing the routing mesh.
  static let ingressWarning =
    "WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] "
}
