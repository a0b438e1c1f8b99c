import Engine
import EngineAPI
import SwarmCore
import Testing

@testable import DockerFormat

@Suite struct PrettyInspectTests {
  static let pinned1 =
    "diamol/ch12-timecheck:1.0@sha256:9d3010a572344c988da8e28444ed345c63662a5c211886e670a8ef3c84689b4e"

  @Test func serviceDuringUpdateMatchesDockersLayout() throws {
    var c = try InspectFixtures.swarm()
    var spec = InspectFixtures.spec("timecheck", replicas: 2)
    spec.template.env = ["A=1"]
    let s = try ControlAPI.createService(spec, &c)
    c.advance(by: .seconds(10))
    let updated = try ControlAPI.updateService(s.id, &c) { spec in
      spec.template.image = "diamol/ch12-timecheck:2.0"
      spec.template.resolvedImage = ControlAPI.resolveImage(spec.template.image, catalog: .builtin)!
    }
    c.advance(by: .seconds(4))
    let image = updated.spec.template.resolvedImage
    let expected = """

      ID:\t\t\(s.id)
      Name:\t\ttimecheck
      Service Mode:\tReplicated
       Replicas:\t2
      UpdateStatus:
       State:\t\tupdating
       Started:\t4 seconds ago
       Message:\tupdate in progress
      Placement:
      UpdateConfig:
       Parallelism:\t1
       On failure:\tpause
       Monitoring Period: 5s
       Max failure ratio: 0
       Update order:      stop-first
      RollbackConfig:
       Parallelism:\t1
       On failure:\tpause
       Monitoring Period: 5s
       Max failure ratio: 0
       Rollback order:    stop-first
      ContainerSpec:
       Image:\t\t\(image)
       Env:\t\tA=1 
       Init:\t\tfalse
      Resources:
      Endpoint Mode:\tvip


      """
    let text = PrettyInspect.service(
      ObjectConversion.service(c.state.services[s.id]!, insertDefaults: true), Self.names(c),
      now: Timestamp(unixNanos: c.now.nanos))
    #expect(text == expected)
  }

  @Test func servicePortsLabelsNetworksAndPlacement() throws {
    var c = try InspectFixtures.swarm()
    _ = try ControlAPI.createNetwork(
      name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &c)
    var spec = InspectFixtures.spec("web")
    spec.labels = [Label("a", "2"), Label("flag", "")]
    spec.ports = [
      PortConfig(targetPort: 80, publishedPort: 8080),
      PortConfig(targetPort: 443, publishedPort: 8443),
    ]
    spec.template.networks = ["iotd-net"]
    spec.template.constraints = ["node.role==manager", "node.os==linux"]
    spec.template.placementPreferences = ["spread=node.labels.zone"]
    spec.template.maxReplicasPerNode = 2
    spec.template.args = ["sleep", "1000"]
    spec.template.workdir = "/app"
    spec.template.user = "nobody"
    spec.update.delay = .seconds(10)
    spec.update.maxFailureRatio = 0.2
    let s = try ControlAPI.createService(spec, &c)
    let expected = """

      ID:\t\t\(s.id)
      Name:\t\tweb
      Labels:
       a=2
       flag
      Service Mode:\tReplicated
       Replicas:\t1
      Placement:
       Constraints:\t[node.role==manager node.os==linux]
       Preferences:   [spread=node.labels.zone]
       Max Replicas Per Node:   2
      UpdateConfig:
       Parallelism:\t1
       Delay:\t\t10s
       On failure:\tpause
       Monitoring Period: 5s
       Max failure ratio: 0.2
       Update order:      stop-first
      RollbackConfig:
       Parallelism:\t1
       On failure:\tpause
       Monitoring Period: 5s
       Max failure ratio: 0
       Rollback order:    stop-first
      ContainerSpec:
       Image:\t\t\(Self.pinned1)
       Args:\t\tsleep 1000 
       Dir:\t\t/app
       Init:\t\tfalse
       User: nobody
      Resources:
      Networks: iotd-net 
      Endpoint Mode:\tvip
      Ports:
       PublishedPort = 8080
        Protocol = tcp
        TargetPort = 80
        PublishMode = ingress
       PublishedPort = 8443
        Protocol = tcp
        TargetPort = 443
        PublishMode = ingress 


      """
    #expect(
      PrettyInspect.service(
        ObjectConversion.service(s, insertDefaults: true), Self.names(c),
        now: Timestamp(unixNanos: c.now.nanos)) == expected)
  }

  @Test func globalServiceAndCompletedUpdate() throws {
    var c = try InspectFixtures.swarm()
    var spec = InspectFixtures.spec("agent")
    spec.mode = .global
    var s = try ControlAPI.createService(spec, &c)
    s.updateStatus = UpdateStatus(state: .completed, startedAt: c.now, message: "update completed")
    s.updateStatus?.completedAt = c.now + .seconds(6)
    c.advance(by: .seconds(48))
    let text = PrettyInspect.service(
      ObjectConversion.service(s, insertDefaults: true), Self.names(c),
      now: Timestamp(unixNanos: c.now.nanos))
    #expect(text.contains("\nService Mode:\tGlobal\nUpdateStatus:\n"))
    #expect(
      text.contains(
        "\n State:\t\tcompleted\n Started:\t48 seconds ago\n Completed:\t42 seconds ago\n Message:\tupdate completed\n"
      ))
    #expect(!text.contains("Replicas:"))
  }

  @Test func managerNodeMatchesDockersLayout() throws {
    let c = try InspectFixtures.swarm()
    let node = c.localNode!
    let cert = SwarmCertificate(swarm: c.state.swarm!)
    let expected = """
      ID:\t\t\t\(node.id)
      Hostname:              \tdocker-desktop
      Joined at:             \t2020-11-20 21:14:30 +0000 utc
      Status:
       State:\t\t\tReady
       Availability:         \tActive
       Address:\t\t192.168.65.3
      Manager Status:
       Address:\t\t192.168.65.3:2377
       Raft Status:\t\tReachable
       Leader:\t\tYes
      Platform:
       Operating System:\tlinux
       Architecture:\t\tx86_64
      Resources:
       CPUs:\t\t\t2
       Memory:\t\t1.941GiB
      Plugins:
       Log:\t\tawslogs, fluentd, gcplogs, gelf, journald, json-file, local, logentries, splunk, syslog
       Network:\t\tbridge, host, ipvlan, macvlan, null, overlay
       Volume:\t\tlocal
      Engine Version:\t\t20.10.24
      TLS Info:
       TrustRoot:
      \(cert.trustRoot)
       Issuer Subject:\tMBMxETAPBgNVBAMTCHN3YXJtLWNh
       Issuer Public Key:\t\(cert.issuerPublicKey)

      """
    #expect(PrettyInspect.node(ObjectConversion.node(node, c)) == expected)
  }

  @Test(arguments: [
    (SimTime(nanos: 1_605_906_870_000_000_000), "2020-11-20 21:14:30 +0000 UTC"),
    (SimTime(nanos: 1_605_906_870_917_340_632), "2020-11-20 21:14:30.917340632 +0000 UTC"),
    (SimTime(nanos: 1_605_906_870_500_000_000), "2020-11-20 21:14:30.5 +0000 UTC"),
  ])
  func goTimeString(time: SimTime, text: String) {
    #expect(PrettyInspect.goTimeString(Timestamp(unixNanos: time.nanos)) == text)
  }

  /// Network names by ID, as the CLI looks them up for the pretty view.
  static func names(_ c: Cluster) -> ObjectNames {
    var names = ObjectNames()
    for n in c.state.networks.values { names.networks[n.id] = n.name }
    return names
  }
}
