import Session

/// A docker argv reduced to what a lesson cares about: the command path with docker's aliases
/// folded (`docker ps` → `container ls`, `service list` → `service ls`) and the words after it.
public struct DockerCommandPath: Sendable, Equatable {
  public var path: [String]
  public var rest: [String]

  static let groups: Set<String> = [
    "swarm", "node", "service", "container", "network", "image", "volume", "stack", "config",
    "secret", "system",
  ]
  /// docker's top-level shortcuts for container commands.
  static let shortcuts: [String: String] = [
    "ps": "ls", "exec": "exec", "rm": "rm", "logs": "logs", "stop": "stop", "kill": "kill",
    "start": "start", "restart": "restart", "run": "run",
  ]
  static let aliases: [String: String] = ["list": "ls", "ps": "ls", "remove": "rm"]

  /// `args` are the words after `docker`.
  public init(_ args: [String]) {
    var words = args[...]
    // Global flags (`--context x`, `-D`) come before the command; none of the book's use one.
    while let first = words.first, first.hasPrefix("-") { words.removeFirst() }
    guard let head = words.popFirst() else {
      path = []
      rest = []
      return
    }
    if Self.groups.contains(head) {
      var sub: String?
      var others: [String] = []
      for word in words {
        if sub == nil, !word.hasPrefix("-") { sub = word } else { others.append(word) }
      }
      var name = sub ?? ""
      // `service ps` lists tasks and is no alias there; only containers fold `ps` into `ls`.
      if head != "service" && head != "node" || name != "ps" { name = Self.aliases[name] ?? name }
      path = sub == nil ? [head] : [head, name]
      rest = others
    } else if let sub = Self.shortcuts[head] {
      path = ["container", sub]
      rest = Array(words)
    } else {
      path = [head]
      rest = Array(words)
    }
  }

  /// Flags of `docker exec` that take a value, so the container is found after them.
  static let execValueFlags: Set<String> = [
    "-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys",
  ]

  /// For `docker exec [flags] CONTAINER cmd…`: the container and the command run inside it.
  public var execTarget: (container: String, command: [String])? {
    guard path == ["container", "exec"] else { return nil }
    var index = 0
    while index < rest.count, rest[index].hasPrefix("-") {
      index += Self.execValueFlags.contains(rest[index]) ? 2 : 1
    }
    guard index < rest.count else { return nil }
    return (rest[index], Array(rest[(index + 1)...]))
  }
}

extension CommandRecord {
  /// The docker view of this command, when it is one typed at the host prompt.
  var dockerCommand: DockerCommandPath? {
    guard container == nil, argv.first == "docker" else { return nil }
    return DockerCommandPath(Array(argv.dropFirst()))
  }

  /// The program run inside a container, if any: a line typed in an exec shell, or the
  /// command of a one-shot `docker exec`.
  var commandInContainer: (container: String, argv: [String])? {
    if let container { return (container, argv) }
    if let target = dockerCommand?.execTarget, !target.command.isEmpty {
      return (target.container, target.command)
    }
    return nil
  }
}
