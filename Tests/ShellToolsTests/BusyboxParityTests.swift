import Foundation
import ShellTools
import Testing

/// The text tools against busybox 1.35's answers for the same arguments and inputs
/// (Fixtures/busybox.json, written by `script/capture-busybox` from Debian's busybox-static).
@Suite struct BusyboxParityTests {
  struct Capture: Decodable {
    var busybox: String
    var files: [String: String]
    var cases: [Case]
  }

  struct Case: Decodable, CustomTestStringConvertible, Sendable {
    var args: [String]
    var stdin: String?
    var stdinText: String?
    var stdout: String
    var stderr: String
    var status: Int32
    var testDescription: String { args.joined(separator: " ") + (stdin.map { " < \($0)" } ?? "") }
  }

  static let capture: Capture = {
    let url = Bundle.module.url(
      forResource: "busybox", withExtension: "json", subdirectory: "Fixtures")!
    return try! JSONDecoder().decode(Capture.self, from: Data(contentsOf: url))
  }()

  static func run(_ c: Case) -> ToolOutput {
    let files = capture.files
    let stdin = c.stdin.flatMap { files[$0] } ?? c.stdinText ?? ""
    let input = ToolInput(
      arguments: Array(c.args.dropFirst()), stdin: stdin,
      readFile: { name in files[name].map { .success($0) } ?? .failure(.noSuchFile) })
    guard let tool = TextTools.lookup(c.args[0]) else { return .failure("no tool \(c.args[0])") }
    return tool(input)
  }

  @Test(arguments: capture.cases)
  func sameOutputAsBusybox(_ c: Case) {
    let ours = Self.run(c)
    #expect(ours.stdout == c.stdout)
    #expect(ours.status == c.status)
    // Usage texts are busybox's long help; ours is its first line. Other errors match exactly.
    if !c.stderr.contains("Usage:") && !c.stderr.contains("multi-call") {
      #expect(ours.stderr == c.stderr)
    }
  }

  @Test func theCaptureIsFromBusybox() {
    #expect(Self.capture.busybox.hasPrefix("BusyBox v1.35"))
    #expect(Self.capture.cases.count > 100)
  }
}
