public import ShellTools
public import SwarmCore

/// How a session starts: the simulation's seed, hostname and clock, and the terminal it talks
/// to (which decides colour and animation).
public struct SessionConfiguration: Sendable {
  public var simulation = SimulationConfig()
  public var catalog: ImageCatalog = .builtin
  /// Initial shell variables (`$HOME` and the like are not inherited from the real host).
  public var environment: [String: String] = [:]
  /// The working folder the shell starts in, with any bundled files mounted in it.
  public var workspace = Workspace()

  public init() {}

  public var seed: UInt64 {
    get { simulation.seed }
    set { simulation.seed = newValue }
  }

  public var hostname: String {
    get { simulation.hostname }
    set { simulation.hostname = newValue }
  }

  public var startTime: SimTime {
    get { simulation.startTime }
    set { simulation.startTime = newValue }
  }
}
