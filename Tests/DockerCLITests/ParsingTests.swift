import EngineAPI
import Testing

@testable import DockerCLI

/// pflag/cobra parsing semantics: forms of flags, bundles, `--`, interspersion, aliases.
@Suite struct ParsingTests {
  private func parsed(_ line: String) -> ParsedCommand? {
    let argv = line.split(separator: " ").map(String.init)
    if case .command(let command) = DockerGrammar.parse(argv) { return command }
    return nil
  }

  @Test(arguments: [
    ("service ls", ["service", "ls"]),
    ("service list", ["service", "ls"]),
    ("service remove web", ["service", "rm"]),
    ("ps -a", ["container", "ls"]),
    ("container ps", ["container", "ls"]),
    ("container list", ["container", "ls"]),
    ("rm -f x", ["container", "rm"]),
    ("images", ["image", "ls"]),
    ("rmi busybox", ["image", "rm"]),
    ("stack up -c a.yml s", ["stack", "deploy"]),
    ("node ls", ["node", "ls"]),
    ("-D service ls", ["service", "ls"]),
  ])
  func resolvesCanonicalPath(line: String, path: [String]) {
    #expect(parsed(line)?.path == path)
  }

  @Test func valueForms() throws {
    let forms = [
      "service create --replicas 3 img", "service create --replicas=3 img",
    ]
    for line in forms {
      let command = try #require(parsed(line))
      #expect(command.flags.uint64("replicas") == 3)
      #expect(command.arguments == ["img"])
    }
    let short = try #require(parsed("service create -p8080:80 -p 9090:90 -p=1:2 img"))
    #expect(short.flags.strings("publish") == ["8080:80", "9090:90", "1:2"])
  }

  @Test func bundledBoolsAndValueAtEnd() throws {
    let command = try #require(parsed("container ls -aqn5"))
    #expect(command.flags.bool("all"))
    #expect(command.flags.bool("quiet"))
    #expect(command.flags.int("last") == 5)
    #expect(!command.flags.bool("size"))
  }

  @Test func boolExplicitFalseAndDefaults() throws {
    let command = try #require(parsed("service create --detach=false img"))
    #expect(command.flags.isSet("detach"))
    #expect(!command.flags.bool("detach"))
    #expect(command.flags.string("mode") == "replicated")
    #expect(command.flags.durationNanos("stop-grace-period") == 10_000_000_000)
    #expect(!command.flags.isSet("mode"))
    #expect(command.flags.string("name") == nil)
  }

  @Test func nonInterspersedCommandsKeepLaterFlagsAsArguments() throws {
    let create = try #require(parsed("service create --name web img sh -c --replicas"))
    #expect(create.arguments == ["img", "sh", "-c", "--replicas"])
    let exec = try #require(parsed("exec -it box ls -l"))
    #expect(exec.path == ["container", "exec"])
    #expect(exec.arguments == ["box", "ls", "-l"])
    let logs = try #require(parsed("service logs web --follow"))
    #expect(logs.flags.bool("follow"))
    #expect(logs.arguments == ["web"])
  }

  @Test func doubleDashEndsFlags() throws {
    let command = try #require(parsed("service rm -- -weird"))
    #expect(command.arguments == ["-weird"])
  }

  @Test func valueMayStartWithDash() throws {
    let command = try #require(parsed("service logs --tail -1 web"))
    #expect(command.flags.string("tail") == "-1")
  }

  @Test(arguments: [
    ("1h30m", Int64(5_400_000_000_000)), ("500ms", 500_000_000), ("1.5s", 1_500_000_000),
    ("0", 0), ("-2s", -2_000_000_000),
  ])
  func goDurations(text: String, nanos: Int64) throws {
    #expect(try GoValue.parseDuration(text).get() == nanos)
  }

  @Test(arguments: [
    ("service create --update-delay 5 x", "time: missing unit in duration \"5\""),
    ("service create --limit-cpu abc x", "failed to parse abc as a rational number"),
    ("service create -p 80:abc x", "Invalid containerPort: abc"),
    ("service create -p published=80 x", "missing mandatory field \"target\""),
    ("service create -p 8080:80/xyz x", "Invalid proto: xyz"),
    ("service create --replicas 99999999999999999999 x", "value out of range"),
    // Compared with a real 20.10 engine.
    (
      "service create -p 8000-8002:80-81 x",
      "Invalid ranges specified for container and host Ports: 80-81 and 8000-8002"
    ),
    (
      "service create -p published=abc,target=80 x",
      "strconv.ParseUint: parsing \"abc\": invalid syntax"
    ),
  ])
  func badValuesAreFlagErrors(line: String, fragment: String) {
    let outcome = DockerGrammar.parse(line.split(separator: " ").map(String.init))
    guard case .error(let error) = outcome else {
      Issue.record("\(line): \(outcome)")
      return
    }
    #expect(error.exitCode == 125)
    #expect(error.message.contains(fragment))
  }

  /// A `--publish` value is parsed once, when the flag is read (docker's `PortOpt.Set`): the
  /// command reads typed port configs, ranges expanded as a real 20.10 engine expands them.
  @Test func publishedPortsAreParsedOnceIntoPortConfigs() {
    let create = parsed(
      "service create -p 8000-8001:80-81 -p 8005-8006:90/UDP -p 70 -p target=60,published=6000,mode=host x"
    )
    let ports = create?.flags.ports("publish") ?? []
    #expect(
      ports == [
        PortConfig(targetPort: 80, publishedPort: 8000),
        PortConfig(targetPort: 81, publishedPort: 8001),
        PortConfig(protocol: "udp", targetPort: 90, publishedPort: 8005),
        PortConfig(protocol: "udp", targetPort: 90, publishedPort: 8006),
        PortConfig(targetPort: 70),
        PortConfig(targetPort: 60, publishedPort: 6000, publishMode: "host"),
      ])
    #expect(create?.flags.occurrences.allSatisfy { $0.typed != nil } == true)
    #expect(
      parsed("service update --update-delay 1m30s x")?.flags.durationNanos("update-delay")
        == 90_000_000_000)
  }

  @Test func notSimulatedCommands() {
    #expect(DockerGrammar.parse(["build", "."]) == .notSimulated(path: ["build"]))
    #expect(DockerGrammar.parse(["image", "prune"]) == .notSimulated(path: ["image", "prune"]))
    #expect(
      DockerGrammar.parse(["container", "attach", "x"])
        == .notSimulated(path: ["container", "attach"]))
  }

  @Test func deprecatedShortHelpPrintsNotice() {
    guard case .help(let text, .stdout, 0) = DockerGrammar.parse(["service", "ls", "-h"]) else {
      Issue.record("no help")
      return
    }
    #expect(text.hasPrefix("Flag shorthand -h has been deprecated, please use --help\n\nUsage:"))
  }

  @Test func completionQueries() {
    #expect(DockerGrammar.subcommands(of: ["service"]).contains("create"))
    #expect(DockerGrammar.flags(of: ["service", "create"]).contains("--replicas"))
    #expect(DockerGrammar.flagTakesValue(path: ["service", "create"], flag: "--replicas"))
    #expect(!DockerGrammar.flagTakesValue(path: ["service", "create"], flag: "-d"))
  }
}
