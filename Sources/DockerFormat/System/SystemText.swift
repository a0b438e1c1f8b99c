public import SwarmCore

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
  public static func version(_ cluster: Cluster) -> String {
    let config = cluster.config
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
  public static func info(_ cluster: Cluster) -> String {
    let machine = cluster.localMachine
    let containers = cluster.state.containers.values.filter { $0.nodeID == machine.name }
    let running = containers.count { $0.isRunning }
    let resources =
      cluster.localNode
      ?? Node(
        id: "", hostname: machine.name, role: .worker, address: machine.address,
        engineVersion: cluster.config.engineVersion, now: cluster.now)
    var lines = [
      "Client:",
      " Context:    default",
      " Debug Mode: false",
      "",
      "Server:",
      " Containers: \(containers.count)",
      "  Running: \(running)",
      "  Paused: 0",
      "  Stopped: \(containers.count - running)",
      " Images: \(cluster.catalog.images.count)",
      " Server Version: \(cluster.config.engineVersion)",
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
    lines += swarmSection(cluster)
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
      " CPUs: \(resources.cpus)",
      " Total Memory: \(ByteSize.binary(Double(resources.memoryBytes)))",
      " Name: \(machine.name)",
      " ID: \(engineID(machine))",
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
  static func swarmSection(_ cluster: Cluster) -> [String] {
    guard let swarm = cluster.state.swarm, let node = cluster.localNode else {
      return [" Swarm: inactive"]
    }
    let managers = cluster.state.nodes.values.filter { $0.role == .manager }
    var lines = [
      " Swarm: active", "  NodeID: \(node.id)", "  Is Manager: \(node.role == .manager)",
    ]
    if node.role == .manager {
      lines += [
        "  ClusterID: \(swarm.clusterID)",
        "  Managers: \(managers.count)",
        "  Nodes: \(cluster.state.nodes.count)",
        // The CLI writes each pool followed by two spaces.
        "  Default Address Pool: \(swarm.defaultAddressPool)  ",
        "  SubnetSize: \(swarm.subnetSize)",
        "  Data Path Port: \(swarm.dataPathPort)",
        "  Orchestration:",
        "   Task History Retention Limit: \(swarm.taskHistoryLimit)",
        "  Raft:",
        "   Snapshot Interval: 10000",
        "   Number of Old Snapshots to Retain: 0",
        "   Heartbeat Tick: 1",
        "   Election Tick: 10",
        "  Dispatcher:",
        "   Heartbeat Period: 5 seconds",
        "  CA Configuration:",
        "   Expiry Duration: 3 months",
        "   Force Rotate: 0",
        "  Autolock Managers: false",
        "  Root Rotation In Progress: false",
      ]
    }
    lines.append("  Node Address: \(node.address)")
    lines.append("  Manager Addresses:")
    lines += managers.map { "\($0.address):2377" }.sorted().map { "   " + $0 }
    return lines
  }

  /// The daemon's key ID: twelve groups of four base-32 characters, derived from the machine.
  static func engineID(_ machine: Machine) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    var random = SeededRandom(seed: StableHash.of(machine.engineID))
    let groups = (0..<12).map { _ in
      String((0..<4).map { _ in alphabet[Int(random.next() % 32)] })
    }
    return groups.joined(separator: ":")
  }
}
