import Testing

@testable import SwarmCore

/// Service names as swarmkit validates them (checked against a real 20.10 swarm): DNS-like,
/// with `_` allowed between letters and digits, as stack services are named.
@Suite struct ServiceNameTests {
  @Test(arguments: [
    ("numbers_numbers-api", true), ("a__b", true), ("a-_b", true), ("web", true),
    ("web_", false), ("_web", false), ("-web", false), ("web-", false), ("we b", false),
    ("", false), (String(repeating: "a", count: 64), false),
  ])
  func nameValidation(name: String, valid: Bool) throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let spec = ServiceSpec(
      name: name, template: TaskTemplate(image: "nosuch:1", resolvedImage: "nosuch:1"))
    let created = (try? ControlAPI.createService(spec, &cluster)) != nil
    #expect(created == valid)
  }
}
