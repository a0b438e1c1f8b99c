import Engine
import EngineAPI
import GoTemplate
import SwarmCore
import Testing

@testable import DockerFormat

@Suite struct ServiceInspectTests {
  @Test func freshServiceHasEngineFieldOrderAndNoHistory() throws {
    var c = try InspectFixtures.swarm()
    let s = try ControlAPI.createService(InspectFixtures.spec("timecheck"), &c)
    c.advance(by: .seconds(10))
    let v = GoValueEncoder.encode(
      ObjectConversion.service(c.state.services[s.id]!, insertDefaults: true))
    #expect(v.typeName == "swarm.Service")
    #expect(v.names == ["ID", "Version", "CreatedAt", "UpdatedAt", "Spec", "Endpoint"])
    #expect(
      v["Spec"]?.names == [
        "Name", "Labels", "TaskTemplate", "Mode", "UpdateConfig", "RollbackConfig", "EndpointSpec",
      ])
    #expect(
      v["Spec.TaskTemplate"]?.names == [
        "ContainerSpec", "Resources", "RestartPolicy", "Placement", "ForceUpdate", "Runtime",
      ])
    #expect(
      v["Spec.TaskTemplate.ContainerSpec"]?.names == [
        "Image", "Init", "StopGracePeriod", "DNSConfig", "Isolation",
      ])
    #expect(
      v["Spec.TaskTemplate.ContainerSpec.Image"]
        == .string(
          "diamol/ch12-timecheck:1.0@sha256:9d3010a572344c988da8e28444ed345c63662a5c211886e670a8ef3c84689b4e"
        ))
    #expect(v["Spec.TaskTemplate.ContainerSpec"]?.typeName == "*swarm.ContainerSpec")
    #expect(
      v["Spec.TaskTemplate.ContainerSpec.StopGracePeriod"] == .duration(nanos: 10_000_000_000))
    #expect(v["Spec.Labels"] == .map([]))
    #expect(v["Spec.Mode.Replicated.Replicas"] == .uint(1))
    #expect(
      v["Spec.UpdateConfig"]?.names == [
        "Parallelism", "FailureAction", "Monitor", "MaxFailureRatio", "Order",
      ])
    #expect(v["Spec.TaskTemplate.RestartPolicy"]?.names == ["Condition", "Delay", "MaxAttempts"])
    #expect(v["Spec.EndpointSpec"]?.names == ["Mode"])
    // No ports, no networks: the allocator has nothing, so the endpoint spec is empty.
    #expect(v["Endpoint"]?.names == ["Spec"])
    #expect(v["Endpoint.Spec"]?.names == [])
    if case .time = v["CreatedAt"] {} else { Issue.record("CreatedAt must be a time") }
  }

  @Test func publishedPortsAndNetworksFillTheEndpoint() throws {
    var c = try InspectFixtures.swarm()
    let net = try ControlAPI.createNetwork(
      name: "app-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &c)
    var spec = InspectFixtures.spec("web", image: "diamol/ch09-image-gallery")
    spec.ports = [PortConfig(targetPort: 80, publishedPort: 8010)]
    spec.template.networks = ["app-net"]
    spec.labels = [Label("a", "2"), Label("z", "1")]
    let s = try ControlAPI.createService(spec, &c)
    let v = GoValueEncoder.encode(
      ObjectConversion.service(c.state.services[s.id]!, insertDefaults: true))
    #expect(v["Spec.Labels"]?.names == ["a", "z"])
    #expect(v["Spec.TaskTemplate.Networks.0.Target"] == .string(net.id))
    #expect(v["Spec.EndpointSpec"]?.names == ["Mode", "Ports"])
    #expect(
      v["Spec.EndpointSpec.Ports.0"]?.names == [
        "Protocol", "TargetPort", "PublishedPort", "PublishMode",
      ])
    #expect(v["Endpoint"]?.names == ["Spec", "Ports", "VirtualIPs"])
    #expect(v["Endpoint.Spec"]?.names == ["Mode", "Ports"])
    #expect(v["Endpoint.VirtualIPs.0"]?.names == ["NetworkID", "Addr"])
    #expect(v["Endpoint.VirtualIPs.1.NetworkID"] == .string(net.id))
  }

  @Test func updateAddsRawPreviousSpecAndUpdateStatus() throws {
    var c = try InspectFixtures.swarm()
    let s = try ControlAPI.createService(InspectFixtures.spec("timecheck", replicas: 2), &c)
    c.advance(by: .seconds(10))
    try ControlAPI.updateService(s.id, &c) { spec in
      spec.template.image = "diamol/ch12-timecheck:2.0"
      spec.template.resolvedImage = ControlAPI.resolveImage(spec.template.image, catalog: .builtin)!
    }
    c.advance(by: .seconds(4))
    let v = GoValueEncoder.encode(
      ObjectConversion.service(c.state.services[s.id]!, insertDefaults: true))
    #expect(
      v.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Spec", "PreviousSpec", "Endpoint",
        "UpdateStatus",
      ])
    // The stored spec: no inserted defaults.
    #expect(v["PreviousSpec"]?.names == ["Name", "Labels", "TaskTemplate", "Mode", "EndpointSpec"])
    #expect(
      v["PreviousSpec.TaskTemplate"]?.names == [
        "ContainerSpec", "Resources", "Placement", "ForceUpdate", "Runtime",
      ])
    #expect(
      v["PreviousSpec.TaskTemplate.ContainerSpec"]?.names == [
        "Image", "Init", "DNSConfig", "Isolation",
      ])
    #expect(v["UpdateStatus"]?.names == ["State", "StartedAt", "Message"])
    #expect(v["UpdateStatus.State"] == .string("updating"))
    #expect(v["UpdateStatus.Message"] == .string("update in progress"))
    let before = GoValueEncoder.encode(ObjectConversion.service(s, insertDefaults: true))[
      "Version.Index"]
    #expect(before != v["Version.Index"])
  }

  @Test func globalModeAndNonDefaultPolicies() throws {
    var c = try InspectFixtures.swarm()
    var spec = InspectFixtures.spec("agent")
    spec.mode = .global
    spec.update.delay = .seconds(10)
    spec.template.restart.condition = .onFailure
    spec.template.args = ["sleep", "1000"]
    spec.template.env = ["A=1"]
    spec.template.workdir = "/app"
    spec.template.constraints = ["node.role==manager"]
    let s = try ControlAPI.createService(spec, &c)
    var changed = c.state.services[s.id]!
    changed.previousSpec = changed.spec
    let v = GoValueEncoder.encode(ObjectConversion.service(changed, insertDefaults: true))
    #expect(v["Spec.Mode"]?.names == ["Global"])
    #expect(v["Spec.Mode.Global"] == .object(type: "*swarm.GlobalService", fields: []))
    #expect(v["Spec.UpdateConfig.Delay"] == .duration(nanos: 10_000_000_000))
    #expect(
      v["Spec.TaskTemplate.ContainerSpec"]?.names == [
        "Image", "Args", "Env", "Dir", "Init", "StopGracePeriod", "DNSConfig", "Isolation",
      ])
    #expect(v["Spec.TaskTemplate.Placement.Constraints.0"] == .string("node.role==manager"))
    // A stored spec keeps only what differs from swarmkit's defaults.
    #expect(v["PreviousSpec"]?.names.contains("UpdateConfig") == true)
    #expect(v["PreviousSpec"]?.names.contains("RollbackConfig") == false)
    #expect(v["PreviousSpec.TaskTemplate.RestartPolicy.Condition"] == .string("on-failure"))
  }
}

@Suite struct TaskAndNodeInspectTests {
  @Test func runningTaskHasContainerStatus() throws {
    var c = try InspectFixtures.swarm()
    let s = try ControlAPI.createService(InspectFixtures.spec("timecheck"), &c)
    c.advance(by: .seconds(10))
    let task = c.state.tasks(ofService: s.id)[0]
    let v = GoValueEncoder.encode(ObjectConversion.task(task, c))
    #expect(v.typeName == "swarm.Task")
    #expect(
      v.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Labels", "Spec", "ServiceID", "Slot", "NodeID",
        "Status", "DesiredState",
      ])
    #expect(v["Spec"]?.names == ["ContainerSpec", "Resources", "Placement", "ForceUpdate"])
    #expect(
      v["Status"]?.names == ["Timestamp", "State", "Message", "ContainerStatus", "PortStatus"])
    #expect(v["Status.State"] == .string("running"))
    #expect(v["Status.ContainerStatus"]?.names == ["ContainerID", "PID", "ExitCode"])
    #expect(v["Status.ContainerStatus.ContainerID"] == .string(task.containerID!))
    #expect(v["Status.ContainerStatus.ExitCode"] == .int(0))
    #expect(v["Status.PortStatus"]?.names == [])
    #expect(v["Slot"] == .int(1))
    #expect(v["DesiredState"] == .string("running"))
  }

  @Test func attachedTaskCarriesNetworkObjects() throws {
    var c = try InspectFixtures.swarm()
    var spec = InspectFixtures.spec("web")
    spec.ports = [PortConfig(targetPort: 80, publishedPort: 8080)]
    let s = try ControlAPI.createService(spec, &c)
    c.advance(by: .seconds(10))
    let v = GoValueEncoder.encode(ObjectConversion.task(c.state.tasks(ofService: s.id)[0], c))
    #expect(v.names.last == "NetworksAttachments")
    let network = v["NetworksAttachments.0.Network"]
    #expect(
      network?.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Spec", "DriverState", "IPAMOptions",
      ])
    #expect(
      network?["Spec"]?.names == [
        "Name", "Labels", "DriverConfiguration", "Ingress", "IPAMOptions", "Scope",
      ])
    #expect(network?["Spec.Name"] == .string("ingress"))
    #expect(
      network?["DriverState.Options"]?.names == ["com.docker.network.driver.overlay.vxlanid_list"])
    #expect(network?["IPAMOptions.Configs.0.Subnet"] == .string("10.0.0.0/24"))
    if case .array(let addresses) = v["NetworksAttachments.0.Addresses"] {
      #expect(addresses.count == 1)
    } else {
      Issue.record("Addresses must be an array")
    }
  }

  @Test func managerNodeShape() throws {
    let c = try InspectFixtures.swarm()
    let node = c.localNode!
    let v = GoValueEncoder.encode(ObjectConversion.node(node, c))
    #expect(v.typeName == "swarm.Node")
    #expect(
      v.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Spec", "Description", "Status", "ManagerStatus",
      ])
    #expect(v["Spec"]?.names == ["Labels", "Role", "Availability"])
    #expect(v["Description"]?.names == ["Hostname", "Platform", "Resources", "Engine", "TLSInfo"])
    #expect(v["Description.Resources.NanoCPUs"] == .int(2_000_000_000))
    #expect(v["Description.Engine.Plugins.0"]?.names == ["Type", "Name"])
    #expect(v["Status"]?.names == ["State", "Addr"])
    #expect(v["ManagerStatus"]?.names == ["Leader", "Reachability", "Addr"])
    #expect(v["ManagerStatus.Addr"] == .string(node.address + ":2377"))
  }

  @Test func certificateHasSwarmkitsShape() throws {
    let c = try InspectFixtures.swarm()
    let cert = SwarmCertificate(swarm: c.state.swarm!)
    #expect(cert.issuerSubject == "MBMxETAPBgNVBAMTCHN3YXJtLWNh")
    #expect(cert.issuerPublicKey.hasPrefix("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"))
    #expect(cert.issuerPublicKey.count == 124)
    let lines = cert.trustRoot.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "-----BEGIN CERTIFICATE-----")
    #expect(lines[1].hasPrefix("MIIBazCCARCgAwIBAgIU"))
    #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.count <= 64 })
    #expect(cert.trustRoot.hasSuffix("\n-----END CERTIFICATE-----\n"))
    // 367 DER bytes → 492 base64 characters.
    #expect(lines.dropFirst().dropLast(2).map(\.count).reduce(0, +) == 492)
    #expect(cert == SwarmCertificate(swarm: c.state.swarm!))
  }
}
