import GoDurations
import ShellSyntax
import ShellTools
import SwarmCore

/// The busybox applets a learner reaches for inside a container. Unknown commands answer
/// as busybox `sh` does: `sh: foo: not found`, status 127.
enum BusyboxApplets {
  /// Applets `docker exec` can start directly (a name outside this list is not in `$PATH`).
  static let names: Set<String> = [
    "sh", "ash", "exit", "true", "false", "echo", "pwd", "hostname", "env", "printenv", "cat", "ls",
    "nslookup", "ping", "wget", "curl", "ip", "ifconfig", "sleep", "ps", "grep", "wc", "head",
    "tail", "sort", "uniq", "cut", "awk", "tr", "printf",
  ]

  static func run(_ name: String, _ args: [String], shell: ContainerShell, _ engine: Engine)
    -> ShellOutput
  {
    guard let container = engine.cluster.state.containers[shell.containerID] else {
      return ShellOutput()
    }
    switch name {
    case "exit":
      var out = ShellOutput(exitCode: args.first.flatMap { Int32($0) } ?? shell.lastStatus)
      out.exitRequested = true
      return out
    case "true", ":": return ShellOutput()
    case "false": return ShellOutput(exitCode: 1)
    case "echo": return ShellOutput(chunks: [.stdout(args.joined(separator: " ") + "\n")])
    case "pwd": return ShellOutput(chunks: [.stdout(shell.cwd + "\n")])
    case "cd":
      let target = args.first ?? "/root"
      shell.cwd =
        target.hasPrefix("/") ? target : (shell.cwd == "/" ? "/" : shell.cwd + "/") + target
      return ShellOutput()
    case "hostname": return ShellOutput(chunks: [.stdout(String(container.id.prefix(12)) + "\n")])
    case "env", "printenv": return env(shell, container)
    case "cat": return cat(args, container, engine)
    case "ls": return ls(args, shell, container, engine)
    case "nslookup": return NetworkApplets.nslookup(args, container, engine)
    case "ping": return NetworkApplets.ping(args, container, engine)
    case "wget": return NetworkApplets.wget(args, container, engine)
    case "curl": return NetworkApplets.curl(args, container, engine)
    case "ip": return NetworkApplets.ipAddr(args, container, engine)
    case "ifconfig": return NetworkApplets.ifconfig(container, engine)
    case "sh", "ash", "/bin/sh": return ShellOutput()
    case "sleep": return sleep(args, engine)
    case "ps": return ps(container, shell: shell)
    default:
      if names.contains(name), let tool = TextTools.lookup(name) {
        let result = tool(
          ToolInput(
            arguments: args, stdin: shell.standardInput,
            readFile: { path in
              let text = cat([path], container, engine)
              return text.exitCode == 0 ? .success(text.stdout) : .failure(.noSuchFile)
            }))
        var output = ShellOutput(exitCode: result.status)
        if !result.stdout.isEmpty { output.chunks.append(.stdout(result.stdout)) }
        if !result.stderr.isEmpty { output.chunks.append(.stderr(result.stderr)) }
        return output
      }
      return failure("sh: \(name): not found", code: 127)
    }
  }

  /// busybox `sleep N[smhd]`: simulated time passes at once, as on the host.
  private static func sleep(_ args: [String], _ engine: Engine) -> ShellOutput {
    guard !args.isEmpty else {
      return failure(
        "BusyBox v1.29.3 (2019-01-24 07:45:07 UTC) multi-call binary.\n\nUsage: sleep [N]...")
    }
    var total: Int64 = 0
    for arg in args {
      guard let interval = SleepInterval.parse(arg) else {
        return failure("sleep: invalid number '\(arg)'")
      }
      let (sum, overflow) = total.addingReportingOverflow(interval.nanoseconds)
      guard !overflow else { return failure("sleep: invalid number '\(arg)'") }
      total = sum
    }
    engine.wait(GoDuration(nanoseconds: total))
    return ShellOutput()
  }

  /// busybox `ps`: the container's main process, this shell and `ps` itself.
  private static func ps(_ container: Container, shell: ContainerShell) -> ShellOutput {
    func row(_ pid: Int, _ command: String) -> String {
      let number = String(pid)
      return String(repeating: " ", count: max(0, 5 - number.count)) + number
        + " root      0:00 \(command)\n"
    }
    let text =
      "PID   USER     TIME  COMMAND\n" + row(1, container.command) + row(shell.pid, "sh")
      + row(shell.pid + 6, "ps")
    return ShellOutput(chunks: [.stdout(text)])
  }

  static func failure(_ message: String, code: Int32 = 1) -> ShellOutput {
    ShellOutput(chunks: [.stderr(message + "\n")], exitCode: code)
  }

  private static func env(_ shell: ContainerShell, _ container: Container) -> ShellOutput {
    var lines = ["HOSTNAME=\(container.id.prefix(12))", "SHLVL=1", "HOME=/root"]
    if shell.tty { lines.append("TERM=xterm") }
    for key in shell.variables.keys.sorted()
    where !["HOSTNAME", "SHLVL", "HOME", "TERM", "PWD"].contains(key) {
      lines.append("\(key)=\(shell.variables[key]!)")
    }
    lines.append("PWD=\(shell.cwd)")
    return ShellOutput(chunks: [.stdout(lines.map { $0 + "\n" }.joined())])
  }

  private static func cat(_ args: [String], _ container: Container, _ engine: Engine)
    -> ShellOutput
  {
    var out = ShellOutput()
    for path in args {
      switch path {
      case "/etc/hostname": out.chunks.append(.stdout(String(container.id.prefix(12)) + "\n"))
      case "/etc/resolv.conf":
        out.chunks.append(.stdout("nameserver 127.0.0.11\noptions ndots:0\n"))
      case "/etc/os-release": out.chunks.append(.stdout(osRelease))
      case "/etc/hosts":
        var text = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
        text +=
          "fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"
        if let own = ServiceDNS.addresses(of: container, engine.cluster.state).last {
          text += "\(own.address.withoutPrefixLength)\t\(container.id.prefix(12))\n"
        }
        out.chunks.append(.stdout(text))
      default:
        // Configs and secrets the task mounted (`/app/config/config.json`, `/run/secrets/x`).
        if let data = engine.cluster.state.mountedFile(path, inContainer: container.id) {
          out.chunks.append(.stdout(String(decoding: data, as: UTF8.self)))
          continue
        }
        out.chunks.append(.stderr("cat: can't open '\(path)': No such file or directory\n"))
        out.exitCode = 1
      }
    }
    return out
  }

  private static func ls(
    _ args: [String], _ shell: ContainerShell, _ container: Container, _ engine: Engine
  )
    -> ShellOutput
  {
    let paths = args.filter { !$0.hasPrefix("-") }
    let path = paths.first ?? shell.cwd
    let image = engine.cluster.catalog.lookup(container.resolvedImage)
    let entries: [String]
    if path == "/" {
      entries = [
        "app", "bin", "dev", "etc", "home", "lib", "media", "mnt", "opt", "proc", "root", "run",
        "sbin", "srv", "sys", "tmp", "usr", "var",
      ]
    } else if path == (image?.workdir ?? "/app") || path == shell.cwd && shell.cwd == image?.workdir
    {
      entries = image?.files ?? []
    } else if ["/tmp", "/root", "/home", "/mnt"].contains(path) {
      entries = []
    } else {
      return failure("ls: \(path): No such file or directory")
    }
    return ShellOutput(chunks: entries.isEmpty ? [] : [.stdout(entries.map { $0 + "\n" }.joined())])
  }

  /// The book's images are built on Alpine 3.9 (busybox 1.29.3).
  static let osRelease = """
    NAME="Alpine Linux"
    ID=alpine
    VERSION_ID=3.9.4
    PRETTY_NAME="Alpine Linux v3.9"
    HOME_URL="https://alpinelinux.org/"
    BUG_REPORT_URL="https://bugs.alpinelinux.org/"

    """
}
