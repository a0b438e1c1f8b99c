import SwarmCore

/// busybox 1.29 (Alpine 3.9, musl) network applets, as the book's containers have them:
/// `nslookup`, `ping`, `wget`, `ip addr`, `ifconfig`, plus `curl`.
enum NetworkApplets {
  /// musl cannot name the server, hence the book's odd first line.
  static func nslookup(_ args: [String], _ container: Container, _ engine: Engine)
    -> ShellOutput
  {
    // The book's busybox has the small nslookup applet: an option (`-type=a`) or more than a
    // host and a server is a usage error, as there.
    guard let name = args.first, !name.hasPrefix("-"), args.count <= 2 else {
      return BusyboxApplets.failure(
        "BusyBox v1.29.3 (2019-01-24 07:45:07 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server"
      )
    }
    var out = ShellOutput(chunks: [
      .stderr("nslookup: can't resolve '(null)': Name does not resolve\n"), .stdout("\n"),
    ])
    let records = ServiceDNS.lookup(name, from: container, engine.cluster.state)
    guard !records.isEmpty else {
      out.chunks.append(.stderr("nslookup: can't resolve '\(name)': Name does not resolve\n"))
      out.exitCode = 1
      return out
    }
    var text = "Name:      \(name)\n"
    for (i, record) in records.enumerated() {
      text +=
        "Address \(i + 1): \(record.address)" + (record.reverseName.map { " " + $0 } ?? "") + "\n"
    }
    out.chunks.append(.stdout(text))
    return out
  }

  static func ping(_ args: [String], _ container: Container, _ engine: Engine) -> ShellOutput {
    var count = 4
    var host: String?
    var i = 0
    while i < args.count {
      if args[i] == "-c", i + 1 < args.count {
        count = Int(args[i + 1]) ?? count
        i += 1
      } else if !args[i].hasPrefix("-") {
        host = args[i]
      }
      i += 1
    }
    guard let host else {
      return BusyboxApplets.failure(
        "BusyBox v1.29.3 multi-call binary.\n\nUsage: ping [OPTIONS] HOST")
    }
    let address =
      isAddress(host)
      ? host : ServiceDNS.lookup(host, from: container, engine.cluster.state).first?.address
    guard let address else { return BusyboxApplets.failure("ping: bad address '\(host)'") }
    var text = "PING \(host) (\(address)): 56 data bytes\n"
    var times: [Int] = []
    for seq in 0..<count {
      let micros = 40 + (container.id.utf8.reduce(seq * 31) { ($0 &* 33 &+ Int($1)) & 0xffff } % 60)
      times.append(micros)
      text += "64 bytes from \(address): seq=\(seq) ttl=64 time=\(ms(micros)) ms\n"
    }
    text += "\n--- \(host) ping statistics ---\n"
    text += "\(count) packets transmitted, \(count) packets received, 0% packet loss\n"
    if let lo = times.min(), let hi = times.max() {
      text +=
        "round-trip min/avg/max = \(ms(lo))/\(ms(times.reduce(0, +) / times.count))/\(ms(hi)) ms\n"
    }
    return ShellOutput(chunks: [.stdout(text)])
  }

  /// `wget [-q] [-O FILE|-O-] URL`.
  static func wget(_ args: [String], _ container: Container, _ engine: Engine) -> ShellOutput {
    var quiet = false
    var output: String?
    var urlText: String?
    var i = 0
    while i < args.count {
      let arg = args[i]
      if arg == "-q" {
        quiet = true
      } else if arg == "-qO-" || arg == "-O-" {
        quiet = quiet || arg == "-qO-"
        output = "-"
      } else if arg == "-O" || arg == "-qO", i + 1 < args.count {
        quiet = quiet || arg == "-qO"
        output = args[i + 1]
        i += 1
      } else if !arg.hasPrefix("-") {
        urlText = arg
      }
      i += 1
    }
    guard let urlText, let url = HTTPURL(urlText) else {
      return BusyboxApplets.failure(
        "BusyBox v1.29.3 multi-call binary.\n\nUsage: wget [-c|--continue] [-q|--quiet] [-O|--output-document FILE] URL..."
      )
    }
    let exchange = ClusterHTTP.send("GET", url, from: container.id, &engine.cluster)
    var out = ShellOutput()
    if !quiet, let address = exchange.address {
      out.chunks.append(.stderr("Connecting to \(url.host) (\(address):\(url.port))\n"))
    }
    switch exchange.outcome {
    case .failure(.unresolved(let host)):
      return BusyboxApplets.failure("wget: bad address '\(host)'")
    case .failure(.refused(let address, _)):
      out.chunks.append(
        .stderr("wget: can't connect to remote host (\(address)): Connection refused\n"))
      out.exitCode = 1
    case .failure(.emptyReply):
      out.chunks.append(.stderr("wget: error getting response\n"))
      out.exitCode = 1
    case .success(let response) where response.status >= 400:
      out.chunks.append(
        .stderr("wget: server returned error: HTTP/1.1 \(response.status) \(response.reason)\n"))
      out.exitCode = 1
    case .success(let response):
      let file = output ?? (url.path.split(separator: "/").last.map(String.init) ?? "index.html")
      if file == "-" {
        if !quiet { out.chunks.append(.stderr("writing to stdout\n")) }
        out.chunks.append(.stdout(response.body))
        if !quiet { out.chunks.append(.stderr("written to stdout\n")) }
      } else if !quiet {
        out.chunks.append(.stderr("saving to '\(file)'\n'\(file)' saved\n"))
      }
    }
    return out
  }

  static func curl(_ args: [String], _ container: Container, _ engine: Engine) -> ShellOutput {
    CurlCommand.run(args, now: engine.cluster.now) { method, url, body in
      ClusterHTTP.send(method, url, body: body, from: container.id, &engine.cluster).outcome
    }
  }

  /// `ip addr` / `ip a`: loopback, one interface per network (ingress first when the
  /// service publishes ports), then `docker_gwbridge`.
  static func ipAddr(_ args: [String], _ container: Container, _ engine: Engine) -> ShellOutput {
    guard let sub = args.first, "addr".hasPrefix(sub) || sub == "address" else {
      return BusyboxApplets.failure(
        "BusyBox v1.29.3 multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [COMMAND]"
      )
    }
    var text = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n"
    text += "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
    text += "    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n"
    for (i, nic) in interfaces(container, engine).enumerated() {
      let index = 2 * i + 20
      text +=
        "\(index): eth\(i)@if\(index + 1): <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu \(nic.mtu) qdisc noqueue state UP\n"
      text += "    link/ether \(mac(nic.address)) brd ff:ff:ff:ff:ff:ff\n"
      text += "    inet \(nic.address)/\(nic.prefix) brd \(nic.broadcast) scope global eth\(i)\n"
      text += "       valid_lft forever preferred_lft forever\n"
    }
    return ShellOutput(chunks: [.stdout(text)])
  }

  static func ifconfig(_ container: Container, _ engine: Engine) -> ShellOutput {
    var text = ""
    for (i, nic) in interfaces(container, engine).enumerated() {
      let name = "eth\(i)" + String(repeating: " ", count: max(0, 10 - "eth\(i)".count))
      text += "\(name)Link encap:Ethernet  HWaddr \(mac(nic.address).uppercased())  \n"
      text +=
        "          inet addr:\(nic.address)  Bcast:\(nic.broadcast)  Mask:\(nic.prefix == 24 ? "255.255.255.0" : "255.255.0.0")\n"
      text += "          UP BROADCAST RUNNING MULTICAST  MTU:\(nic.mtu)  Metric:1\n"
      text += "          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n"
      text += "          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n"
      text +=
        "          collisions:0 txqueuelen:0 \n          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n"
    }
    text += "lo        Link encap:Local Loopback  \n          inet addr:127.0.0.1  Mask:255.0.0.0\n"
    text += "          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n"
    text += "          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n"
    text += "          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n"
    text +=
      "          collisions:0 txqueuelen:1000 \n          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n"
    return ShellOutput(chunks: [.stdout(text)])
  }

  private struct Interface {
    var address: String
    var prefix: Int
    var broadcast: String
    var mtu: Int
  }

  /// The container's overlay addresses in attachment order, then its `docker_gwbridge` one
  /// (172.18.0.3 upwards, by the container's place on its machine).
  private static func interfaces(_ container: Container, _ engine: Engine) -> [Interface] {
    var nics = ServiceDNS.addresses(of: container, engine.cluster.state).map { a in
      let ip = a.address.withoutPrefixLength
      let base = ip.split(separator: ".").prefix(3).joined(separator: ".")
      return Interface(address: ip, prefix: 24, broadcast: base + ".255", mtu: 1450)
    }
    let local = engine.cluster.state.containers.values.filter { $0.nodeID == container.nodeID }
    if !nics.isEmpty, let index = local.firstIndex(where: { $0.id == container.id }) {
      nics.append(
        Interface(
          address: "172.18.0.\(index + 3)", prefix: 16, broadcast: "172.18.255.255", mtu: 1500))
    }
    return nics
  }

  private static func mac(_ ip: String) -> String {
    let hex = ip.split(separator: ".").map { part -> String in
      let v = Int(part) ?? 0
      let digits = Array("0123456789abcdef")
      return String([digits[v / 16], digits[v % 16]])
    }
    return "02:42:" + hex.joined(separator: ":")
  }

  private static func ms(_ micros: Int) -> String {
    let frac = micros % 1000
    return "\(micros / 1000)." + (frac < 10 ? "00\(frac)" : frac < 100 ? "0\(frac)" : "\(frac)")
  }

  private static func isAddress(_ host: String) -> Bool {
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
  }
}
