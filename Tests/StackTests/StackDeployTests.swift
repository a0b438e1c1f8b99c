import Compose
import Engine
import EngineAPI
import Exercises
import GoDurations
import SwarmCore
import Testing

@testable import Stack

/// Chapter 13's deploys run through the simulated engine, printing what 20.10 printed for the
/// same files on the real engine (tools/real-swarm).
@Suite struct StackDeployTests {
  func project(_ version: Int) throws -> ComposeProject {
    let path = "ch13/exercises/todo-list/v\(version).yml"
    let text = try #require(ExerciseFiles.contents(of: path))
    return try ComposeLoader().load([.init(name: path, text: text)]).project
  }

  func deploy(_ version: Int, _ engine: inout Engine) throws -> StackDeployer.Outcome {
    let outcome = StackDeployer(namespace: StackNamespace("todo")).deploy(
      try project(version), on: &engine)
    engine.wait(GoDuration(nanoseconds: 20_000_000_000))
    return outcome
  }

  @Test func theChaptersDeploysInOrder() throws {
    var engine = Engine(cluster: Cluster())
    _ = try engine.swarmInit(SwarmInitRequest())

    let v1 = try deploy(1, &engine)
    #expect(v1.stdout == ["Creating network todo_default", "Creating service todo_todo-web"])
    #expect(v1.error == nil)
    let web = try engine.serviceInspect("todo_todo-web", options: .init())
    #expect(web.spec.labels["com.docker.stack.namespace"] == "todo")
    #expect(web.spec.labels["com.docker.stack.image"] == "diamol/ch06-todo-list")
    var cluster = engine.cluster
    #expect(
      (try? ClusterHTTP.sendToMesh("GET", port: 8080, path: "/", &cluster).get().status) == 200)

    let v2 = try deploy(2, &engine)
    #expect(v2.stdout == ["Updating service todo_todo-web (id: \(web.id))"])
    #expect(
      try engine.serviceInspect("todo_todo-web", options: .init()).spec.mode == .replicated(2))

    // v3 needs the external config: docker creates the new network, then stops.
    let missing = try deploy(3, &engine)
    #expect(missing.stdout == ["Creating network todo_app-net"])
    #expect(missing.error == "service todo-web: config not found: todo-list-config")

    let config = try #require(
      ExerciseFiles.contents(of: "ch13/exercises/todo-list/configs/config.json"))
    let secret = try #require(
      ExerciseFiles.contents(of: "ch13/exercises/todo-list/secrets/secrets.json"))
    try ControlAPI.createDataObject(
      .config, name: "todo-list-config", data: Array(config.utf8), &engine.cluster)
    let v3 = try deploy(3, &engine)
    #expect(
      v3.stdout == [
        "Creating service todo_todo-db", "Updating service todo_todo-web (id: \(web.id))",
      ])
    cluster = engine.cluster
    #expect(
      (try? ClusterHTTP.sendToMesh("GET", port: 8080, path: "/", &cluster).get().status) == 500)

    try ControlAPI.createDataObject(
      .secret, name: "todo-list-secret", data: Array(secret.utf8), &engine.cluster)
    let v4 = try deploy(4, &engine)
    #expect(v4.error == nil)
    cluster = engine.cluster
    #expect(
      (try? ClusterHTTP.sendToMesh("GET", port: 8080, path: "/", &cluster).get().status) == 200)
    let container = try #require(
      cluster.state.containers.values.first {
        $0.isRunning && $0.name.hasPrefix("todo_todo-web.")
      })
    #expect(
      cluster.state.mountedFile("/app/config/config.json", inContainer: container.id)
        == Array(config.utf8))

    let node = try #require(engine.cluster.localNode)
    try ControlAPI.updateNode(node.id, &engine.cluster) { $0.labels = [Label("storage", "raid")] }
    _ = try deploy(5, &engine)
    _ = try deploy(6, &engine)
    let volumes = engine.cluster.state.volumes.values.filter { !$0.isAnonymous }.map(\.name)
    #expect(volumes == ["todo_todo-db-data"])
    let db = try engine.serviceInspect("todo_todo-db", options: .init())
    #expect(db.spec.taskTemplate.containerSpec?.image?.hasPrefix("diamol/postgres:11.6") == true)
  }
}
