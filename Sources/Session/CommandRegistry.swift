public import DockerCLI
import ShellTools

/// Everything the SwarmLab prompt understands, grouped: `help` prints it and completion offers
/// its names, so neither can list something that does not work or miss something that does.
/// The docker group is read from docker's command tree (simulated commands only); front ends
/// add their own groups (the lesson commands).
public struct CommandRegistry: Sendable {
  /// One line of `help`: a command (or family) and what it does.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var summary: String
    /// The words completion offers for it at the start of a line.
    public var commandNames: [String]

    public init(_ name: String, _ summary: String, commandNames: [String]? = nil) {
      self.name = name
      self.summary = summary
      self.commandNames = commandNames ?? [String(name.split(separator: " ").first ?? "")]
    }
  }

  /// A titled block of entries.
  public struct Group: Sendable, Equatable {
    public var title: String
    public var entries: [Entry]

    public init(_ title: String, _ entries: [Entry]) {
      self.title = title
      self.entries = entries
    }
  }

  public var groups: [Group]

  public init(groups: [Group]) { self.groups = groups }

  /// docker's simulated commands, then SwarmLab's own.
  public static let standard = CommandRegistry(
    groups: [dockerGroup(CommandTree.root)] + ShellCommands.groups)

  /// Names a line can start with, for completion.
  public var commandNames: [String] {
    var seen: [String] = []
    for group in groups {
      for entry in group.entries {
        for name in entry.commandNames where !name.isEmpty && !seen.contains(name) {
          seen.append(name)
        }
      }
    }
    return seen
  }

  /// `help`: each group under its title, names in a column.
  public func render() -> String {
    var text = "SwarmLab simulates a Docker Swarm in this process; nothing runs on a real engine.\n"
    for group in groups {
      text += "\n\(group.title):\n"
      let width = min(24, (group.entries.map(\.name.count).max() ?? 0) + 2)
      for entry in group.entries {
        let pad = max(1, width - entry.name.count)
        text += "  " + entry.name + String(repeating: " ", count: pad) + entry.summary + "\n"
      }
    }
    text +=
      "\nAdd --help to any docker command for its options. Anything else answers plainly that\n"
    text += "it is not simulated (exit 127).\n"
    return text
  }

  /// docker's tree, in its order: each management command with the subcommands SwarmLab carries
  /// out, then the top-level commands.
  /// The tree's handlers decide: a command is listed when every form of it is carried out.
  static func dockerGroup(_ root: CommandSpec) -> Group {
    var entries: [Entry] = []
    var topLevel: [String] = []
    for command in root.subcommands where command.simulated {
      guard !command.subcommands.isEmpty else {
        if command.handler?.isListed == true { topLevel.append(command.name) }
        continue
      }
      let names = command.subcommands.filter { $0.handler?.isListed == true }.map(\.name)
      guard !names.isEmpty else { continue }
      entries.append(
        Entry("docker \(command.name)", names.joined(separator: ", "), commandNames: ["docker"]))
    }
    entries.append(Entry("docker", topLevel.joined(separator: ", "), commandNames: ["docker"]))
    return Group("Docker commands (real docker 20.10 syntax and output)", entries)
  }
}
