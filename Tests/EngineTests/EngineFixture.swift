import Engine
import EngineAPI
import SwarmCore

/// A fresh engine on a one-machine cluster, optionally already a swarm manager.
enum EngineFixture {
  static func engine(swarm: Bool = true) throws -> Engine {
    let engine = Engine(cluster: Cluster())
    if swarm { _ = try engine.swarmInit(SwarmInitRequest()) }
    return engine
  }

  static func spec(
    _ name: String, image: String = "diamol/ch12-timecheck:1.0", replicas: UInt64 = 1
  ) -> EngineAPI.ServiceSpec {
    EngineAPI.ServiceSpec(
      name: name, taskTemplate: TaskSpec(containerSpec: ContainerSpec(image: image)),
      mode: .replicated(replicas))
  }
}
