import ShellTools

/// `pwd`, `cd`, `ls`, `mkdir`, `touch`, `rm` over the session's in-memory ``Workspace``, with
/// busybox's messages.
enum WorkspaceCommands {
  static func lookup(_ name: String) -> Builtins.Builtin? {
    switch name {
    case "pwd":
      { session, _ in SessionOutput(chunks: [.out(session.workspace.currentDirectory + "\n")]) }
    case "cd": cd
    case "ls": ls
    case "mkdir": mkdir
    case "touch": touch
    case "rm": rm
    default: nil
    }
  }

  static func cd(_ session: Session, _ args: [String]) -> SessionOutput {
    guard args.count <= 1 else {
      return session.failure("swarmlab: cd: too many arguments", code: 1)
    }
    let target = args.first ?? session.workspace.home
    if case .failure(let error) = session.workspace.changeDirectory(target) {
      return session.failure("swarmlab: cd: \(target): \(error.message)", code: 1)
    }
    return SessionOutput()
  }

  static func ls(_ session: Session, _ args: [String]) -> SessionOutput {
    var operands: [String] = []
    var all = false
    for arg in args {
      if arg == "-a" || arg == "-A" {
        all = true
      } else if arg == "-1" {
        continue
      } else if arg.hasPrefix("-") && arg.count > 1 {
        return notSimulated("ls", arg, session)
      } else {
        operands.append(arg)
      }
    }
    if operands.isEmpty { operands = ["."] }
    var output = SessionOutput()
    var listings: [(String, [String])] = []
    var files: [String] = []
    for operand in operands {
      switch session.workspace.kind(operand) {
      case nil:
        output.chunks.append(.err("ls: \(operand): No such file or directory\n"))
        output.exitCode = 2
      case .file: files.append(operand)
      case .directory:
        let names = (try? session.workspace.list(operand).get()) ?? []
        listings.append((operand, names.filter { all || !$0.hasPrefix(".") }))
      }
    }
    // One name a line: what busybox prints when its output is not a terminal, and what a
    // transcript can compare.
    var text = files.map { $0 + "\n" }.joined()
    for (index, (operand, names)) in listings.enumerated() {
      if operands.count > 1 { text += (index > 0 || !files.isEmpty ? "\n" : "") + operand + ":\n" }
      text += names.map { $0 + "\n" }.joined()
    }
    if !text.isEmpty { output.chunks.insert(.out(text), at: 0) }
    return output
  }

  static func mkdir(_ session: Session, _ args: [String]) -> SessionOutput {
    let parents = args.contains("-p")
    if let flag = args.first(where: { $0.hasPrefix("-") && $0 != "-p" }) {
      return notSimulated("mkdir", flag, session)
    }
    let operands = args.filter { $0 != "-p" }
    guard !operands.isEmpty else { return session.failure("mkdir: missing operand", code: 1) }
    var output = SessionOutput()
    for operand in operands {
      if case .failure(let error) = session.workspace.makeDirectory(operand, parents: parents) {
        output.chunks.append(
          .err("mkdir: can't create directory '\(operand)': \(error.message)\n"))
        output.exitCode = 1
      }
    }
    return output
  }

  static func touch(_ session: Session, _ args: [String]) -> SessionOutput {
    var output = SessionOutput()
    for operand in args {
      if session.workspace.kind(operand) == .file { continue }
      if case .failure(let error) = session.workspace.write(operand, "") {
        output.chunks.append(.err("touch: \(operand): \(error.message)\n"))
        output.exitCode = 1
      }
    }
    return output
  }

  static func rm(_ session: Session, _ args: [String]) -> SessionOutput {
    let force = args.contains("-f")
    if let flag = args.first(where: { $0.hasPrefix("-") && $0 != "-f" }) {
      return notSimulated("rm", flag, session)
    }
    var output = SessionOutput()
    for operand in args where operand != "-f" {
      if case .failure(let error) = session.workspace.remove(operand) {
        if force && error == .noSuchFile { continue }
        output.chunks.append(.err("rm: can't remove '\(operand)': \(error.message)\n"))
        output.exitCode = 1
      }
    }
    return output
  }

  static func notSimulated(_ tool: String, _ flag: String, _ session: Session) -> SessionOutput {
    session.failure(
      "swarmlab: \(tool) \(flag): option not simulated (type 'help' for what is)", code: 127)
  }
}

/// The text tools (`grep`, `wc`, …) and `xargs`, reading the session's standard input and
/// workspace files.
enum ToolCommands {
  static func lookup(_ name: String) -> Builtins.Builtin? {
    if name == "xargs" { return xargs }
    guard let tool = TextTools.lookup(name) else { return nil }
    return { session, args in
      let workspace = session.workspace
      let result = tool(
        ToolInput(arguments: args, stdin: session.standardInput, readFile: { workspace.read($0) }))
      var output = SessionOutput(exitCode: result.status)
      if !result.stdout.isEmpty { output.chunks.append(.out(result.stdout)) }
      if !result.stderr.isEmpty { output.chunks.append(.err(result.stderr)) }
      return output
    }
  }

  /// `xargs [-n N] [-r] COMMAND [ARG…]`: runs COMMAND with the words of standard input
  /// appended (N at a time), as busybox does: once even with no input unless `-r`.
  static func xargs(_ session: Session, _ args: [String]) -> SessionOutput {
    var rest = args[...]
    var perCommand = Int.max
    var skipEmpty = false
    while let flag = rest.first, flag.hasPrefix("-") {
      rest = rest.dropFirst()
      if flag == "-r" || flag == "--no-run-if-empty" {
        skipEmpty = true
      } else if flag == "-n", let value = rest.first.flatMap({ Int($0) }), value > 0 {
        perCommand = value
        rest = rest.dropFirst()
      } else if flag.hasPrefix("-n"), let value = Int(flag.dropFirst(2)), value > 0 {
        perCommand = value
      } else {
        return WorkspaceCommands.notSimulated("xargs", flag, session)
      }
    }
    let command = rest.isEmpty ? ["echo"] : Array(rest)
    let words = session.standardInput.split(whereSeparator: {
      $0 == " " || $0 == "\t" || $0 == "\n"
    })
    .map(String.init)
    if words.isEmpty && skipEmpty { return SessionOutput() }
    var output = SessionOutput()
    var start = 0
    repeat {
      let end = min(words.count, perCommand == Int.max ? words.count : start + perCommand)
      let argv = command + words[start..<end]
      session.standardInput = ""
      let result = session.dispatch(argv)
      session.record(argv, exitCode: result.exitCode)
      output.chunks += result.chunks
      // busybox: 123 when any invocation failed with 1-125, 127 when the command is unknown.
      if result.exitCode == 127 { return SessionOutput(chunks: output.chunks, exitCode: 127) }
      if result.exitCode != 0 { output.exitCode = 123 }
      start = end
    } while start < words.count
    return output
  }
}
