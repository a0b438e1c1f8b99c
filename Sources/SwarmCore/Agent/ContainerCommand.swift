/// Runs the few commands health checks and start-up checks use, inside a container:
/// `curl`, `wget`, `dotnet Utilities.HttpCheck.dll`, `true`, `false`, `exit N` and `echo`,
/// joined by `&&`, `||` and `;`. Requests go through the cluster's networking, so they reach
/// (and count against) the real simulated apps. Anything else is not found, as in `sh`.
enum ContainerCommand {
  struct Result: Equatable {
    var exitCode: Int
    var output: String
  }

  /// A health check's `Test`: `["CMD", argv...]` or `["CMD-SHELL", script]`.
  static func run(test: [String], in containerID: String, _ cluster: inout Cluster) -> Result {
    guard let kind = test.first else { return Result(exitCode: 1, output: "") }
    if kind == "CMD-SHELL" {
      return run(script: test.dropFirst().joined(separator: " "), in: containerID, &cluster)
    }
    return run(argv: Array(test.dropFirst()), in: containerID, &cluster)
  }

  /// A `sh -c` script of simple commands and `&&`, `||`, `;`.
  static func run(script: String, in containerID: String, _ cluster: inout Cluster) -> Result {
    var output = ""
    var last = 0
    var pending: String? = nil
    var argv: [String] = []
    func flush(_ cluster: inout Cluster) {
      defer { argv = [] }
      guard !argv.isEmpty else { return }
      let skip = (pending == "&&" && last != 0) || (pending == "||" && last == 0)
      guard !skip else { return }
      let result = run(argv: argv, in: containerID, &cluster)
      output += result.output
      last = result.exitCode
    }
    for word in words(script) {
      if word == "&&" || word == "||" || word == ";" {
        flush(&cluster)
        pending = word
      } else {
        argv.append(word)
      }
    }
    flush(&cluster)
    return Result(exitCode: last, output: output)
  }

  static func run(argv: [String], in containerID: String, _ cluster: inout Cluster) -> Result {
    guard let program = argv.first else { return Result(exitCode: 0, output: "") }
    let args = Array(argv.dropFirst())
    switch program {
    case "true": return Result(exitCode: 0, output: "")
    case "false": return Result(exitCode: 1, output: "")
    case "exit": return Result(exitCode: args.first.flatMap { Int($0) } ?? 0, output: "")
    case "echo": return Result(exitCode: 0, output: args.joined(separator: " ") + "\n")
    case "curl": return HTTPTools.curl(args, in: containerID, &cluster)
    case "wget": return HTTPTools.wget(args, in: containerID, &cluster)
    case "dotnet" where args.first == "Utilities.HttpCheck.dll":
      guard hasFile("Utilities.HttpCheck.dll", containerID, cluster) else {
        return Result(
          exitCode: 1,
          output: "Could not execute because the specified command or file was not found.\n")
      }
      return HTTPTools.httpCheck(Array(args.dropFirst()), in: containerID, &cluster)
    default:
      return Result(exitCode: 127, output: "/bin/sh: \(program): not found\n")
    }
  }

  private static func hasFile(_ name: String, _ containerID: String, _ cluster: Cluster) -> Bool {
    guard let container = cluster.state.containers[containerID] else { return false }
    return cluster.catalog.lookup(container.resolvedImage)?.files?.contains(name) ?? false
  }

  /// Splits a script into words, honouring single and double quotes, and `&&`/`||`/`;`
  /// written without spaces.
  static func words(_ script: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    var chars = Array(script)[...]
    while let c = chars.first {
      chars = chars.dropFirst()
      if let q = quote {
        if c == q { quote = nil } else { current.append(c) }
        continue
      }
      switch c {
      case "'", "\"":
        quote = c
        inWord = true
      case " ", "\t", "\n":
        if inWord { words.append(current) }
        current = ""
        inWord = false
      case ";", "&", "|":
        if inWord { words.append(current) }
        current = ""
        inWord = false
        if c != ";", chars.first == c {
          chars = chars.dropFirst()
          words.append(String([c, c]))
        } else {
          words.append(String(c))
        }
      default:
        current.append(c)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
