/// compose 1.x's `ServicePort`: a published port in long form, parsed from either syntax
/// (`8080:80`, `127.0.0.1:9090:90/udp`, ranges) by docker-py's `split_port` rules.
struct ComposeV1Port: Equatable {
  var target: Int?
  /// A number, or a `9000-9001` range text when the published side is a range for one target.
  var published: YAMLValue?
  var proto: String?
  var mode: String?
  var externalIP: String?

  /// The merge key: two definitions with the same one are the same port.
  var mergeKey: String {
    "\(target ?? -1)|\(published?.scalarText ?? "")|\(externalIP ?? "")|\(proto ?? "")"
  }

  /// How it is carried between merge and output (a mapping, `external_ip` included).
  var value: YAMLValue {
    var entries: [(key: String, value: YAMLValue)] = []
    if let target { entries.append(("target", .int(target))) }
    if let published { entries.append(("published", published)) }
    if let proto { entries.append(("protocol", .string(proto))) }
    if let mode { entries.append(("mode", .string(mode))) }
    if let externalIP { entries.append(("external_ip", .string(externalIP))) }
    return .mapping(entries)
  }

  /// How `config` prints it: the mapping, or with an IP the legacy `ip:published:target/proto`.
  var output: YAMLValue {
    guard let externalIP else { return value }
    let published = self.published?.scalarText ?? ""
    let colon = published.isEmpty && externalIP.isEmpty ? "" : ":"
    return .string(
      "\(externalIP):\(published)\(colon)\(target.map(String.init) ?? "None")/\(proto ?? "tcp")")
  }
}

enum ComposeV1Ports {
  /// `merge_ports`: keyed definitions, the override's replacing the base's, sorted by target.
  static func merge(_ base: YAMLValue?, _ override: YAMLValue?) -> [ComposeV1Port] {
    var table: [ComposeV1Port] = []
    for item in ComposeV1Values.toList(base) + ComposeV1Values.toList(override) {
      for port in (try? parse(item)) ?? [] {
        if let i = table.firstIndex(where: { $0.mergeKey == port.mergeKey }) {
          table[i] = port
        } else {
          table.append(port)
        }
      }
    }
    // Python's sort is stable, as Swift's is.
    return table.sorted { ($0.target ?? 0) < ($1.target ?? 0) }
  }

  /// `ServicePort.parse`: a long-form mapping, or the short syntax expanded.
  static func parse(_ item: YAMLValue) throws(ComposeV1Error) -> [ComposeV1Port] {
    if case .mapping = item {
      let published: YAMLValue? =
        switch item["published"] {
        case .string(let text)? where !text.contains("-"):
          Int(text).map { .int($0) } ?? .string(text)
        case let other?: other == .null ? nil : other
        case nil: nil
        }
      return [
        ComposeV1Port(
          target: item["target"]?.scalarText.flatMap { Int($0) }, published: published,
          proto: item["protocol"]?.scalarText, mode: item["mode"]?.scalarText,
          externalIP: item["external_ip"]?.scalarText)
      ]
    }
    let spec = item.scalarText ?? ""
    let invalid = ComposeV1Error(
      "Invalid port \"\(spec)\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]")
    guard let match = try? portSpec.wholeMatch(in: spec) else { throw invalid }
    let host = match.output.host.map(String.init)
    let proto = match.output.proto.map { String($0.dropFirst()) }
    let targets = range(String(match.output.int), match.output.intEnd.map(String.init))
    var external: [YAMLValue?]
    if let ext = match.output.ext.map(String.init), !ext.isEmpty {
      if let end = match.output.extEnd, targets.count == 1 {
        external = [.string("\(ext)-\(end)")]
      } else {
        external = range(ext, match.output.extEnd.map(String.init)).map { YAMLValue.int($0) }
      }
      guard external.count == targets.count else {
        throw ComposeV1Error("Port ranges don't match in length")
      }
    } else {
      external = Array(repeating: nil, count: targets.count)
    }
    return zip(targets, external).map { target, published in
      ComposeV1Port(
        target: target, published: published, proto: proto, mode: nil, externalIP: host)
    }
  }

  private static func range(_ start: String, _ end: String?) -> [Int] {
    guard let first = Int(start) else { return [] }
    guard let end, let last = Int(end), last >= first else { return [first] }
    return Array(first...last)
  }

  private static var portSpec:
    Regex<
      (
        Substring, host: Substring?, ext: Substring?, extEnd: Substring?, int: Substring,
        intEnd: Substring?, proto: Substring?
      )
    >
  {
    #/(?:(?:\[?(?<host>[a-fA-F\d.:]+)\]?:)?(?<ext>\d*)(?:-(?<extEnd>\d+))?:)?(?<int>\d+)(?:-(?<intEnd>\d+))?(?<proto>/(?:udp|tcp|sctp))?/#
  }
}
