import Testing

@testable import Session

/// A global service publishing a host-mode port, as chapter 14's numbers web: task names
/// `service.nodeID`, the port in `service ps` (twice, as a 20.10 daemon reports it) and not
/// in `service ls`, and updates that stop the old task before the new one binds the port.
@Suite struct HostModePortTests {
  @Test func psShowsTheHostPortAndLsDoesNot() {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run(
      "docker service create -d --name gh --mode global --publish mode=host,target=80,published=8097 diamol/ch12-timecheck:1.0"
    )
    _ = session.run("sleep 3")
    let node = session.run("docker node ls -q").stdout.split(separator: "\n")[0]
    #expect(
      session.run("docker service ps gh --format '{{.Name}} {{.Ports}}'").stdout
        == "gh.\(node) *:8097->80/tcp,*:8097->80/tcp\n")
    #expect(session.run("docker service ls --format '{{.Ports}}'").stdout == "\n")
  }

  @Test func startFirstIsStopFirstWithAHostPort() {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run(
      "docker service create -d --name gh --mode global --update-order start-first --publish mode=host,target=80,published=8097 diamol/ch12-timecheck:1.0"
    )
    _ = session.run("sleep 3")
    _ = session.run("docker service update -d --image diamol/ch12-timecheck:2.0 gh")
    // The old task is already told to stop while the new one is only being prepared.
    let rows = session.run("docker service ps gh --format '{{.Image}} {{.DesiredState}}'").stdout
    #expect(rows.contains("diamol/ch12-timecheck:1.0 Shutdown"))
    #expect(rows.contains("diamol/ch12-timecheck:2.0 Ready"))
  }
}
