import DockerCLI
import SwarmCore
import Testing

@testable import Session

/// Section 12.4 and the chapter 12 lab, replayed through a session: the cluster is set up
/// through the control API (the docker grammar is another branch), then exec, the nested
/// shell and curl run as a learner types them. Addresses must be the book's.
@Suite struct ChapterTwelveNetworkingTests {
  static func service(
    _ name: String, _ image: String, replicas: Int, network: String, publish: Int? = nil,
    _ session: Session
  ) throws {
    let template = TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: session.cluster.catalog)!
    )
    var spec = ServiceSpec(name: name, template: template)
    spec.mode = .replicated(replicas: replicas)
    spec.template.networks = [network]
    if let publish { spec.ports = [PortConfig(targetPort: 80, publishedPort: publish)] }
    try ControlAPI.createService(spec, &session.cluster)
  }

  static func bookSession(gallery: Bool = false) throws -> Session {
    let session = Session()
    try ControlAPI.initSwarm(&session.cluster)
    try ControlAPI.createNetwork(
      name: "iotd-net", driver: "overlay", attachable: false, subnet: nil, labels: [],
      &session.cluster)
    try service("iotd", "diamol/ch09-image-of-the-day", replicas: 3, network: "iotd-net", session)
    try service("accesslog", "diamol/ch09-access-log", replicas: 2, network: "iotd-net", session)
    if gallery {
      try service(
        "image-gallery", "diamol/ch09-image-gallery", replicas: 2, network: "iotd-net",
        publish: 8010, session)
    }
    session.advanceClock(by: .seconds(5))
    return session
  }

  /// `docker container exec [-it] C COMMAND…` as the grammar would hand it over.
  static func exec(_ session: Session, _ args: [String], it: Bool = true) -> SessionOutput {
    guard
      case .command(let parsed) = DockerGrammar.parse(
        ["container", "exec"] + (it ? ["-it"] : []) + args)
    else {
      fatalError("exec did not parse")
    }
    return session.exec(parsed)
  }

  /// The newest container (the book's `container ls --last 1`: an accesslog replica).
  static func lastContainer(_ session: Session) -> String {
    String(session.cluster.state.containers.values.last!.id.prefix(12))
  }

  @Test func nslookupInsideTheLastContainerPrintsTheBookVIPs() throws {
    let session = try Self.bookSession()
    let opened = Self.exec(session, [Self.lastContainer(session), "sh"])
    #expect(opened.text.isEmpty && opened.exitCode == 0)
    #expect(session.prompt == "/app # ")
    let iotd = session.run("nslookup iotd")
    #expect(
      iotd.text
        == "nslookup: can't resolve '(null)': Name does not resolve\n\nName:      iotd\nAddress 1: 10.0.1.2\n"
    )
    #expect(iotd.exitCode == 0)
    let accesslog = session.run("nslookup accesslog")
    #expect(accesslog.stdout == "\nName:      accesslog\nAddress 1: 10.0.1.7\n")
    #expect(session.records.last?.argv == ["nslookup", "accesslog"])
    #expect(session.records.last?.container != nil)
    let exit = session.run("exit")
    #expect(exit.text.isEmpty && !exit.exitRequested)
    #expect(session.prompt == "PS> ")
  }

  @Test func tasksNameGivesEveryTaskAddressWithItsContainerName() throws {
    let session = try Self.bookSession()
    _ = Self.exec(session, [Self.lastContainer(session), "sh"])
    let out = session.run("nslookup tasks.iotd").stdout
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.first == "Name:      tasks.iotd")
    #expect(
      lines.dropFirst().map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
        "Address 1: 10.0.1.3", "Address 2: 10.0.1.4", "Address 3: 10.0.1.5",
      ])
    #expect(lines[1].hasSuffix(".iotd-net") && lines[1].contains(" iotd.1."))
  }

  @Test(arguments: [
    (
      "nslookup nosuch",
      "nslookup: can't resolve '(null)': Name does not resolve\n\nnslookup: can't resolve 'nosuch': Name does not resolve\n",
      Int32(1)
    ),
    ("foo", "sh: foo: not found\n", 127),
    ("wget -qO- http://nosuch/", "wget: bad address 'nosuch'\n", 1),
    ("cat /etc/resolv.conf", "nameserver 127.0.0.11\noptions ndots:0\n", 0),
    ("wget -qO- http://iotd/", "Nothing to see here, try /image", 0),
    ("curl -s http://accesslog/stats", "{\"logs\":0}", 0),
  ])
  func shellCommands(line: String, expected: String, status: Int32) throws {
    let session = try Self.bookSession()
    _ = Self.exec(session, [Self.lastContainer(session), "sh"])
    let out = session.run(line)
    #expect(out.text == expected)
    #expect(out.exitCode == status)
  }

  @Test func hostnameAndIpAddrShowTheContainer() throws {
    let session = try Self.bookSession()
    let id = Self.lastContainer(session)
    #expect(Self.exec(session, [id, "hostname"], it: false).text == id + "\n")
    let ip = Self.exec(session, [id, "ip", "addr"], it: false).text
    #expect(ip.contains("inet 10.0.1.9/24 brd 10.0.1.255 scope global eth0"))
    let cmd = Self.exec(session, [id, "cmd"])
    #expect(cmd.exitCode == 126)
    #expect(cmd.text.contains("exec: \"cmd\": executable file not found in $PATH"))
    #expect(session.prompt == "PS> ")
  }

  @Test func nameResolvesOnlyOnSharedNetworks() throws {
    let session = try Self.bookSession()
    try ControlAPI.createNetwork(
      name: "other", driver: "overlay", attachable: false, subnet: nil, labels: [], &session.cluster
    )
    try Self.service("loner", "diamol/ch09-access-log", replicas: 1, network: "other", session)
    session.advanceClock(by: .seconds(5))
    _ = Self.exec(session, [Self.lastContainer(session), "sh"])
    #expect(session.run("nslookup iotd").exitCode == 1)
    #expect(session.run("nslookup loner").stdout.contains("Address 1: 10.0.2.2"))
  }

  @Test func galleryThroughTheRoutingMeshAndHealingAfterScaling() throws {
    let session = try Self.bookSession(gallery: true)
    let page = session.run("curl localhost:8010")
    #expect(page.exitCode == 0)
    #expect(page.stdout.contains("<h2>M31: The Andromeda Galaxy</h2>"))
    _ = session.run("curl -s http://localhost:8010")
    // Two gallery replicas, round-robin: each posted one access to accesslog (round-robin too).
    let logs = session.cluster.state.containers.values.filter { $0.image.contains("access-log") }
    #expect(logs.map(\.app.counter) == [1, 1])
    #expect(logs[0].extraLogs.map(\.text) == ["info: Access log, client IP: 10.0.0.2:40001"])
    let iotd = try #require(session.cluster.state.service(named: "iotd"))
    try ControlAPI.updateService(iotd.id, &session.cluster) { $0.mode = .replicated(replicas: 0) }
    session.advanceClock(by: .seconds(5))
    let broken = session.run("curl http://localhost:8010")
    #expect(broken.text == "curl: (52) Empty reply from server\n")
    #expect(broken.exitCode == 52)
    try ControlAPI.updateService(iotd.id, &session.cluster) { $0.mode = .replicated(replicas: 3) }
    session.advanceClock(by: .seconds(5))
    #expect(session.run("curl -s localhost:8010").stdout.contains("M31"))
    let headers = session.run("curl -i localhost:8010").stdout
    #expect(
      headers.hasPrefix(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nDate: Fri, 20 Nov 2020 21:14:"
      ))
  }

  @Test func curlWithoutAServiceIsRefused() throws {
    let session = try Self.bookSession()
    let out = session.run("curl localhost:8010")
    #expect(out.text == "curl: (7) Failed to connect to localhost port 8010: Connection refused\n")
    #expect(out.exitCode == 7)
    #expect(session.run("curl -s localhost:8010").text.isEmpty)
  }

  @Test func labNumbersApiFailsOnItsFourthCall() throws {
    let session = Session()
    try ControlAPI.initSwarm(&session.cluster)
    try ControlAPI.createNetwork(
      name: "numbers", driver: "overlay", attachable: false, subnet: nil, labels: [],
      &session.cluster)
    try Self.service(
      "numbers-api", "diamol/ch08-numbers-api:v3", replicas: 1, network: "numbers", session)
    try Self.service(
      "numbers-web", "diamol/ch08-numbers-web:v3", replicas: 1, network: "numbers", publish: 8020,
      session)
    // The API counts as running once its image's health check passes (30 s); until then the
    // web's start-up HttpCheck fails and the web task is restarted every 5 s.
    session.advanceClock(by: .seconds(45))
    #expect(session.run("curl -s localhost:8020").stdout.contains("DIAMOL Random Number Generator"))
    let web = try #require(
      session.cluster.state.containers.values.first {
        $0.image.contains("numbers-web") && $0.isRunning
      })
    #expect(
      session.run("docker container logs \(web.id.prefix(12))").stdout.hasPrefix(
        "HTTPCheck: status OK, url http://numbers-api/rng, took "))
    _ = Self.exec(session, [String(web.id.prefix(12)), "sh"])
    // The web's start-up check made the first call.
    for _ in 1...2 {
      let n = session.run("wget -qO- http://numbers-api/rng")
      #expect(n.exitCode == 0 && Int(n.stdout) != nil)
    }
    let fourth = session.run("wget -qO- http://numbers-api/rng")
    #expect(fourth.text == "wget: server returned error: HTTP/1.1 500 Internal Server Error\n")
    #expect(session.run("wget -qO- http://numbers-api/health").exitCode == 1)
    let api = try #require(
      session.cluster.state.containers.values.first { $0.image.contains("numbers-api") })
    #expect(
      api.extraLogs.map(\.text).suffix(2) == [
        "warn: Numbers.Api.Controllers.RngController[0]", "      Unhealthy!",
      ])
  }
}
