import Engine
import SwarmCore
import Testing

@testable import DockerFormat

@Suite struct SystemTextTests {
  @Test func versionOfTheDefaultEngine() {
    let expected = """
      Client:
       Version:           20.10.24
       API version:       1.41
       Go version:        go1.19.7
       Git commit:        297e128
       Built:             Tue Apr  4 18:21:02 2023
       OS/Arch:           linux/amd64
       Context:           default
       Experimental:      true

      Server: Docker Desktop 4.18.0 (104112)
       Engine:
        Version:          20.10.24
        API version:      1.41 (minimum version 1.12)
        Go version:       go1.19.7
        Git commit:       5d6db84
        Built:            Tue Apr  4 18:18:42 2023
        OS/Arch:          linux/amd64
        Experimental:     false
       containerd:
        Version:          1.6.18
        GitCommit:        2456e983eb9e37e47538f59ea18f2043c9a73640
       runc:
        Version:          1.1.4
        GitCommit:        v1.1.4-0-g5fd4c4d
       docker-init:
        Version:          0.19.0
        GitCommit:        de40ad0

      """
    #expect(SystemText.version(Engine(cluster: Cluster()).version()) == expected)
  }

  static func info(containers: String, swarm: String, id: String) -> String {
    """
    Client:
     Context:    default
     Debug Mode: false

    Server:
    \(containers)
     Images: \(ImageCatalog.builtin.images.count)
     Server Version: 20.10.24
     Storage Driver: overlay2
      Backing Filesystem: extfs
      Supports d_type: true
      Native Overlay Diff: true
      userxattr: false
     Logging Driver: json-file
     Cgroup Driver: cgroupfs
     Cgroup Version: 1
     Plugins:
      Volume: local
      Network: bridge host ipvlan macvlan null overlay
      Log: awslogs fluentd gcplogs gelf journald json-file local logentries splunk syslog
    \(swarm)
     Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc
     Default Runtime: runc
     Init Binary: docker-init
     containerd version: 2456e983eb9e37e47538f59ea18f2043c9a73640
     runc version: v1.1.4-0-g5fd4c4d
     init version: de40ad0
     Security Options:
      seccomp
       Profile: default
     Kernel Version: 5.10.16.3-microsoft-standard-WSL2
     Operating System: Docker Desktop
     OSType: linux
     Architecture: x86_64
     CPUs: 2
     Total Memory: 1.941GiB
     Name: docker-desktop
     ID: \(id)
     Docker Root Dir: /var/lib/docker
     Debug Mode: false
     HTTP Proxy: http.docker.internal:3128
     HTTPS Proxy: http.docker.internal:3128
     No Proxy: hubproxy.docker.internal
     Registry: https://index.docker.io/v1/
     Labels:
     Experimental: false
     Insecure Registries:
      hubproxy.docker.internal:5000
      127.0.0.0/8
     Live Restore Enabled: false


    """
  }

  @Test func infoOutsideASwarm() {
    let c = Cluster()
    let text = SystemText.info(Engine(cluster: c).info())
    let id = Engine(cluster: c).info().id
    #expect(id.split(separator: ":").map(\.count) == Array(repeating: 4, count: 12))
    let containers = " Containers: 0\n  Running: 0\n  Paused: 0\n  Stopped: 0"
    #expect(text == Self.info(containers: containers, swarm: " Swarm: inactive", id: id))
  }

  @Test func infoOnAManagerWithARunningService() throws {
    var c = try InspectFixtures.swarm()
    try ControlAPI.createService(InspectFixtures.spec("timecheck", replicas: 2), &c)
    c.advance(by: .seconds(10))
    let node = c.localNode!
    let swarm = c.state.swarm!
    let section = """
       Swarm: active
        NodeID: \(node.id)
        Is Manager: true
        ClusterID: \(swarm.clusterID)
        Managers: 1
        Nodes: 1
        Default Address Pool: 10.0.0.0/8  
        SubnetSize: 24
        Data Path Port: 4789
        Orchestration:
         Task History Retention Limit: 5
        Raft:
         Snapshot Interval: 10000
         Number of Old Snapshots to Retain: 0
         Heartbeat Tick: 1
         Election Tick: 10
        Dispatcher:
         Heartbeat Period: 5 seconds
        CA Configuration:
         Expiry Duration: 3 months
         Force Rotate: 0
        Autolock Managers: false
        Root Rotation In Progress: false
        Node Address: 192.168.65.3
        Manager Addresses:
         192.168.65.3:2377
      """
    let containers = " Containers: 2\n  Running: 2\n  Paused: 0\n  Stopped: 0"
    let expected = Self.info(
      containers: containers, swarm: section, id: Engine(cluster: c).info().id)
    #expect(SystemText.info(Engine(cluster: c).info()) == expected)
  }
}
