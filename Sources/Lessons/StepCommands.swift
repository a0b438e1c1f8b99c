public import Session

/// The commands run in the step being checked, numbered as the session numbers its records,
/// with what earlier evaluations of the same step already found among them.
///
/// A step's commands only grow, and a command that did what a `ran:`-style check asks stays
/// done, so with the memory kept each check reads each command once however often the step is
/// checked: 2,500 commands typed in one step once cost O(n²) record scans.
public struct StepCommands {
  /// The step's commands still kept by the session.
  public var records: ArraySlice<CommandRecord>
  /// The session's number of `records.first` (its `recordCount` when the command ran).
  public var firstNumber: Int
  /// What was found in earlier evaluations of this step; nil re-reads every command.
  var memory: CommandMemory?

  public init(_ records: [CommandRecord]) {
    self.records = records[...]
    self.firstNumber = 0
    self.memory = nil
  }

  /// The session's commands from number `start` on (the step's first), remembered in `memory`.
  init(_ session: Session, since start: Int, memory: CommandMemory?) {
    records = session.records(since: start)
    firstNumber = session.recordCount - records.count
    self.memory = memory
  }

  /// Whether some command of the step satisfies `matches`; with a memory, only commands not
  /// yet read for this kind of check are read, and a kind once found stays found.
  func contain(_ kind: Check.Kind, where matches: (CommandRecord) -> Bool) -> Bool {
    let end = firstNumber + records.count
    guard let memory else { return records.contains(where: matches) }
    if memory.found.contains(kind) { return true }
    let from = max((memory.scanned[kind] ?? firstNumber) - firstNumber, 0)
    let hit = records.dropFirst(from).contains(where: matches)
    memory.scanned[kind] = end
    if hit { memory.found.insert(kind) }
    return hit
  }
}

/// What earlier evaluations of one step found among its commands (see `StepCommands`); a new
/// step, `reset` or a resumed lesson starts a new one. Keyed by check kind, looked up only.
final class CommandMemory {
  /// Kinds some command of the step satisfied.
  var found: Set<Check.Kind> = []
  /// For each kind, the record number up to which commands were read.
  var scanned: [Check.Kind: Int] = [:]
}
