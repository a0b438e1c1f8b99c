import Testing

@testable import DockerCLI
@testable import Session

/// Every flag of `service create` and `service update`, from the grammar tables: it either
/// changes the service's spec (and `service inspect` shows it) or is refused before anything
/// changes with SwarmLab's "not simulated" line and exit 127. No flag is parsed and dropped.
@Suite struct FlagHonestyTests {
  /// Flags that only change what the CLI prints or how it waits, never the spec.
  static let presentationFlags: Set<String> = ["detach", "quiet"]

  /// A value that changes the spec for the flags SwarmLab honours; anything the grammar
  /// accepts for the others.
  static func sample(_ flag: FlagSpec) -> [String] {
    let name = flag.name
    if flag.kind == .bool { return ["--\(name)"] }
    let values: [String: String] = [
      "constraint": "node.hostname!=x", "constraint-add": "node.hostname!=x",
      "constraint-rm": "node.role==manager", "container-label": "g=h",
      "container-label-add": "e=f", "container-label-rm": "c", "endpoint-mode": "dnsrr",
      "entrypoint": "sh -c", "env": "B=2", "env-add": "B=2", "env-rm": "A", "hostname": "h1",
      "image": "diamol/ch12-timecheck:2.0", "label": "x=y", "label-add": "x=y",
      "label-rm": "a", "mode": "global", "name": "other", "network": "net2",
      "network-add": "net2", "network-rm": "net", "placement-pref": "spread=node.labels.zone",
      "placement-pref-add": "spread=node.labels.rack",
      "placement-pref-rm": "spread=node.labels.zone", "publish": "9090:90",
      "publish-add": "9090:90", "publish-rm": "8080", "replicas": "3",
      "replicas-max-per-node": "2", "restart-condition": "none",
      "update-failure-action": "continue",
      "rollback-failure-action": "continue", "update-order": "start-first",
      "rollback-order": "start-first", "user": "bob", "workdir": "/w", "args": "a b",
      "config": "source=cfg,target=/other", "config-add": "source=cfg,target=/new",
      "config-rm": "cfg", "secret": "source=sec,target=other",
      "secret-add": "source=sec,target=new", "secret-rm": "sec",
      "mount": "type=volume,source=w,target=/w", "mount-add": "type=volume,source=w,target=/w",
      "mount-rm": "/v",
    ]
    if let value = values[name] { return ["--\(name)", value] }
    switch flag.kind {
    case .duration: return ["--\(name)", "7s"]
    case .uint, .int: return ["--\(name)", "3"]
    case .float, .decimal: return ["--\(name)", "0.5"]
    case .port: return ["--\(name)", "9090:90"]
    default: return ["--\(name)", "x=y"]
    }
  }

  /// The baseline service: something to remove for every `-rm` flag.
  static let base =
    "--name s --env A=1 --label a=b --container-label c=d --constraint node.role==manager"
    + " --publish 8080:80 --network net --placement-pref spread=node.labels.zone"
    + " --config cfg --secret sec --mount type=volume,source=v,target=/v"

  /// The base service for one flag's check: `--endpoint-mode dnsrr` cannot share a service
  /// with a port on the routing mesh (the daemon refuses it), so that one publishes in host mode.
  static func base(for flag: FlagSpec) -> String {
    flag.name == "endpoint-mode"
      ? base.replacing("--publish 8080:80", with: "--publish mode=host,published=8080,target=80")
      : base
  }

  static func session() -> Session {
    let session = Session()
    for line in [
      "docker swarm init", "docker network create -d overlay net",
      "docker network create -d overlay net2", "printf 'data\\n' > d.txt",
      "docker config create cfg d.txt", "docker secret create sec d.txt",
    ] {
      #expect(session.run(line).exitCode == 0, "\(line)")
    }
    return session
  }

  static func inspect(_ session: Session) -> String {
    session.run("docker service inspect $(docker service ls -q)").stdout
  }

  static func flags(_ path: [String]) -> [FlagSpec] {
    (CommandTree.command(at: path)?.flags ?? []).filter { !$0.hidden }
  }

  @Test func everyCreateFlagChangesTheSpecOrIsRefused() {
    let image = "diamol/ch12-timecheck:1.0"
    let baseline = Self.session()
    _ = baseline.run("docker service create --detach \(Self.base) \(image)")
    let expected = Self.inspect(baseline)
    #expect(expected.contains("\"Name\": \"s\""))
    let flags = Self.flags(["service", "create"])
    #expect(flags.count > 60)
    for flag in flags where !Self.presentationFlags.contains(flag.name) {
      let session = Self.session()
      let args = Self.sample(flag).map { "'\($0)'" }.joined(separator: " ")
      let output = session.run(
        "docker service create --detach \(Self.base(for: flag)) \(args) \(image)")
      if output.exitCode == 127 {
        #expect(
          output.text
            == "swarmlab: 'docker service create --\(flag.name)' is not simulated in SwarmLab\n",
          "\(flag.name)")
        #expect(session.run("docker service ls -q").stdout.isEmpty, "\(flag.name) left a service")
      } else {
        #expect(output.exitCode == 0, "\(flag.name): \(output.text)")
        #expect(
          Self.inspect(session) != expected, "--\(flag.name) was accepted and changed nothing")
      }
    }
  }

  @Test func everyUpdateFlagChangesTheSpecOrIsRefused() {
    let image = "diamol/ch12-timecheck:1.0"
    let flags = Self.flags(["service", "update"])
    #expect(flags.count > 60)
    for flag in flags where !Self.presentationFlags.contains(flag.name) {
      let session = Self.session()
      _ = session.run("docker service create --detach \(Self.base(for: flag)) \(image)")
      // A previous spec for --rollback to return to.
      _ = session.run("docker service update --detach --env-add OLD=1 s")
      let before = Self.inspect(session)
      let args = Self.sample(flag).map { "'\($0)'" }.joined(separator: " ")
      let output = session.run("docker service update --detach \(args) s")
      if output.exitCode == 127 {
        #expect(
          output.text.hasPrefix("swarmlab: 'docker service update --\(flag.name)"), "\(flag.name)")
        #expect(output.text.contains("is not simulated in SwarmLab"), "\(flag.name)")
        #expect(Self.inspect(session) == before, "refused --\(flag.name) changed the service")
      } else {
        #expect(output.exitCode == 0, "\(flag.name): \(output.text)")
        #expect(Self.inspect(session) != before, "--\(flag.name) was accepted and changed nothing")
      }
    }
  }

  @Test func presentationFlagsOnlyChangeTheOutput() {
    let session = Self.session()
    let quiet = session.run("docker service create -q --name q diamol/ch12-timecheck:1.0")
    #expect(quiet.exitCode == 0)
    #expect(quiet.text.split(separator: "\n").count == 1)
    let detached = session.run("docker service create -d --name d diamol/ch12-timecheck:1.0")
    #expect(detached.text.split(separator: "\n").count == 1)
  }
}
