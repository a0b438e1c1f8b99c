import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The starts that name no flag, `swarmlab`, `swarmlab -c COMMANDS` and `swarmlab run FILE`,
/// run without ArgumentParser: reading a command's flags by reflection costs about as much as
/// the rest of such a start-up (every reflected property wrapper is a conformance lookup over
/// every record in the binary). Any other shape goes to ArgumentParser, and so does any value
/// starting with `-`, which it might read as a flag. `QuickStartTests` holds each shape taken
/// here equal to what ArgumentParser makes of it.
enum QuickStart: Equatable {
  case shell(ShellLaunch)
  case file(FileRun)

  init?(_ arguments: [String]) {
    switch arguments.count {
    case 0:
      self = .shell(ShellLaunch())
    case 2 where !arguments[1].hasPrefix("-"):
      switch arguments[0] {
      case "-c": self = .shell(ShellLaunch(commands: arguments[1]))
      case "run": self = .file(FileRun(file: arguments[1]))
      default: return nil
      }
    default:
      return nil
    }
  }

  /// Runs and exits as `SwarmLabCommand.main()` would: the status, or the error's message.
  func run() -> Never {
    do {
      switch self {
      case .shell(let launch): exit(try launch.run())
      case .file(let run): exit(try run.run())
      }
    } catch {
      SwarmLabCommand.exit(withError: error)
    }
  }
}
