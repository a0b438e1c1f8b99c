/// How many positional arguments a command accepts (docker's `cli.*Args` validators).
public enum ArgumentRule: Sendable, Equatable {
  /// `cli.NoArgs`.
  case none
  /// No validator: anything goes.
  case any
  /// `cli.ExactArgs(n)`.
  case exact(Int)
  /// `cli.RequiresMinArgs(n)`.
  case min(Int)
  /// `cli.RequiresMaxArgs(n)`.
  case max(Int)
  /// `cli.RequiresRangeArgs(min, max)`.
  case range(Int, Int)
  /// `service scale`: at least one argument, each `SERVICE=REPLICAS`.
  case scaleSpecs
}

/// One docker command: its help metadata, argument rule, flags and subcommands.
public struct CommandSpec: Sendable {
  public let name: String
  public let aliases: [String]
  /// Use line after `docker `, e.g. `service create [OPTIONS] IMAGE [COMMAND] [ARG...]`.
  public let use: String
  /// Description shown in help and in argument errors.
  public let short: String
  public let args: ArgumentRule
  /// false when docker calls `SetInterspersed(false)`: flags end at the first positional.
  public let interspersed: Bool
  public let flags: [FlagSpec]
  public let subcommands: [CommandSpec]
  /// false for real docker commands SwarmLab does not simulate (listed in help only).
  public let simulated: Bool
  /// Listed under "Management Commands" in the root help.
  public let isManagement: Bool
  /// For top-level shortcuts (`docker ps`): the canonical path (`container ls`).
  public let canonicalPath: [String]?
  /// What carries the command out; nil for a command SwarmLab parses (its flags and argument
  /// errors are docker's) but does not carry out, which answers that it is not simulated.
  public let handler: CommandHandler?

  public init(
    name: String, aliases: [String] = [], use: String, short: String, args: ArgumentRule = .none,
    interspersed: Bool = true, run handler: CommandHandler? = nil, flags: [FlagSpec] = [],
    subcommands: [CommandSpec] = [], simulated: Bool = true, isManagement: Bool = false,
    canonicalPath: [String]? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.use = use
    self.short = short
    self.args = args
    self.interspersed = interspersed
    self.flags = flags
    self.subcommands = subcommands
    self.simulated = simulated
    self.isManagement = isManagement || !subcommands.isEmpty
    self.canonicalPath = canonicalPath
    self.handler = handler
  }

  /// A real docker command outside SwarmLab's simulation, kept for help listings.
  static func notSimulated(_ name: String, short: String, management: Bool = false) -> CommandSpec {
    CommandSpec(
      name: name, use: name, short: short, args: .any, simulated: false, isManagement: management)
  }

  /// Whether SwarmLab carries out this command, or for a management command any below it.
  public var isCarriedOut: Bool {
    handler != nil || subcommands.contains { $0.isCarriedOut }
  }

  /// Whether `word` names this command or one of its aliases.
  func answers(to word: String) -> Bool { name == word || aliases.contains(word) }

  /// The visible flag named `long` (without dashes).
  func flag(named long: String) -> FlagSpec? { flags.first { $0.name == long } }

  /// The flag with one-letter shorthand `short`.
  func flag(shorthand short: String) -> FlagSpec? { flags.first { $0.shorthand == short } }
}
