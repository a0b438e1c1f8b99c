import SwarmCore

/// The busybox applets a learner reaches for inside a container. Unknown commands answer
/// as busybox `sh` does: `sh: foo: not found`, status 127.
enum BusyboxApplets {
  /// Applets `docker exec` can start directly (a name outside this list is not in `$PATH`).
  static let names: Set<String> = [
    "sh", "ash", "exit", "true", "false", "echo", "pwd", "hostname", "env", "printenv", "cat", "ls",
    "nslookup", "ping", "wget", "curl", "ip", "ifconfig",
  ]

  static func run(_ name: String, _ args: [String], shell: ContainerShell, _ session: Session)
    -> SessionOutput
  {
    guard let container = session.cluster.state.containers[shell.containerID] else {
      return SessionOutput()
    }
    switch name {
    case "exit":
      var out = SessionOutput(exitCode: args.first.flatMap { Int32($0) } ?? shell.lastStatus)
      out.exitRequested = true
      return out
    case "true", ":": return SessionOutput()
    case "false": return SessionOutput(exitCode: 1)
    case "echo": return SessionOutput(chunks: [.out(args.joined(separator: " ") + "\n")])
    case "pwd": return SessionOutput(chunks: [.out(shell.cwd + "\n")])
    case "cd":
      let target = args.first ?? "/root"
      shell.cwd =
        target.hasPrefix("/") ? target : (shell.cwd == "/" ? "/" : shell.cwd + "/") + target
      return SessionOutput()
    case "hostname": return SessionOutput(chunks: [.out(String(container.id.prefix(12)) + "\n")])
    case "env", "printenv": return env(shell, container)
    case "cat": return cat(args, container, session)
    case "ls": return ls(args, shell, container, session)
    case "nslookup": return NetworkApplets.nslookup(args, container, session)
    case "ping": return NetworkApplets.ping(args, container, session)
    case "wget": return NetworkApplets.wget(args, container, session)
    case "curl": return NetworkApplets.curl(args, container, session)
    case "ip": return NetworkApplets.ipAddr(args, container, session)
    case "ifconfig": return NetworkApplets.ifconfig(container, session)
    case "sh", "ash", "/bin/sh": return SessionOutput()
    default: return failure("sh: \(name): not found", code: 127)
    }
  }

  static func failure(_ message: String, code: Int32 = 1) -> SessionOutput {
    SessionOutput(chunks: [.err(message + "\n")], exitCode: code)
  }

  private static func env(_ shell: ContainerShell, _ container: Container) -> SessionOutput {
    var lines = ["HOSTNAME=\(container.id.prefix(12))", "SHLVL=1", "HOME=/root"]
    if shell.tty { lines.append("TERM=xterm") }
    for key in shell.variables.keys.sorted()
    where !["HOSTNAME", "SHLVL", "HOME", "TERM", "PWD"].contains(key) {
      lines.append("\(key)=\(shell.variables[key]!)")
    }
    lines.append("PWD=\(shell.cwd)")
    return SessionOutput(chunks: [.out(lines.map { $0 + "\n" }.joined())])
  }

  private static func cat(_ args: [String], _ container: Container, _ session: Session)
    -> SessionOutput
  {
    var out = SessionOutput()
    for path in args {
      switch path {
      case "/etc/hostname": out.chunks.append(.out(String(container.id.prefix(12)) + "\n"))
      case "/etc/resolv.conf": out.chunks.append(.out("nameserver 127.0.0.11\noptions ndots:0\n"))
      case "/etc/hosts":
        var text = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
        text +=
          "fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"
        if let own = ServiceDNS.addresses(of: container, session.cluster.state).last {
          text += "\(own.address.withoutPrefixLength)\t\(container.id.prefix(12))\n"
        }
        out.chunks.append(.out(text))
      default:
        // Configs and secrets the task mounted (`/app/config/config.json`, `/run/secrets/x`).
        if let data = session.cluster.state.mountedFile(path, inContainer: container.id) {
          out.chunks.append(.out(String(decoding: data, as: UTF8.self)))
          continue
        }
        out.chunks.append(.err("cat: can't open '\(path)': No such file or directory\n"))
        out.exitCode = 1
      }
    }
    return out
  }

  private static func ls(
    _ args: [String], _ shell: ContainerShell, _ container: Container, _ session: Session
  )
    -> SessionOutput
  {
    let paths = args.filter { !$0.hasPrefix("-") }
    let path = paths.first ?? shell.cwd
    let image = session.cluster.catalog.lookup(container.resolvedImage)
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
    return SessionOutput(chunks: entries.isEmpty ? [] : [.out(entries.map { $0 + "\n" }.joined())])
  }
}
