import Testing

@testable import Session

/// `--config`/`--secret` look their names up with one list call, as docker/cli's
/// `ParseConfigs`/`ParseSecrets`: when the daemon refuses that call, its error is what docker
/// prints (it used to be swallowed and read as "config not found").
@Suite struct ServiceFileFlagTests {
  static let notManager =
    "Error response from daemon: This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.\n"

  /// No swarm yet: the daemon refuses the config and secret lists with a 503.
  @Test(arguments: [
    "--config app-config", "--secret app-secret", "--secret s --config c",
    "--config source=c,target=/c.json",
  ])
  func aDaemonErrorOnTheListIsPrinted(flags: String) {
    let session = Session()
    let out = session.run(
      "docker service create --detach --name web \(flags) diamol/ch06-todo-list")
    #expect(out.text == Self.notManager)
    #expect(out.exitCode == 1)
  }

  /// In a swarm the same lookups answer; a name the list lacks is the CLI's own error.
  @Test func aMissingNameIsTheCLIsOwnError() {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run("printf x > c.txt")
    #expect(session.run("docker config create c c.txt").exitCode == 0)
    let missing = session.run("docker service create --detach --name web --config nope nginx")
    #expect(missing.text == "config not found: nope\n")
    #expect(missing.exitCode == 1)
    let secret = session.run("docker service create --detach --name web --secret nope nginx")
    #expect(secret.text == "secret not found: nope\n")
    let found = session.run("docker service create --detach --name web --config c nginx")
    #expect(found.exitCode == 0)
    let updated = session.run("docker service update --detach --config-add nope web")
    #expect(updated.text == "config not found: nope\n")
    #expect(updated.exitCode == 1)
  }

  /// Flag values are checked before anything is looked up (pflag parses them first), so a
  /// bad value is reported even where the lookup would fail.
  @Test func flagValuesAreCheckedBeforeTheLookup() {
    let session = Session()
    let out = session.run(
      "docker service create --detach --name web --config nope --secret source=s,mode=9 nginx")
    #expect(
      out.text
        == "invalid argument \"source=s,mode=9\" for \"--secret\" flag: invalid mode specified: 9\nSee 'docker service create --help'.\n"
    )
    #expect(out.exitCode == 125)
  }
}
