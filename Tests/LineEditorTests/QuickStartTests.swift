import ArgumentParser
import Testing

@testable import SwarmLabApp

/// The start-up fast path against ArgumentParser: every argument vector `QuickStart` takes
/// must be read by ArgumentParser into the same launch (same flags' defaults, same value), and
/// the plain starts must keep taking the fast path.
@Suite struct QuickStartTests {
  static let vectors: [[String]] = [
    [], ["-c", "docker version"], ["-c", ""], ["-c", "run"], ["-c", "test"], ["-c", "help"],
    ["-c", "docker service ls -q"], ["-c", "-x"], ["-c", "--help"], ["-c"], ["-c", "a", "-q"],
    ["run", "chapter12.txt"], ["run", "run"], ["run", "-c"], ["run", "-"], ["run", "--help"],
    ["run"], ["run", "a", "b"], ["run", "-c", "x"], ["--seed", "2"], ["-q"], ["help"],
    ["test"], ["lesson", "ch12"], ["-c", "x", "--", "y"], ["--", "run"], ["-c=x", "y"],
    ["-cx", "y"], ["x", "y"], ["serve", "x"],
  ]

  @Test(arguments: vectors)
  func fastPathReadsAsArgumentParserDoes(_ arguments: [String]) throws {
    guard let quick = QuickStart(arguments) else { return }
    let parsed = try SwarmLabCommand.parseAsRoot(arguments)
    switch quick {
    case .shell(let launch):
      let command = try #require(parsed as? SwarmLabCommand, "\(arguments)")
      #expect(command.launch == launch, "\(arguments)")
    case .file(let run):
      let command = try #require(parsed as? RunCommand, "\(arguments)")
      #expect(command.fileRun == run, "\(arguments)")
    }
  }

  @Test func thePlainStartsTakeTheFastPath() {
    #expect(QuickStart([]) == .shell(ShellLaunch()))
    #expect(
      QuickStart(["-c", "docker version"]) == .shell(ShellLaunch(commands: "docker version")))
    #expect(QuickStart(["run", "chapter12.txt"]) == .file(FileRun(file: "chapter12.txt")))
    // Anything with a flag is ArgumentParser's.
    #expect(QuickStart(["-c", "docker version", "--seed", "2"]) == nil)
    #expect(QuickStart(["run", "--echo", "f"]) == nil)
    #expect(QuickStart(["--help"]) == nil)
  }
}
