import Testing

@testable import Session

/// `--health-*` and `--no-healthcheck` on `service create` and `service update`, with the
/// forms and errors a real 20.10 swarm printed, and the checks they set running in the swarm.
@Suite struct HealthFlagTests {
  static func swarm() -> Session {
    let session = Session()
    _ = session.run("docker swarm init")
    return session
  }

  @Test func prettyInspectShowsTheHealthcheckBlock() {
    let session = Self.swarm()
    _ = session.run(
      "docker service create -d --name hp --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 2s --health-retries 2 --health-start-period 5s --health-timeout 3s diamol/ch12-timecheck:1.0"
    )
    let pretty = session.run("docker service inspect --pretty hp").stdout
    #expect(
      pretty.hasSuffix(
        """
        Endpoint Mode:\tvip
         Healthcheck:
          Interval = 2s
          Retries = 2
          StartPeriod =\t5s
          Timeout =\t3s
          Tests:
        \t Test = CMD-SHELL
        \t Test = curl -f http://localhost/ || exit 1 \n\n
        """))
  }

  @Test func noHealthcheckConflictsWithSettings() {
    let session = Self.swarm()
    let out = session.run(
      "docker service create -d --name x --no-healthcheck --health-retries 2 diamol/ch12-timecheck:1.0"
    )
    #expect(out.exitCode == 1)
    #expect(out.text == "--no-healthcheck conflicts with --health-* options\n")
  }

  @Test func negativeDurationsAreFlagErrors() {
    let session = Self.swarm()
    let out = session.run(
      "docker service create -d --name x --health-interval -2s diamol/ch12-timecheck:1.0")
    #expect(out.exitCode == 125)
    #expect(
      out.text
        == "invalid argument \"-2s\" for \"--health-interval\" flag: duration cannot be negative\nSee 'docker service create --help'.\n"
    )
  }

  @Test func updateReplacesADisabledCheckAndEmptyCommandClearsTheTest() {
    let session = Self.swarm()
    _ = session.run("docker service create -d --name x --no-healthcheck diamol/ch12-timecheck:1.0")
    let format = "'{{json .Spec.TaskTemplate.ContainerSpec.Healthcheck}}'"
    #expect(
      session.run("docker service inspect x --format \(format)").stdout == "{\"Test\":[\"NONE\"]}\n"
    )
    _ = session.run("docker service update -d --health-cmd true x")
    #expect(
      session.run("docker service inspect x --format \(format)").stdout
        == "{\"Test\":[\"CMD-SHELL\",\"true\"]}\n")
    _ = session.run("docker service update -d --health-cmd '' --health-interval 2s x")
    #expect(
      session.run("docker service inspect x --format \(format)").stdout
        == "{\"Interval\":2000000000}\n")
  }

  /// The restarted task and the rollback's replacement are made at one simulated instant;
  /// the replacement, made second, is the slot's current row (as on the real engine).
  @Test func aRolledBackSlotListsItsNewestTaskFirst() {
    let session = Self.swarm()
    _ = session.run("docker service create -d --name rb --replicas 2 diamol/ch12-timecheck:1.0")
    _ = session.run("sleep 4")
    _ = session.run(
      "docker service update -d --health-cmd false --health-interval 1s --health-retries 1 --update-failure-action rollback rb"
    )
    _ = session.run("sleep 10")
    let rows = session.run("docker service ps rb --format '{{.Name}} {{.DesiredState}}'").stdout
    #expect(
      rows.split(separator: "\n").prefix(4) == [
        "rb.1 Running", "rb.1 Shutdown", "rb.1 Shutdown", "rb.1 Shutdown",
      ])
  }

  @Test func aFailingCheckReplacesTheTaskWithSwarmsError() {
    let session = Self.swarm()
    _ = session.run(
      "docker service create -d --name sick --health-cmd 'exit 1' --health-interval 1s --health-retries 1 diamol/ch12-timecheck:1.0"
    )
    _ = session.run("sleep 3")
    let ps = session.run("docker service ps --no-trunc sick").stdout
    #expect(ps.contains("\"task: non-zero exit (143): dockerexec: unhealthy container\""))
  }
}

/// A health-checked container as `container ls` and `container inspect` show it.
@Suite struct ContainerHealthOutputTests {
  @Test func statusAndStateHealthFollowTheProbes() {
    let session = HealthFlagTests.swarm()
    _ = session.run(
      "docker service create -d --name hc --health-cmd 'echo ok' --health-interval 2s diamol/ch12-timecheck:1.0"
    )
    _ = session.run("sleep 1")
    #expect(
      session.run("docker container ls --format '{{.Status}}'").stdout
        == "Up Less than a second (health: starting)\n")
    _ = session.run("sleep 12")
    #expect(
      session.run("docker container ls --format '{{.Status}}'").stdout
        == "Up 12 seconds (healthy)\n")
    let id = session.run("docker container ls -q").stdout.split(separator: "\n")[0]
    let health = session.run(
      "docker container inspect \(id) --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}} {{(index .State.Health.Log 4).Output}}'"
    ).stdout
    // docker keeps the last five probes.
    #expect(health == "healthy 0 5 ok\n\n")
  }
}
