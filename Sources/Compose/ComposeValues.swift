/// The small text formats inside compose values, read as docker's libraries read them:
/// port specs (`docker/go-connections/nat`), volume specs (the loader's `ParseVolume`), sizes
/// (`docker/go-units.RAMInBytes`) and command strings (`mattn/go-shellwords`).
enum ComposeValues {
  /// `8080:80`, `80`, `127.0.0.1:8080:80/udp`, `8000-8001:80-81`, a bare number, or the long
  /// form's mapping.
  static func ports(_ value: YAMLValue) throws(ComposeError) -> [ComposePort] {
    switch value {
    case .int(let target):
      return [ComposePort(target: target, published: nil)]
    case .string(let text):
      return try portSpec(text)
    case .mapping:
      var target = 0
      if case .int(let t)? = value["target"] { target = t }
      var published: Int?
      if case .int(let p)? = value["published"] { published = p }
      return [
        ComposePort(
          target: target, published: published,
          protocolName: value["protocol"]?.scalarText ?? "tcp",
          mode: value["mode"]?.scalarText ?? "ingress")
      ]
    default:
      return []
    }
  }

  private static func portSpec(_ text: String) throws(ComposeError) -> [ComposePort] {
    var spec = Substring(text)
    var proto = "tcp"
    if let slash = spec.lastIndex(of: "/") {
      proto = String(spec[spec.index(after: slash)...])
      spec = spec[..<slash]
    }
    let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 3 else {
      throw .decoding("Ports", "Invalid hostPort: \(text)")
    }
    let container = parts[parts.count - 1]
    let host = parts.count >= 2 ? parts[parts.count - 2] : ""
    guard let targets = range(container) else {
      throw .decoding("Ports", "Invalid containerPort: \(container)")
    }
    guard host.isEmpty || range(host) != nil else {
      throw .decoding("Ports", "Invalid hostPort: \(host)")
    }
    let published = host.isEmpty ? nil : range(host)
    if let published, published.count != targets.count, published.count != 1 {
      throw .decoding(
        "Ports", "Invalid ranges specified for container and host Ports: \(container) and \(host)")
    }
    return targets.enumerated().map { i, target in
      let hostPort = published.map { $0.count == 1 ? $0[0] : $0[i] }
      return ComposePort(target: target, published: hostPort, protocolName: proto)
    }
  }

  private static func range(_ text: Substring) -> [Int]? {
    let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count <= 2, let low = Int(bounds[0]), (0...65535).contains(low) else {
      return nil
    }
    guard bounds.count == 2 else { return [low] }
    guard let high = Int(bounds[1]), high >= low, high <= 65535 else { return nil }
    return Array(low...high)
  }

  /// `name:/path`, `./dir:/path:ro`, `/path` (anonymous), or the long form's mapping.
  static func mount(_ value: YAMLValue) throws(ComposeError) -> ComposeMount {
    if case .mapping = value {
      let kind = ComposeMount.Kind(rawValue: value["type"]?.scalarText ?? "volume") ?? .volume
      return ComposeMount(
        kind: kind, source: value["source"]?.scalarText,
        target: value["target"]?.scalarText ?? "", readOnly: value["read_only"] == .bool(true))
    }
    let text = value.scalarText ?? ""
    var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    var readOnly = false
    if parts.count > 1, let last = parts.last, last.split(separator: ",").allSatisfy(isMode) {
      readOnly = last.split(separator: ",").contains("ro")
      parts.removeLast()
    }
    switch parts.count {
    case 1:
      return ComposeMount(kind: .volume, source: nil, target: parts[0], readOnly: readOnly)
    case 2:
      let source = parts[0]
      let isPath = source.hasPrefix("/") || source.hasPrefix(".") || source.hasPrefix("~")
      return ComposeMount(
        kind: isPath ? .bind : .volume, source: source, target: parts[1], readOnly: readOnly)
    default:
      throw ComposeError(.load, "invalid spec: \(text): too many colons")
    }
  }

  private static func isMode(_ text: Substring) -> Bool {
    ["ro", "rw", "z", "Z", "nocopy", "shared", "rshared", "slave", "rslave", "private", "rprivate"]
      .contains(String(text))
  }

  /// `100M` → 104857600: binary units, an optional `b`/`ib`, case-insensitive.
  static func ramInBytes(_ text: String) -> Int64? {
    var body = Substring(text)
    if body.last == "b" || body.last == "B" { body = body.dropLast() }
    if body.last == "i" || body.last == "I" { body = body.dropLast() }
    var multiplier: Double = 1
    if let unit = body.last?.lowercased(),
      let power = ["k": 1, "m": 2, "g": 3, "t": 4, "p": 5][unit]
    {
      multiplier = pow1024(power)
      body = body.dropLast()
    }
    if body.last == " " { body = body.dropLast() }
    guard let first = body.first, first.isNumber, body.allSatisfy({ $0.isNumber || $0 == "." }),
      let number = Double(body)
    else { return nil }
    return Int64(number * multiplier)
  }

  private static func pow1024(_ power: Int) -> Double {
    (0..<power).reduce(1.0) { result, _ in result * 1024 }
  }

  /// Splits a command string into words as go-shellwords does: blanks separate, quotes group,
  /// a backslash escapes the next character; nothing is expanded.
  static func shellWords(_ text: String) throws(ComposeError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for c in text {
      if escaped {
        current.append(c)
        escaped = false
        inWord = true
      } else if c == "\\" && quote != "'" {
        escaped = true
      } else if let open = quote {
        if c == open { quote = nil } else { current.append(c) }
      } else if c == "'" || c == "\"" {
        quote = c
        inWord = true
      } else if c == " " || c == "\t" || c == "\n" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(c)
        inWord = true
      }
    }
    guard quote == nil, !escaped else {
      throw ComposeError(.load, "invalid command line string")
    }
    if inWord { words.append(current) }
    return words
  }
}
