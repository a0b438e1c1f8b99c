import Testing

@testable import SwarmCore

/// The constraint parser and matcher (swarmkit's `constraint` package rules).
@Suite struct ConstraintTests {
  @Test(arguments: [
    ("node.role==manager", "node.role", true, "manager"),
    ("node.role != worker", "node.role", false, "worker"),
    ("node.labels.storage == raid", "node.labels.storage", true, "raid"),
    ("engine.labels.os==linux", "engine.labels.os", true, "linux"),
  ])
  func parses(text: String, key: String, equals: Bool, value: String) throws {
    let c = try #require(Constraint(text))
    #expect(c.key == key && c.equals == equals && c.value == value)
  }

  @Test(arguments: [
    "node.role", "node.role=manager", "==manager", "node.role==", "1node==x", "node.role==a,b",
  ])
  func rejects(text: String) {
    #expect(Constraint(text) == nil)
  }

  @Test func matchesCaseInsensitiveValuesAndMissingLabelsAsEmpty() {
    var node = Node(
      id: "abc", hostname: "node1", role: .manager, address: "192.168.0.11",
      engineVersion: "20.10.24", now: SimTime(nanos: 0))
    node.labels = [Label("zone", "East")]
    #expect(Constraint("node.role==MANAGER")!.matches(node))
    #expect(Constraint("node.labels.zone==east")!.matches(node))
    #expect(!Constraint("node.labels.Zone==east")!.matches(node))
    #expect(Constraint("node.labels.disk!=ssd")!.matches(node))
    #expect(Constraint("node.id==abc")!.matches(node))
    #expect(!Constraint("node.unknown==x")!.matches(node))
    #expect(!Constraint("node.unknown!=x")!.matches(node))
  }
}

/// swarmkit's parse errors, as docker 20.10 prints them after `Error response from daemon: `.
@Suite struct ConstraintErrorTests {
  @Test(arguments: [
    ("node.role=manager", "constraint expected one operator from ==, !="),
    ("1node==x", "key '1node' is invalid"),
    ("node.role==a,b", "value 'a,b' is invalid"),
    ("node.role==", "value '' is invalid"),
    ("==x", "key '' is invalid"),
    ("node.role==x==y", "value 'x==y' is invalid"),
  ])
  func reasons(text: String, reason: String) {
    #expect(throws: ControlError.plain("rpc error: code = Unknown desc = " + reason)) {
      try Constraint.parse(text)
    }
  }
}

/// A task template parses its constraints once, when they are set, for every node check of
/// the orchestrator and the scheduler (issue 10: parsed once on the way in).
@Suite struct TemplateConstraintTests {
  @Test func parsedWhenSet() {
    var template = TaskTemplate(image: "x", resolvedImage: "x")
    #expect(template.placementConstraints.isEmpty)
    template.constraints = ["node.role==manager", "node.role=manager"]
    #expect(
      template.placementConstraints == [
        Constraint(key: "node.role", equals: true, value: "manager"), nil,
      ])
    template.constraints.append("node.labels.zone != b")
    #expect(template.placementConstraints.count == 3)
    #expect(template.placementConstraints[2]?.equals == false)
    template.constraints = []
    #expect(template.placementConstraints.isEmpty)
  }
}
