import Testing

@testable import SwarmCore

/// Serial IPAM as swarmkit does it, checked against the book's addresses and a real 20.10
/// engine (VIP, task addresses, then the node's load-balancer endpoint).
@Suite struct IPAMTests {
  static func service(
    _ name: String, image: String, replicas: Int, networks: [String], ports: [PortConfig] = [],
    _ cluster: inout Cluster
  ) throws -> Service {
    let template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog)!)
    var spec = ServiceSpec(name: name, template: template)
    spec.mode = .replicated(replicas: replicas)
    spec.template.networks = networks
    spec.ports = ports
    return try ControlAPI.createService(spec, &cluster)
  }

  /// The book's section 12.4 cluster: iotd ×3 and accesslog ×2 on `iotd-net`.
  static func bookCluster() throws -> Cluster {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    try ControlAPI.createNetwork(
      name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &cluster)
    _ = try service(
      "iotd", image: "diamol/ch09-image-of-the-day", replicas: 3, networks: ["iotd-net"], &cluster)
    _ = try service(
      "accesslog", image: "diamol/ch09-access-log", replicas: 2, networks: ["iotd-net"], &cluster)
    cluster.advance(by: .seconds(5))
    return cluster
  }

  @Test func subnetsAreSerialAndNotReused() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let make = { (name: String, cluster: inout Cluster) throws -> Network in
      try ControlAPI.createNetwork(
        name: name, driver: "overlay", attachable: false, subnet: nil, labels: [], &cluster)
    }
    let a = try make("a", &cluster)
    let b = try make("b", &cluster)
    try ControlAPI.removeNetwork("a", &cluster)
    let c = try make("c", &cluster)
    #expect(cluster.state.network(named: "ingress")?.subnet == "10.0.0.0/24")
    #expect([a.subnet, b.subnet, c.subnet] == ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"])
    #expect([a.vxlanID, b.vxlanID, c.vxlanID] == [4097, 4098, 4099])
  }

  @Test func bookSequenceOfAddresses() throws {
    let cluster = try Self.bookCluster()
    let state = cluster.state
    let net = try #require(state.network(named: "iotd-net"))
    let iotd = try #require(state.service(named: "iotd"))
    let accesslog = try #require(state.service(named: "accesslog"))
    #expect(iotd.virtualIPs == [NetworkAttachment(networkID: net.id, address: "10.0.1.2/24")])
    #expect(accesslog.virtualIPs == [NetworkAttachment(networkID: net.id, address: "10.0.1.7/24")])
    let iotdTasks = state.tasks(ofService: iotd.id).sorted { $0.slot < $1.slot }
    #expect(
      iotdTasks.map { $0.networkAddresses.map(\.address) } == [
        ["10.0.1.3/24"], ["10.0.1.4/24"], ["10.0.1.5/24"],
      ])
    let node = try #require(cluster.localNode)
    #expect(state.networking.loadBalancer(node: node.id, network: net.id)?.address == "10.0.1.6/24")
    let ingress = try #require(state.network(named: "ingress"))
    #expect(
      state.networking.loadBalancer(node: node.id, network: ingress.id)?.address == "10.0.0.2/24")
    let logTasks = state.tasks(ofService: accesslog.id).sorted { $0.slot < $1.slot }
    #expect(
      logTasks.map { $0.networkAddresses.map(\.address) } == [["10.0.1.8/24"], ["10.0.1.9/24"]])
  }

  @Test func publishedServiceGetsIngressFirst() throws {
    var cluster = try Self.bookCluster()
    let gallery = try Self.service(
      "image-gallery", image: "diamol/ch09-image-gallery", replicas: 2, networks: ["iotd-net"],
      ports: [PortConfig(targetPort: 80, publishedPort: 8010)], &cluster)
    cluster.advance(by: .seconds(5))
    let ingress = try #require(cluster.state.network(named: "ingress"))
    #expect(gallery.virtualIPs.map(\.address) == ["10.0.0.3/24", "10.0.1.10/24"])
    #expect(gallery.virtualIPs.first?.networkID == ingress.id)
    let tasks = cluster.state.tasks(ofService: gallery.id).sorted { $0.slot < $1.slot }
    #expect(
      tasks.map { $0.networkAddresses.map(\.address) } == [
        ["10.0.0.4/24", "10.0.1.11/24"], ["10.0.0.5/24", "10.0.1.12/24"],
      ])
  }

  @Test func publishedPortClashAndDynamicPorts() throws {
    var cluster = try Self.bookCluster()
    let gallery = try Self.service(
      "image-gallery", image: "diamol/ch09-image-gallery", replicas: 1, networks: [],
      ports: [PortConfig(targetPort: 80, publishedPort: 8010)], &cluster)
    #expect(
      throws: ControlError.invalidArgument(
        "port '8010' is already in use by service 'image-gallery' (\(gallery.id)) as an ingress port"
      )
    ) {
      _ = try Self.service(
        "other", image: "diamol/ch09-image-gallery", replicas: 1, networks: [],
        ports: [PortConfig(targetPort: 80, publishedPort: 8010)], &cluster)
    }
    let first = try Self.service(
      "dyn1", image: "diamol/ch09-image-gallery", replicas: 1, networks: [],
      ports: [PortConfig(targetPort: 80, publishedPort: 0)], &cluster)
    let second = try Self.service(
      "dyn2", image: "diamol/ch09-image-gallery", replicas: 1, networks: [],
      ports: [PortConfig(targetPort: 80, publishedPort: 0)], &cluster)
    #expect(first.endpointPorts.map(\.publishedPort) == [30000])
    #expect(second.endpointPorts.map(\.publishedPort) == [30001])
    // The spec keeps what the user asked for; the swarm's choice is the endpoint's, as docker.
    #expect(first.spec.ports.map(\.publishedPort) == [0])
  }

  @Test func removingANetworkInUseIsRefused() throws {
    var cluster = try Self.bookCluster()
    let net = try #require(cluster.state.network(named: "iotd-net"))
    let lowest = try #require(cluster.state.services.values.map(\.id).min())
    #expect(
      throws: ControlError.failedPrecondition("network \(net.id) is in use by service \(lowest)")
    ) {
      try ControlAPI.removeNetwork("iotd-net", &cluster)
    }
    #expect(throws: ControlError.plain("bridge is a pre-defined network and cannot be removed")) {
      try ControlAPI.removeNetwork("bridge", &cluster)
    }
    #expect(throws: ControlError.plain("network with name iotd-net already exists")) {
      try ControlAPI.createNetwork(
        name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &cluster)
    }
  }
}
