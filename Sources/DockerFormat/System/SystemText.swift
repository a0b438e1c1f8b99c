public import EngineAPI

/// `docker version` and `docker info` of the simulated engine: a Docker Desktop 4.18 (engine
/// 20.10.24) install on WSL 2, in the 20.10 CLI's exact layout. Every value comes from the
/// cluster or from the fixed facts below, never from the host.
public enum SystemText {
  /// Build facts of upstream 20.10.24 and the components Docker Desktop 4.18 shipped with it.
  enum Build {
    static let goVersion = "go1.19.7"
    static let clientCommit = "297e128"
    static let clientBuilt = "Tue Apr  4 18:21:02 2023"
    static let engineCommit = "5d6db84"
    static let engineBuilt = "Tue Apr  4 18:18:42 2023"
    static let desktop = "Docker Desktop 4.18.0 (104112)"
    static let containerd = ("1.6.18", "2456e983eb9e37e47538f59ea18f2043c9a73640")
    static let runc = ("1.1.4", "v1.1.4-0-g5fd4c4d")
    static let dockerInit = ("0.19.0", "de40ad0")
    static let kernel = "5.10.16.3-microsoft-standard-WSL2"
  }

  /// `docker version`; the CLI aligns the values with a tabwriter at column 20.
  public static func version(_ server: SystemVersion) -> String {
    let config = (engineVersion: server.version, apiVersion: server.apiVersion)
    func row(_ indent: Int, _ label: String, _ value: String) -> String {
      let key = String(repeating: " ", count: indent) + label + ":"
      return key + String(repeating: " ", count: max(1, 20 - key.count)) + value
    }
    let lines = [
      "Client:",
      row(1, "Version", config.engineVersion),
      row(1, "API version", config.apiVersion),
      row(1, "Go version", Build.goVersion),
      row(1, "Git commit", Build.clientCommit),
      row(1, "Built", Build.clientBuilt),
      row(1, "OS/Arch", "linux/amd64"),
      row(1, "Context", "default"),
      row(1, "Experimental", "true"),
      "",
      "Server: \(Build.desktop)",
      " Engine:",
      row(2, "Version", config.engineVersion),
      row(2, "API version", "\(config.apiVersion) (minimum version 1.12)"),
      row(2, "Go version", Build.goVersion),
      row(2, "Git commit", Build.engineCommit),
      row(2, "Built", Build.engineBuilt),
      row(2, "OS/Arch", "linux/amd64"),
      row(2, "Experimental", "false"),
      " containerd:",
      row(2, "Version", Build.containerd.0),
      row(2, "GitCommit", Build.containerd.1),
      " runc:",
      row(2, "Version", Build.runc.0),
      row(2, "GitCommit", Build.runc.1),
      " docker-init:",
      row(2, "Version", Build.dockerInit.0),
      row(2, "GitCommit", Build.dockerInit.1),
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `docker info`, ending with the empty line the CLI prints after the server section.
  public static func info(_ info: SystemInfo) -> String {
    var lines = [
      "Client:",
      " Context:    default",
      " Debug Mode: false",
      "",
      "Server:",
      " Containers: \(info.containers)",
      "  Running: \(info.containersRunning)",
      "  Paused: \(info.containersPaused)",
      "  Stopped: \(info.containersStopped)",
      " Images: \(info.images)",
      " Server Version: \(info.serverVersion)",
      " Storage Driver: overlay2",
      "  Backing Filesystem: extfs",
      "  Supports d_type: true",
      "  Native Overlay Diff: true",
      "  userxattr: false",
      " Logging Driver: json-file",
      " Cgroup Driver: cgroupfs",
      " Cgroup Version: 1",
      " Plugins:",
      "  Volume: local",
      "  Network: bridge host ipvlan macvlan null overlay",
      "  Log: awslogs fluentd gcplogs gelf journald json-file local logentries splunk syslog",
    ]
    lines += swarmSection(info.swarm)
    lines += [
      " Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc",
      " Default Runtime: runc",
      " Init Binary: docker-init",
      " containerd version: \(Build.containerd.1)",
      " runc version: \(Build.runc.1)",
      " init version: \(Build.dockerInit.1)",
      " Security Options:",
      "  seccomp",
      "   Profile: default",
      " Kernel Version: \(Build.kernel)",
      " Operating System: Docker Desktop",
      " OSType: linux",
      " Architecture: x86_64",
      " CPUs: \(info.ncpu)",
      " Total Memory: \(ByteSize.binary(Double(info.memTotal)))",
      " Name: \(info.name)",
      " ID: \(info.id)",
      " Docker Root Dir: /var/lib/docker",
      " Debug Mode: false",
      " HTTP Proxy: http.docker.internal:3128",
      " HTTPS Proxy: http.docker.internal:3128",
      " No Proxy: hubproxy.docker.internal",
      " Registry: https://index.docker.io/v1/",
      " Labels:",
      " Experimental: false",
      " Insecure Registries:",
      "  hubproxy.docker.internal:5000",
      "  127.0.0.0/8",
      " Live Restore Enabled: false",
    ]
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// ` Swarm: inactive`, or the node's view of the swarm (the cluster part only on managers).
  static func swarmSection(_ swarm: SwarmInfo) -> [String] {
    guard swarm.localNodeState == "active" else { return [" Swarm: inactive"] }
    var lines = [
      " Swarm: active", "  NodeID: \(swarm.nodeID)", "  Is Manager: \(swarm.controlAvailable)",
    ]
    if swarm.controlAvailable, let cluster = swarm.cluster {
      lines += [
        "  ClusterID: \(cluster.id)",
        "  Managers: \(swarm.managers ?? 0)",
        "  Nodes: \(swarm.nodes ?? 0)",
        // The CLI writes each pool followed by two spaces.
        "  Default Address Pool: " + (cluster.defaultAddrPool ?? []).map { $0 + "  " }.joined(),
        "  SubnetSize: \(cluster.subnetSize)",
        "  Data Path Port: \(cluster.dataPathPort)",
        "  Orchestration:",
        "   Task History Retention Limit: \(cluster.spec.orchestration.taskHistoryRetentionLimit ?? 0)",
        "  Raft:",
        "   Snapshot Interval: \(cluster.spec.raft.snapshotInterval ?? 0)",
        "   Number of Old Snapshots to Retain: \(cluster.spec.raft.keepOldSnapshots ?? 0)",
        "   Heartbeat Tick: \(cluster.spec.raft.heartbeatTick)",
        "   Election Tick: \(cluster.spec.raft.electionTick)",
        "  Dispatcher:",
        "   Heartbeat Period: 5 seconds",
        "  CA Configuration:",
        "   Expiry Duration: 3 months",
        "   Force Rotate: 0",
        "  Autolock Managers: \(cluster.spec.encryptionConfig.autoLockManagers)",
        "  Root Rotation In Progress: \(cluster.rootRotationInProgress)",
      ]
    }
    lines.append("  Node Address: \(swarm.nodeAddr)")
    lines.append("  Manager Addresses:")
    lines += (swarm.remoteManagers ?? []).map(\.addr).sorted().map { "   " + $0 }
    return lines
  }
}
