import GoDurations
import ShellSyntax
import SwarmCore

/// SwarmLab's own commands beside `docker`: the few shell built-ins the book's sessions use,
/// and `sleep`, which moves simulated time instead of waiting.
enum Builtins {
  typealias Builtin = (Session, [String]) -> SessionOutput

  static func lookup(_ name: String) -> Builtin? {
    switch name {
    case "sleep": sleep
    case "machine":
      { session, args in
        session.isRealEngine ? session.simulationOnly("machine") : MachineCommand.run(session, args)
      }
    case "visualize":
      { session, args in
        session.isRealEngine
          ? session.simulationOnly("visualize") : Visualizer.run(session, args)
      }
    case "echo": echo
    case "export": export
    case "unset": unset
    case "help": help
    case "clear", "cls": { _, _ in SessionOutput(chunks: [OutputChunk(.stdout, .clearScreen)]) }
    case "exit", "quit":
      { _, args in
        var out = SessionOutput(exitCode: Int32(args.first ?? "0") ?? 0)
        out.exitRequested = true
        return out
      }
    case "curl":
      { session, args in
        session.isRealEngine ? session.simulationOnly("curl") : session.hostCurl(args)
      }
    case "hostname": hostname
    case "serve":
      // The interactive shell handles `serve` itself; a script ends before a client could
      // connect.
      { session, _ in
        session.failure(
          "swarmlab: serve: only at the interactive prompt; to serve from a script or another terminal, run 'swarmlab serve'",
          code: 127)
      }
    case "edit":
      // The interactive shell hands an `edit FILE` line to the learner's editor; a script has
      // no terminal, and inside a longer line the editor would cut the line in two.
      { session, _ in
        session.failure(
          "swarmlab: edit: type 'edit FILE' on a line of its own at the interactive prompt (in a script, write files with echo or printf > FILE)",
          code: 127)
      }
    case "true": { _, _ in SessionOutput() }
    case "false": { _, _ in SessionOutput(exitCode: 1) }
    default: nil
    }
  }

  /// `sleep 10`, `sleep 10s`, `sleep 4m`, `sleep 1m30s`: advances the simulated clock at once.
  static func sleep(_ session: Session, _ args: [String]) -> SessionOutput {
    guard !args.isEmpty else { return session.failure("sleep: missing operand", code: 1) }
    var total = SimDuration.zero
    for arg in args {
      if let d = SleepInterval.parse(arg) ?? (try? GoDuration.parse(arg)) {
        total = total + SimDuration(nanos: d.nanoseconds)
      } else {
        return session.failure("sleep: invalid time interval '\(arg)'", code: 1)
      }
    }
    if var client = session.remoteEngine {
      // A real engine's clock cannot be moved: this really waits.
      client.wait(GoDuration(nanoseconds: total.nanos))
      session.remoteEngine = client
      return SessionOutput()
    }
    // The simulated clock ends in 2200; saying so beats a clock that silently stops.
    guard session.cluster.now + total <= SimTime.end else {
      return session.failure(
        "sleep: SwarmLab's simulated clock stops at \(SimTime.end); it is now \(session.cluster.now)",
        code: 1)
    }
    session.advanceClock(by: total)
    return SessionOutput()
  }

  /// `hostname` and `hostname -i` (Play with Docker's `ip=$(hostname -i)`): the machine docker
  /// commands go to, and its LAN address.
  static func hostname(_ session: Session, _ args: [String]) -> SessionOutput {
    if session.isRealEngine { return session.simulationOnly("hostname") }
    let machine = session.cluster.localMachine
    switch args {
    case []: return SessionOutput(chunks: [.out(machine.name + "\n")])
    case ["-i"]: return SessionOutput(chunks: [.out(machine.address + "\n")])
    default:
      return session.failure(
        "swarmlab: 'hostname \(args.joined(separator: " "))' is not simulated (only hostname and hostname -i are)",
        code: 127)
    }
  }

  static func echo(_ session: Session, _ args: [String]) -> SessionOutput {
    var words = args
    var newline = true
    if words.first == "-n" {
      newline = false
      words.removeFirst()
    }
    return SessionOutput(chunks: [.out(words.joined(separator: " ") + (newline ? "\n" : ""))])
  }

  static func export(_ session: Session, _ args: [String]) -> SessionOutput {
    for arg in args {
      let parts = arg.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      guard let name = parts.first, !name.isEmpty else {
        return session.failure("export: `\(arg)': not a valid identifier", code: 1)
      }
      session.environment[name] = parts.count > 1 ? parts[1] : (session.environment[name] ?? "")
    }
    return SessionOutput()
  }

  static func unset(_ session: Session, _ args: [String]) -> SessionOutput {
    for name in args { session.environment[name] = nil }
    return SessionOutput()
  }

  static func help(_ session: Session, _ args: [String]) -> SessionOutput {
    SessionOutput(chunks: [.out(session.registry.render())])
  }
}
