import SwarmCore

/// `docker network create|ls|inspect|rm`.
enum NetworkCommands {
  static func run(_ sub: String, _ cmd: ParsedCommand, _ cluster: inout Cluster)
    throws(ControlError) -> CommandOutput
  {
    switch sub {
    case "create":
      let name = cmd.arguments[0]
      let driver = cmd.flags.string("driver") ?? "bridge"
      let network = try ControlAPI.createNetwork(
        name: name, driver: driver, attachable: cmd.flags.bool("attachable"),
        subnet: cmd.flags.strings("subnet").first, labels: cmd.flags.strings("label"), &cluster)
      return CommandOutput(items: [.stdout(network.id)])
    case "ls":
      var networks = Array(cluster.state.networks.values)
      for (key, value) in cmd.flags.filters() {
        switch key {
        case "driver": networks = networks.filter { $0.driver == value }
        case "id": networks = networks.filter { $0.id.hasPrefix(value) }
        case "name": networks = networks.filter { $0.name.contains(value) }
        case "scope": networks = networks.filter { $0.scope == value }
        case "label": networks = networks.filter { LabelFilter.matches($0.labels, value) }
        case "type":
          networks = networks.filter { n in
            let builtin = ["bridge", "host", "none", "ingress", "docker_gwbridge"].contains(n.name)
            return value == "builtin" ? builtin : !builtin
          }
        default: return .failure("Error response from daemon: Invalid filter '\(key)'")
        }
      }
      let options = ListOptions(
        format: cmd.flags.format, quiet: cmd.flags.bool("quiet"),
        noTrunc: cmd.flags.bool("no-trunc"))
      return CommandOutput(items: [.networkList(ids: networks.map(\.id), options)])
    case "inspect":
      var ids: [String] = []
      var missing: [String] = []
      for ref in cmd.arguments {
        if let n = try? cluster.state.resolveNetwork(ref) {
          ids.append(n.id)
        } else {
          missing.append(ref)
        }
      }
      let failures = missing.map { "Error: No such network: \($0)" }
      let request = InspectRequest(
        kind: .network, ids: ids, format: cmd.flags.format, failures: failures)
      return CommandOutput(items: [.inspect(request)], exitCode: missing.isEmpty ? 0 : 1)
    case "rm":
      var out = CommandOutput()
      var failed = false
      for ref in cmd.arguments {
        guard let network = try? cluster.state.resolveNetwork(ref) else {
          out.err("Error: No such network: \(ref)")
          failed = true
          continue
        }
        if network.isIngress {
          // docker asks first; SwarmLab has no stdin to answer, which reads as "N".
          out.out(ingressWarning)
          continue
        }
        do throws(ControlError) {
          try ControlAPI.removeNetwork(network.id, &cluster)
          out.out(ref)
        } catch {
          out.err(error.daemonMessage)
          failed = true
        }
      }
      if failed { out.exitCode = 1 }
      return out
    default:
      return .failure("swarmlab: 'docker network \(sub)' is not simulated in SwarmLab", code: 127)
    }
  }

  /// The question `network rm ingress` asks before removing the routing mesh.
  static let ingressWarning =
    "WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] "
}
