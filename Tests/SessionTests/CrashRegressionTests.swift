import SwarmCore
import Testing

@testable import Session

/// Issue 11's crash reproducers, each run through a whole session: every one must exit
/// normally with a clear message. (These pin the behaviour whatever layer parses the flags.)
@Suite struct CrashRegressionTests {
  /// A session in a one-node swarm with a service `w` (detached, so no progress output).
  func swarmWithService(_ extraFlags: String = "") -> Session {
    let session = Session()
    #expect(session.run("docker swarm init").exitCode == 0)
    let created = session.run("docker service create -d --name w \(extraFlags) nginx:alpine")
    #expect(created.exitCode == 0, "\(created.text)")
    return session
  }

  @Test func sleepPastTheEndOfTheClockIsRefusedAndTheClockStays() {
    let session = Session()
    let start = session.cluster.now
    for line in ["sleep 2562047h 2562047h", "sleep 2562047h", "sleep 2562047h 1s"] {
      let out = session.run(line)
      #expect(out.exitCode == 1, "\(line)")
      #expect(out.text.hasPrefix("sleep: SwarmLab's simulated clock stops at 2200-01-01T00:00:00Z"))
    }
    #expect(session.cluster.now == start)
    #expect(session.run("sleep 100000h").exitCode == 0)
    #expect(session.cluster.now - start == .seconds(360_000_000))
  }

  @Test func replicasBeyondTheTaskLimitAreRefusedPlainly() {
    let limit =
      "Error response from daemon: SwarmLab simulates at most 100000 replicas per service; ask for 100000 or fewer\n"
    let session = swarmWithService()
    for line in [
      "docker service create -d --name big --replicas 18446744073709551615 nginx:alpine",
      "docker service update -d --replicas 18446744073709551615 w",
      "docker service update -d --replicas 100001 w",
    ] {
      let out = session.run(line)
      #expect(out.exitCode == 1, "\(line)")
      #expect(out.text == limit, "\(line)")
    }
    let scale = session.run("docker service scale w=9223372036854775808")
    #expect(scale.exitCode == 1)
    #expect(scale.text.contains("SwarmLab simulates at most 100000 replicas per service"))
    // Real docker's words for a count that does not fit uint64.
    let tooBig = session.run("docker service scale w=18446744073709551616")
    #expect(
      tooBig.text.hasPrefix(
        "w: invalid replicas value 18446744073709551616: strconv.ParseUint: parsing \"18446744073709551616\": value out of range"
      ))
    #expect(session.cluster.state.services.values.map(\.spec.name) == ["w"])
  }

  @Test func hugeCountsThatNeedNoTasksAreKept() {
    let session = swarmWithService(
      "--restart-max-attempts 18446744073709551615 --update-parallelism 18446744073709551615 --rollback-parallelism 18446744073709551615"
    )
    let out = session.run(
      "docker service inspect w --format '{{.Spec.TaskTemplate.RestartPolicy.MaxAttempts}} {{.Spec.UpdateConfig.Parallelism}}'"
    )
    #expect(out.exitCode == 0, "\(out.text)")
    #expect(
      session.run("docker service update -d --update-parallelism 18446744073709551615 w").exitCode
        == 0)
  }

  @Test func logsSinceThatIsNotATimeIsDockersError() {
    let session = swarmWithService()
    for value in ["1e20", "nan", "99999999999999999999"] {
      let out = session.run("docker service logs --since \(value) w")
      #expect(out.exitCode == 1, "\(value)")
      #expect(
        out.text
          == "invalid value for \"since\": failed to parse value as time or duration: \"\(value)\"\n"
      )
    }
    // A date past Int64 nanoseconds (year 9999) is simply in the future: no lines, as docker.
    let future = session.run("docker service logs --since 9999-12-31T23:59:59Z w")
    #expect(future.exitCode == 0)
    #expect(future.text == "")
    #expect(session.run("docker service logs --since 1.5 w").exitCode == 0)
  }

  @Test func emptyLabelAndEnvironmentValuesAreDockersFlagErrors() {
    let session = swarmWithService()
    let env = session.run("docker service update --env-add '' w")
    #expect(env.exitCode == 125)
    #expect(
      env.text
        == "invalid argument \"\" for \"--env-add\" flag: invalid environment variable: \nSee 'docker service update --help'.\n"
    )
    let label = session.run("docker network create -d overlay --label '' n")
    #expect(label.exitCode == 125)
    #expect(
      label.text
        == "invalid argument \"\" for \"--label\" flag: invalid label '': empty name\nSee 'docker network create --help'.\n"
    )
    let nodeLabel = session.run("docker node update --label-add = docker-desktop")
    #expect(nodeLabel.exitCode == 0, "\(nodeLabel.text)")
  }

  @Test func emptyAdvertiseAddressIsTheDefault() {
    let session = Session()
    let out = session.run("docker swarm init --advertise-addr ''")
    #expect(out.exitCode == 0, "\(out.text)")
    #expect(out.text.hasPrefix("Swarm initialized"))
  }

  @Test func printfWidthsAndPrecisionsAreBoundedAsInGo() {
    let session = swarmWithService()
    let precision = session.run("docker service ls --format '{{printf \"%.99999999999f\" 1.5}}'")
    #expect(precision.text == "%!(NOVERB)%!(EXTRA float64=1.5)\n")
    let star = session.run("docker service ls --format '{{printf \"%*d\" 999999999 1}}'")
    #expect(star.text == "%!(BADWIDTH)1\n")
  }

  /// (5,000 levels are in GoTemplateTests; 2,000 keep the line under the shell's length limit.)
  @Test func deeplyNestedTemplatesAreAParseError() {
    let session = swarmWithService()
    let nested =
      String(repeating: "{{if .}}", count: 2000) + String(repeating: "{{end}}", count: 2000)
    let out = session.run("docker service ls --format '\(nested)'")
    #expect(out.exitCode != 0)
    #expect(out.text.contains("max expression depth exceeded"), "\(out.text.prefix(200))")
  }
}
