import Engine
import EngineAPI
import GoTemplate
import SwarmCore
import Testing

@testable import DockerFormat

@Suite struct ContainerNetworkInspectTests {
  @Test func runningTaskContainerOnTheBridge() throws {
    var c = try InspectFixtures.swarm()
    let s = try ControlAPI.createService(InspectFixtures.spec("timecheck"), &c)
    c.advance(by: .seconds(10))
    let task = c.state.tasks(ofService: s.id)[0]
    let container = c.state.containers[task.containerID!]!
    let v = GoValueEncoder.encode(LocalObjectConversion.container(container, c))
    #expect(v.typeName == "types.ContainerJSON")
    #expect(
      v.names == [
        "Id", "Created", "Path", "Args", "State", "Image", "ResolvConfPath", "HostnamePath",
        "HostsPath", "LogPath", "Name", "RestartCount", "Driver", "Platform", "MountLabel",
        "ProcessLabel", "AppArmorProfile", "ExecIDs", "HostConfig", "GraphDriver", "Mounts",
        "Config", "NetworkSettings",
      ])
    #expect(v["Name"] == .string("/" + container.name))
    #expect(v["State.Status"] == .string("running"))
    #expect(v["State.FinishedAt"] == .string("0001-01-01T00:00:00Z"))
    #expect(v["State.StartedAt"] == .string(container.startedAt!.civil.rfc3339Nano))
    #expect(v["Config.Image"] == .string(task.template.resolvedImage))
    #expect(v["Config.Labels"]?.names.contains("com.docker.swarm.task.id") == true)
    #expect(
      v["Config.Env.0"]
        == .string("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"))
    #expect(v["Config.WorkingDir"] == .string("/app"))
    #expect(v["NetworkSettings.Networks"]?.names == ["bridge"])
    #expect(v["NetworkSettings.IPAddress"] == .string("172.17.0.2"))
    #expect(v["NetworkSettings.MacAddress"] == .string("02:42:ac:11:00:02"))
    #expect(v["NetworkSettings.Networks.bridge.IPAMConfig"] == .null)
    #expect(v["HostConfig.ShmSize"] == .int(67_108_864))
  }

  @Test func overlayTaskContainerAndItsNetwork() throws {
    var c = try InspectFixtures.swarm()
    let net = try ControlAPI.createNetwork(
      name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &c)
    var spec = InspectFixtures.spec("iotd", image: "diamol/ch09-image-of-the-day")
    spec.template.networks = ["iotd-net"]
    let s = try ControlAPI.createService(spec, &c)
    c.advance(by: .seconds(10))
    let task = c.state.tasks(ofService: s.id)[0]
    let container = c.state.containers[task.containerID!]!
    let address = task.networkAddresses[0].address
    let ip = String(address.split(separator: "/")[0])
    let v = GoValueEncoder.encode(LocalObjectConversion.container(container, c))
    #expect(v["NetworkSettings.Networks"]?.names == ["iotd-net"])
    #expect(v["NetworkSettings.IPAddress"] == .string(""))
    let endpoint = v["NetworkSettings.Networks.iotd-net"]
    #expect(endpoint?["IPAMConfig.IPv4Address"] == .string(ip))
    #expect(endpoint?["IPAddress"] == .string(ip))
    #expect(endpoint?["IPPrefixLen"] == .int(24))
    #expect(endpoint?["Aliases.0"] == .string(String(container.id.prefix(12))))

    let n = GoValueEncoder.encode(LocalObjectConversion.network(c.state.networks[net.id]!, c))
    #expect(n.typeName == "types.NetworkResource")
    #expect(
      n.names == [
        "Name", "Id", "Created", "Scope", "Driver", "EnableIPv6", "IPAM", "Internal", "Attachable",
        "Ingress", "ConfigFrom", "ConfigOnly", "Containers", "Options", "Labels", "Peers",
      ])
    // A real 20.10 engine lists the node's load-balancer endpoint beside the task's container.
    #expect(n["Containers"]?.names == [container.id, "lb-iotd-net"])
    #expect(n["Containers.lb-iotd-net.Name"] == .string("iotd-net-endpoint"))
    #expect(n["Containers.\(container.id).IPv4Address"] == .string(address))
    #expect(n["IPAM.Config.0"]?.names == ["Subnet", "Gateway"])
    #expect(n["Options"]?.names == ["com.docker.network.driver.overlay.vxlanid_list"])
    #expect(n["Peers.0.IP"] == .string(c.localNode!.address))
  }

  @Test func stoppedContainerKeepsNetworksWithoutAddresses() throws {
    var c = try InspectFixtures.swarm()
    let s = try ControlAPI.createService(InspectFixtures.spec("timecheck"), &c)
    c.advance(by: .seconds(10))
    let id = c.state.tasks(ofService: s.id)[0].containerID!
    try ControlAPI.stopContainer(id, &c)
    let v = GoValueEncoder.encode(LocalObjectConversion.container(c.state.containers[id]!, c))
    #expect(v["State.Status"] == .string("exited"))
    #expect(v["State.Running"] == .bool(false))
    #expect(v["State.Pid"] == .int(0))
    #expect(v["State.ExitCode"] == .int(143))
    #expect(v["State.FinishedAt"] == .string(c.now.civil.rfc3339Nano))
    #expect(v["NetworkSettings.SandboxID"] == .string(""))
    #expect(v["NetworkSettings.Networks.bridge.IPAddress"] == .string(""))
  }

  @Test func localNetworksAndTheSwarm() throws {
    let c = try InspectFixtures.swarm()
    let bridge = GoValueEncoder.encode(
      LocalObjectConversion.network(c.state.network(named: "bridge")!, c))
    #expect(bridge["IPAM.Config.0"]?.names == ["Subnet"])
    #expect(bridge["Options"]?.names.contains("com.docker.network.bridge.name") == true)
    #expect(bridge.names.contains("Peers") == false)
    let host = GoValueEncoder.encode(
      LocalObjectConversion.network(c.state.network(named: "host")!, c))
    #expect(host["IPAM.Config"] == .array([]))
    #expect(host["Options"] == .map([]))

    let swarm = GoValueEncoder.encode(ObjectConversion.swarm(c.state.swarm!))
    #expect(
      swarm.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Spec", "TLSInfo", "RootRotationInProgress",
        "DefaultAddrPool", "SubnetSize", "DataPathPort", "JoinTokens",
      ])
    #expect(swarm["JoinTokens.Worker"] == .string(c.state.swarm!.workerToken))
    #expect(throws: EngineError.self) { try Engine(cluster: Cluster()).swarmInspect() }
  }
}
