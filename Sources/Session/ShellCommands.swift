import ShellTools

/// The non-docker part of the ``CommandRegistry``: the shell, its files and text tools, and
/// SwarmLab's own commands.
enum ShellCommands {
  static let groups: [CommandRegistry.Group] = [
    CommandRegistry.Group(
      "Compose (docker-compose 1.26)",
      [
        .init("docker-compose", "-f FILE... [--log-level LEVEL] config: merge compose files")
      ]),
    CommandRegistry.Group(
      "SwarmLab",
      [
        .init(
          "machine", "create, ls, use, stop, start, rm simulated machines (--template 3m2w)"),
        .init("visualize", "draw the swarm: a column per node, a box per task"),
        .init("sleep N", "let N of simulated time pass at once (10, 10s, 4m)"),
        .init("hostname [-i]", "the machine docker commands go to, or its address"),
        .init("curl URL", "call a published port through the routing mesh"),
        .init("clear", "clear the screen"),
        .init("help", "this text"),
        .init("exit", "leave SwarmLab (Ctrl-D too; inside a container, back to the host)"),
      ]),
    CommandRegistry.Group(
      "Shell",
      [
        .init("echo, printf", "print text", commandNames: ["echo", "printf"]),
        .init(
          "export, unset", "NAME=value, $NAME, $(command), `command`",
          commandNames: ["export", "unset"]),
        .init("; && ||", "run commands in turn, on success, on failure", commandNames: []),
        .init(
          "| > >> < 2> 2>&1 &>", "pipes and redirection into files or /dev/null",
          commandNames: []),
        .init("true, false", "exit 0, exit 1", commandNames: ["true", "false"]),
      ]),
    CommandRegistry.Group(
      "Files (an in-memory folder; the host is never written)",
      [
        .init("pwd, cd", "where you are, move", commandNames: ["pwd", "cd"]),
        .init(
          "ls, cat", "list a folder, print files", commandNames: ["ls", "cat"]),
        .init(
          "mkdir [-p], touch, rm", "make folders and files, remove files",
          commandNames: ["mkdir", "touch", "rm"]),
        .init(
          "edit FILE", "open FILE in your $EDITOR (a private copy; kept here)",
          commandNames: ["edit"]),
      ]),
    CommandRegistry.Group(
      "Text tools (busybox behaviour; other flags say they are not simulated)",
      TextTools.tools.filter { $0.name != "cat" && $0.name != "printf" }.map { tool in
        CommandRegistry.Entry(tool.name, String(tool.summary.dropFirst(tool.name.count + 1)))
      } + [.init("xargs", "[-n N] [-r] COMMAND: run COMMAND with the words read")]),
  ]
}
