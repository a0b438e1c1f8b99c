public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// `swarm.Swarm` (the engine's `GET /swarm`): the cluster with its spec, root CA, address
  /// pool and join tokens; `.null` outside a swarm.
  public static func swarm(_ cluster: Cluster) -> TemplateValue {
    guard let s = cluster.state.swarm else { return .null }
    let second: Int64 = 1_000_000_000
    var spec = FieldList()
    spec.add("Name", .string("default"))
    spec.add("Labels", .map([]))
    spec.add(
      "Orchestration",
      .object(
        type: "swarm.OrchestrationConfig",
        fields: [TemplateField("TaskHistoryRetentionLimit", .int(Int64(s.taskHistoryLimit)))]))
    spec.add(
      "Raft",
      .object(
        type: "swarm.RaftConfig",
        fields: [
          TemplateField("SnapshotInterval", .uint(10000)),
          TemplateField("KeepOldSnapshots", .uint(0)),
          TemplateField("LogEntriesForSlowFollowers", .uint(500)),
          TemplateField("ElectionTick", .int(10)),
          TemplateField("HeartbeatTick", .int(1)),
        ]))
    spec.add(
      "Dispatcher",
      .object(
        type: "swarm.DispatcherConfig",
        fields: [TemplateField("HeartbeatPeriod", .duration(nanos: 5 * second))]))
    spec.add(
      "CAConfig",
      .object(
        type: "swarm.CAConfig",
        fields: [TemplateField("NodeCertExpiry", .duration(nanos: 2160 * 3600 * second))]))
    spec.add("TaskDefaults", .object(type: "swarm.TaskDefaults", fields: []))
    spec.add(
      "EncryptionConfig",
      .object(
        type: "swarm.EncryptionConfig", fields: [TemplateField("AutoLockManagers", .bool(false))]))

    var f = FieldList()
    f.add("ID", .string(s.clusterID))
    f.add("Version", version(s.clusterID, s.updatedAt == s.createdAt ? 1 : 2))
    f.add("CreatedAt", time(s.createdAt))
    f.add("UpdatedAt", time(s.updatedAt))
    f.add("Spec", spec.object("swarm.Spec"))
    f.add("TLSInfo", tlsInfo(SwarmCertificate(swarm: s)))
    f.add("RootRotationInProgress", .bool(false))
    f.add("DefaultAddrPool", .array([.string(s.defaultAddressPool)]))
    f.add("SubnetSize", .uint(UInt64(s.subnetSize)))
    f.add("DataPathPort", .uint(UInt64(s.dataPathPort)))
    f.add(
      "JoinTokens",
      .object(
        type: "swarm.JoinTokens",
        fields: [
          TemplateField("Worker", .string(s.workerToken)),
          TemplateField("Manager", .string(s.managerToken)),
        ]))
    return f.object("swarm.Swarm")
  }
}
