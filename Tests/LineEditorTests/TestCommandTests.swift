import ArgumentParser
import Foundation
import Testing

@testable import SwarmLabApp

/// `swarmlab test --bless`: it says what it blessed and succeeds only when every file passes
/// afterwards.
@Suite struct TestCommandTests {
  func transcript(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "swarmlab-bless-\(UUID().uuidString).txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The exit status `swarmlab test ARGS` ends with.
  func status(_ arguments: [String]) -> Int32 {
    do {
      var command = try TestCommand.parse(arguments)
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    } catch {
      return -1
    }
  }

  @Test func blessingAFailingFileRewritesItAndSucceeds() throws {
    let path = try transcript("#! seed: 3\nPS> echo hello\ngoodbye\n")
    #expect(status([path]) == 1)
    #expect(status(["--bless", path]) == 0)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == "#! seed: 3\nPS> echo hello\nhello\n")
    #expect(status([path]) == 0)
  }

  @Test func blessCannotFixAMalformedFileAndFails() throws {
    let path = try transcript("#! seed: nope\nPS> echo hello\nhello\n")
    #expect(status(["--bless", path]) == 1)
  }
}
