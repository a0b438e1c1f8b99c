/// Every `GoStruct` of the Engine API, by type.
///
/// A renderer asks of each field's type whether it is a Go struct, and which. Asked of the Swift
/// runtime (`as? any GoStruct.Type`), the first question per type scans every protocol
/// conformance of the process, about 10,000 once the HTTP libraries are linked in: a
/// `service inspect` met some 80 types and spent 16 M instructions there. A type left out of
/// this list is still found that way, only more slowly (`GoStructRegistryTests` checks the
/// list against the declarations).
public enum GoStructRegistry {
  public static func structType(_ type: Any.Type) -> (any GoStruct.Type)? {
    byType[ObjectIdentifier(type)]
  }

  static let byType: [ObjectIdentifier: any GoStruct.Type] = Dictionary(
    uniqueKeysWithValues: all.map { (ObjectIdentifier($0), $0) })

  public static let all: [any GoStruct.Type] = [
    CAConfig.self, ClusterInfo.self, ConfigReference.self, ConfigReferenceNetwork.self,
    ContainerConfig.self, ContainerJSON.self, ContainerRestartPolicy.self, ContainerSpec.self,
    ContainerState.self, ContainerStatus.self, ContainerSummary.self, DNSConfig.self,
    DispatcherConfig.self, Driver.self, EncryptionConfig.self, Endpoint.self,
    EndpointIPAMConfig.self, EndpointResource.self, EndpointSettings.self, EndpointSpec.self,
    EndpointVirtualIP.self, EngineDescription.self, FileTarget.self, GlobalService.self,
    GraphDriverData.self, Health.self, HealthConfig.self, HealthcheckResult.self, HostConfig.self,
    IPAM.self, IPAMConfig.self, IPAMOptions.self, JoinTokens.self, Limit.self, LogConfig.self,
    ManagerStatus.self, Mount.self, NetworkAttachment.self, NetworkAttachmentConfig.self,
    NetworkCreateRequest.self, NetworkResource.self, NetworkSettings.self, NetworkSpec.self,
    Node.self, NodeDescription.self, NodeSpec.self, NodeStatus.self, ObjectVersion.self,
    OrchestrationConfig.self, Peer.self, PeerInfo.self, Placement.self, PlacementPreference.self,
    Platform.self, PluginDescription.self, PortBinding.self, PortConfig.self, PortStatus.self,
    RaftConfig.self, ReplicatedService.self, ResourceRequirements.self, Resources.self,
    RestartPolicy.self, SecretReference.self, Service.self, ServiceMode.self, ServiceSpec.self,
    ServiceStatus.self, SpreadOver.self, Swarm.self, SwarmIPAMConfig.self, SwarmInfo.self,
    SwarmNetwork.self, SwarmSpec.self, SystemInfo.self, SystemVersion.self, TLSInfo.self, Task.self,
    TaskDefaults.self, TaskSpec.self, TaskStatus.self, UpdateConfig.self, UpdateStatus.self,
    // Chapter 13's data objects.
    Config.self, ConfigSpec.self, Secret.self, SecretSpec.self, SwarmDriver.self, Volume.self,
    VolumeOptions.self,
  ]
}
