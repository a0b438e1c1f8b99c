/// The docker 20.10 command tree: lookups by name, alias and canonical path.
public enum CommandTree {
  /// The `docker` root command.
  public static let root = CommandSpec(
    name: "docker", use: "[OPTIONS] COMMAND", short: "A self-sufficient runtime for containers",
    args: .any, flags: globalFlags, subcommands: topLevel, isManagement: true)

  /// A top-level shortcut (`docker ps`) sharing the flags and rule of its canonical command.
  static func shortcut(_ name: String, of canonical: String, use: String) -> CommandSpec {
    let path = canonical.split(separator: " ").map(String.init)
    // Looked up in the groups directly: going through `root` would re-enter `topLevel`'s
    // lazy initialisation, which deadlocks.
    let groups = [container, image]
    guard let group = groups.first(where: { $0.name == path[0] }),
      let target = group.subcommands.first(where: { $0.name == path[1] })
    else { preconditionFailure("no command \(canonical)") }
    return CommandSpec(
      name: name, use: use, short: target.short, args: target.args,
      interspersed: target.interspersed, run: target.handler, flags: target.flags,
      canonicalPath: path)
  }

  /// The command at `path` (names or aliases), starting below the root.
  static func command(at path: [String]) -> CommandSpec? {
    var current = root
    for word in path {
      guard let next = current.subcommands.first(where: { $0.answers(to: word) }) else {
        return nil
      }
      current = next
    }
    return current
  }
}
