import Compose
import EngineAPI
import Exercises
import Testing

@testable import Stack

/// The chapter's compose files become the requests a 20.10 `docker stack deploy` makes
/// (compared with `service inspect` on the real 20.10 engine: labels, aliases, env, mounts).
@Suite struct StackConverterTests {
  func plan(_ path: String, ids: [String: String] = [:]) throws -> (StackPlan, ComposeError?) {
    let text = try #require(ExerciseFiles.contents(of: path))
    let project = try ComposeLoader().load([.init(name: path, text: text)]).project
    return StackConverter.plan(project, namespace: StackNamespace("todo")) { _, name in ids[name] }
  }

  @Test func v1GetsTheDefaultNetworkAndStackLabels() throws {
    let (plan, error) = try plan("ch13/exercises/todo-list/v1.yml")
    #expect(error == nil)
    #expect(plan.networks.map(\.request.name) == ["todo_default"])
    #expect(plan.networks[0].request.driver == "overlay")
    #expect(plan.networks[0].request.labels == ["com.docker.stack.namespace": "todo"])
    let web = try #require(plan.services.first)
    #expect(web.name == "todo_todo-web")
    #expect(
      web.labels == [
        "com.docker.stack.image": "diamol/ch06-todo-list", "com.docker.stack.namespace": "todo",
      ])
    #expect(web.taskTemplate.containerSpec?.labels == ["com.docker.stack.namespace": "todo"])
    #expect(
      web.taskTemplate.networks == [
        NetworkAttachmentConfig(target: "todo_default", aliases: ["todo-web"])
      ])
    #expect(web.endpointSpec?.ports == [PortConfig(targetPort: 80, publishedPort: 8080)])
    #expect(web.mode == .replicated(1))
  }

  @Test func v2SetsReplicasAndLimits() throws {
    let web = try #require(try plan("ch13/exercises/todo-list/v2.yml").0.services.first)
    #expect(web.mode == .replicated(2))
    #expect(web.taskTemplate.resources?.limits?.nanoCPUs == 500_000_000)
    #expect(web.taskTemplate.resources?.limits?.memoryBytes == 104_857_600)
  }

  @Test func v3NeedsItsExternalConfig() throws {
    let (missing, error) = try plan("ch13/exercises/todo-list/v3.yml")
    #expect(error == ComposeError(.convert, "service todo-web: config not found: todo-list-config"))
    #expect(missing.networks.map(\.request.name) == ["todo_app-net"])
    #expect(missing.services.isEmpty)
    let (plan, none) = try plan(
      "ch13/exercises/todo-list/v3.yml", ids: ["todo-list-config": "cfg1"])
    #expect(none == nil)
    #expect(plan.services.map(\.name) == ["todo_todo-db", "todo_todo-web"])
    let web = plan.services[1].taskTemplate.containerSpec
    #expect(
      web?.configs == [
        ConfigReference(
          file: FileTarget(name: "/app/config/config.json"), configID: "cfg1",
          configName: "todo-list-config")
      ])
    #expect(plan.services[0].taskTemplate.networks?.first?.aliases == ["todo-db"])
  }

  @Test func v5MountsTheStackVolumeAndPinsTheDatabase() throws {
    let ids = ["todo-list-config": "c", "todo-list-secret": "s"]
    let (plan, error) = try plan("ch13/exercises/todo-list/v5.yml", ids: ids)
    #expect(error == nil)
    let db = plan.services[0]
    #expect(
      db.taskTemplate.containerSpec?.mounts == [
        Mount(
          type: "volume", source: "todo_todo-db-data", target: "/var/lib/postgresql/data",
          volumeOptions: VolumeOptions(labels: ["com.docker.stack.namespace": "todo"]))
      ])
    #expect(db.taskTemplate.containerSpec?.env == ["PGDATA=/var/lib/postgresql/data/pgdata"])
    #expect(db.taskTemplate.placement?.constraints == ["node.labels.storage == raid"])
    let web = plan.services[1].taskTemplate.containerSpec
    #expect(web?.secrets?.first?.secretID == "s")
    #expect(web?.secrets?.first?.file?.name == "/app/config/secrets.json")
  }

  @Test func labUsesThePinnedNetworkName() throws {
    let text = try #require(ExerciseFiles.contents(of: "ch13/lab/image-gallery.yml"))
    let project = try ComposeLoader().load([.init(name: "image-gallery.yml", text: text)]).project
    let (plan, error) = StackConverter.plan(project, namespace: StackNamespace("image-gallery")) {
      _, _ in nil
    }
    #expect(error == nil)
    #expect(plan.networks.map(\.request.name) == ["image-gallery-prod"])
    #expect(
      plan.services.map(\.name) == [
        "image-gallery_accesslog", "image-gallery_image-gallery", "image-gallery_iotd",
      ])
    #expect(plan.services[2].taskTemplate.networks?.first?.target == "image-gallery-prod")
    #expect(plan.services[2].taskTemplate.networks?.first?.aliases == ["iotd"])
  }

  @Test func undeclaredNetworksArePlannedBeforeTheError() throws {
    let yaml = "version: \"3.7\"\nservices:\n  web:\n    image: busybox\n    networks: [app-net]\n"
    let project = try ComposeLoader().load([.init(name: "a.yml", text: yaml)]).project
    let (plan, error) = StackConverter.plan(project, namespace: StackNamespace("x")) { _, _ in nil }
    // 20.10 prints `Creating network x_app-net`, then fails.
    #expect(plan.networks.map(\.request.name) == ["x_app-net"])
    #expect(error == ComposeError(.convert, "service web: undefined network \"app-net\""))
  }
}
