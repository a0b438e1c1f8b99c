import EngineAPI
import Foundation
import Testing

/// The registry the inspect encoder asks before the Swift runtime lists every `GoStruct` of
/// the Engine API, so no type pays the runtime's conformance scan.
@Suite struct GoStructRegistryTests {
  @Test func listsEveryGoStructDeclared() throws {
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/EngineAPI")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    var declared: Set<String> = []
    let declaration = #/public struct (\w+)[^{]*\bGoStruct\b/#
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: declaration) { declared.insert(String(match.1)) }
    }
    let registered = GoStructRegistry.all.map { String(describing: $0) }
    #expect(declared.count > 50)
    #expect(Set(registered) == declared)
    #expect(registered.count == Set(registered).count)
  }

  @Test func answersByType() {
    #expect(GoStructRegistry.structType(Service.self)?.goTypeName == "swarm.Service")
    #expect(GoStructRegistry.structType([Service].self) == nil)
    #expect(GoStructRegistry.structType(String.self) == nil)
  }
}
