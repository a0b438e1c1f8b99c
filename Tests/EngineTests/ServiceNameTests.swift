import Engine
import EngineAPI
import Testing

/// A service created without a name gets dockerd's `adjective_surname`, from the seeded stream.
@Suite struct ServiceNameTests {
  @Test func anUnnamedServiceGetsAnAdjectiveAndASurname() throws {
    let engine = try EngineFixture.engine()
    var spec = EngineFixture.spec("ignored")
    spec.name = nil
    let first = try engine.serviceCreate(spec, options: .init())
    spec.name = ""
    let second = try engine.serviceCreate(spec, options: .init())
    let names = try [first.id, second.id].map { id in
      try engine.serviceInspect(id, options: .init()).spec.name ?? ""
    }
    for name in names {
      let parts = name.split(separator: "_", omittingEmptySubsequences: false)
      #expect(parts.count == 2, "\(name)")
      #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "a" && $0 <= "z" } })
    }
    // The same seed names the same services the same way.
    let again = try EngineFixture.engine()
    spec.name = nil
    let replay = try again.serviceCreate(spec, options: .init())
    #expect(try again.serviceInspect(replay.id, options: .init()).spec.name == names[0])
  }
}
