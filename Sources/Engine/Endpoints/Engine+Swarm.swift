public import EngineAPI
import SwarmCore

/// `/swarm/init`, `/swarm/join`, `/swarm/leave`, `/swarm`, `/swarm/update`.
extension Engine {
  public func swarmInit(_ request: SwarmInitRequest) throws(EngineError) -> String {
    let advertise = try Self.advertiseHost(request.advertiseAddr)
    let limit = request.spec.orchestration.taskHistoryRetentionLimit
    let node = try mutate { cluster throws(ControlError) in
      let node = try ControlAPI.initSwarm(advertiseAddress: advertise, &cluster)
      if let limit, limit != 5 {
        try ControlAPI.updateSwarm(taskHistoryLimit: Int(clamping: limit), &cluster)
      }
      return node
    }
    return node.id
  }

  public func swarmJoin(_ request: SwarmJoinRequest) throws(EngineError) {
    let advertise = try Self.advertiseHost(request.advertiseAddr)
    _ = try mutate { cluster throws(ControlError) in
      try ControlAPI.joinSwarm(
        token: request.joinToken, remoteAddress: request.remoteAddrs.first ?? "",
        advertiseAddress: advertise, &cluster)
    }
  }

  public func swarmLeave(force: Bool) throws(EngineError) {
    try mutate { cluster throws(ControlError) in try ControlAPI.leaveSwarm(force: force, &cluster) }
  }

  public func swarmInspect() throws(EngineError) -> Swarm {
    guard cluster.localNode != nil, let swarm = cluster.state.swarm else {
      throw EngineError(ControlError.notInSwarm)
    }
    try requireManager()
    return ObjectConversion.swarm(swarm, certificate: certificate())
  }

  public func swarmUpdate(
    version: ObjectVersion, spec: SwarmSpec, flags: SwarmUpdateFlags
  ) throws(EngineError) {
    try requireManager()
    let current = try swarmInspect()
    guard version == current.version else {
      throw .system("rpc error: code = Unknown desc = update out of sequence")
    }
    let limit = spec.orchestration.taskHistoryRetentionLimit
    try mutate { cluster throws(ControlError) in
      if flags.rotateWorkerToken {
        _ = try ControlAPI.joinToken(role: .worker, rotate: true, &cluster)
      }
      if flags.rotateManagerToken {
        _ = try ControlAPI.joinToken(role: .manager, rotate: true, &cluster)
      }
      try ControlAPI.updateSwarm(taskHistoryLimit: limit.map { Int(clamping: $0) }, &cluster)
    }
  }

  /// The host of an advertise address (`192.168.0.10:2377` → `192.168.0.10`); nil when none
  /// was given (an empty flag is no flag, as in docker), refused when it has no host.
  static func advertiseHost(_ address: String?) throws(EngineError) -> String? {
    guard let address, !address.isEmpty else { return nil }
    let host = address.split(separator: ":", omittingEmptySubsequences: false)[0]
    // moby's resolveAdvertiseAddr: an interface name, else a non-zero IP address. The
    // simulated hosts have only `eth0`, which the advertise address defaults to anyway.
    let octets = host.split(separator: ".", omittingEmptySubsequences: false)
    let isAddress =
      octets.count == 4
      && octets.allSatisfy { o in
        !o.isEmpty && o.count <= 3 && o.allSatisfy(\.isNumber) && Int(o)! <= 255
      } && host != "0.0.0.0"
    guard !host.isEmpty, isAddress || host == "eth0" else {
      throw .invalidParameter(
        "advertise address must be a non-zero IP address or network interface (with optional port number)"
      )
    }
    return host == "eth0" ? nil : String(host)
  }
}
