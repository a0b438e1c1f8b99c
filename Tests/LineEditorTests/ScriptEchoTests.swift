import Foundation
import Testing

/// `swarmlab run FILE --echo` prints what a transcript holds: the prompt and command, the
/// output, and `[exit N]` after a failing command's output. Needs the built binary, so it runs
/// with the other binary tests (`SWARMLAB_PTY_TESTS=1`).
@Suite(
  "swarmlab run --echo",
  .enabled(if: ProcessInfo.processInfo.environment["SWARMLAB_PTY_TESTS"] == "1"))
struct ScriptEchoTests {
  @Test("a failing command's output is followed by [exit N]; a passing one has none")
  func exitMarks() throws {
    let binary =
      ProcessInfo.processInfo.environment["SWARMLAB_BINARY"]
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/swarmlab").path
    let script = NSTemporaryDirectory() + "swarmlab-echo-" + UUID().uuidString + ".txt"
    try "docker swarm init >/dev/null\ndocker service rm nope 2>&1\necho done\n"
      .write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["run", script, "--echo"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(
      String(decoding: data, as: UTF8.self)
        == "PS> docker swarm init >/dev/null\nPS> docker service rm nope 2>&1\nError: No such service: nope\n[exit 1]\nPS> echo done\ndone\n"
    )
    #expect(process.terminationStatus == 0)
  }
}
