import EngineAPI
import Foundation
import GoTemplate
import Testing

@testable import DockerFormat

/// `Task.spec` is stored shared (`SharedValue`), so tasks of one service hold one spec; the
/// task must still read, encode, decode and change as if the spec were its own field.
@Suite struct TaskSpecSharingTests {
  static func task(image: String) -> Task {
    var container = ContainerSpec(image: image)
    container.args = ["--verbose"]
    return Task(
      id: "t1", version: ObjectVersion(index: 3), createdAt: Timestamp(unixNanos: 0),
      updatedAt: Timestamp(unixNanos: 0),
      spec: TaskSpec(
        containerSpec: container, restartPolicy: RestartPolicy(condition: "any"), forceUpdate: 2),
      serviceID: "s1", slot: 1, nodeID: "n1",
      status: TaskStatus(timestamp: Timestamp(unixNanos: 0), state: "running", message: "started"),
      desiredState: "running")
  }

  @Test func encodesAsItsOwnField() throws {
    let task = Self.task(image: "nginx:alpine")
    let value = GoValueEncoder.encode(task)
    #expect(value.typeName == "swarm.Task")
    #expect(value["Spec"] == GoValueEncoder.encode(task.spec))
    #expect(value["Spec"]?.typeName == "swarm.TaskSpec")
    #expect(value["Spec.ContainerSpec.Image"] == .string("nginx:alpine"))
    #expect(
      value.names == [
        "ID", "Version", "CreatedAt", "UpdatedAt", "Labels", "Spec", "ServiceID", "Slot",
        "NodeID", "Status", "DesiredState",
      ])
    #expect(
      GoJSON.marshal(value).contains(
        #""Spec":{"ContainerSpec":{"Image":"nginx:alpine","Args":["--verbose"]"#))
  }

  @Test func roundTripsThroughJSON() throws {
    let task = Self.task(image: "nginx:alpine")
    let json = try JSONEncoder().encode(task)
    let decoded = try JSONDecoder().decode(Task.self, from: json)
    #expect(decoded == task)
    #expect(decoded.spec.containerSpec?.args == ["--verbose"])
  }

  @Test func copiesChangeApart() {
    let original = Self.task(image: "nginx:alpine")
    var copy = original
    #expect(copy == original)
    copy.spec.containerSpec?.image = "nginx:latest"
    #expect(original.spec.containerSpec?.image == "nginx:alpine")
    #expect(copy.spec.containerSpec?.image == "nginx:latest")
    #expect(copy != original)
    copy.spec.containerSpec?.image = "nginx:alpine"
    #expect(copy == original)
  }
}
