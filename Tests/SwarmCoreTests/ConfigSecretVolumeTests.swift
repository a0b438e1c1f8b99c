import Testing

@testable import SwarmCore

/// Configs, secrets and volumes in the simulated swarm, with the messages and lifetimes a real
/// 20.10 engine showed (tools/real-swarm, chapter 13's flows).
@Suite struct ConfigSecretVolumeTests {
  let todo = "diamol/ch06-todo-list"
  let postgres = "diamol/postgres:11.5"
  let configJSON = Array("{\n  \"Database\": {\n    \"Provider\": \"Postgres\"\n  }\n}\n".utf8)
  let secretJSON = Array(
    "{\n  \"ConnectionStrings\": {\n    \"ToDoDb\": \"Server=todo-db;Database=todo;User Id=postgres;Password=postgres;\"\n  }\n}\n"
      .utf8)

  func swarm() throws -> Cluster {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    return cluster
  }

  func spec(_ name: String, _ image: String, _ cluster: Cluster) -> ServiceSpec {
    let resolved = ControlAPI.resolveImage(image, catalog: cluster.catalog) ?? image
    return ServiceSpec(name: name, template: TaskTemplate(image: image, resolvedImage: resolved))
  }

  func runningContainer(of serviceID: String, _ cluster: Cluster) -> Container? {
    cluster.state.containers.values.first { $0.serviceID == serviceID && $0.isRunning }
  }

  @Test func configsAreImmutableNamedObjects() throws {
    var cluster = try swarm()
    let config = try ControlAPI.createDataObject(
      .config, name: "todo-list-config", data: configJSON, &cluster)
    #expect(config.createdAt == cluster.now && config.updatedAt == cluster.now)
    #expect(config.id.count == 25)
    #expect(
      throws: ControlError.plain(
        "rpc error: code = AlreadyExists desc = config todo-list-config already exists")
    ) {
      try ControlAPI.createDataObject(.config, name: "todo-list-config", data: configJSON, &cluster)
    }
    #expect(
      throws: ControlError.invalidArgument(
        "invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]"
      )
    ) { try ControlAPI.createDataObject(.config, name: "bad name!", data: configJSON, &cluster) }
    #expect(
      throws: ControlError.invalidArgument(
        "secret data must be larger than 0 and less than 512000 bytes")
    ) { try ControlAPI.createDataObject(.secret, name: "empty", data: [], &cluster) }
    #expect(
      try cluster.state.resolveDataObject(.config, String(config.id.prefix(5))).name
        == "todo-list-config")
    #expect(throws: ControlError.notFound(kind: "secret", ref: "todo-list-config")) {
      try cluster.state.resolveDataObject(.secret, "todo-list-config")
    }
  }

  @Test func anObjectInUseCannotBeRemoved() throws {
    var cluster = try swarm()
    let config = try ControlAPI.createDataObject(.config, name: "cfg", data: configJSON, &cluster)
    for name in ["u2", "u1"] {
      var s = spec(name, todo, cluster)
      s.template.configs = [FileReference(objectID: config.id, objectName: "cfg", fileName: "cfg")]
      try ControlAPI.createService(s, &cluster)
    }
    let users = cluster.state.services.values.sorted { $0.id < $1.id }.map(\.spec.name)
    #expect(
      throws: ControlError.invalidArgument(
        "config 'cfg' is in use by the following services: \(users.joined(separator: ", "))")
    ) { try ControlAPI.removeDataObject(.config, "cfg", &cluster) }
    for id in cluster.state.services.keys.elements { try ControlAPI.removeService(id, &cluster) }
    try ControlAPI.removeDataObject(.config, "cfg", &cluster)
    #expect(cluster.state.configs.isEmpty)
  }

  @Test func aServiceCannotReferenceAMissingSecret() throws {
    var cluster = try swarm()
    var s = spec("web", todo, cluster)
    s.template.secrets = [FileReference(objectID: "nosuchid", objectName: "nosuch", fileName: "x")]
    #expect(throws: ControlError.invalidArgument("secret not found: nosuch")) {
      try ControlAPI.createService(s, &cluster)
    }
  }

  @Test func filesAppearAtTheirTargetInTheContainer() throws {
    var cluster = try swarm()
    let config = try ControlAPI.createDataObject(.config, name: "cfg", data: configJSON, &cluster)
    let secret = try ControlAPI.createDataObject(.secret, name: "sec", data: secretJSON, &cluster)
    var s = spec("web", todo, cluster)
    s.template.configs = [
      FileReference(objectID: config.id, objectName: "cfg", fileName: "cfg"),
      FileReference(objectID: config.id, objectName: "cfg", fileName: "/app/config/config.json"),
    ]
    s.template.secrets = [FileReference(objectID: secret.id, objectName: "sec", fileName: "sec")]
    let service = try ControlAPI.createService(s, &cluster)
    cluster.advance(by: .seconds(3))
    let container = try #require(runningContainer(of: service.id, cluster))
    let files = cluster.state.mountedFiles(inContainer: container.id)
    #expect(files.map(\.path) == ["/cfg", "/app/config/config.json", "/run/secrets/sec"])
    #expect(
      cluster.state.mountedFile("/app/config/config.json", inContainer: container.id) == configJSON)
    #expect(cluster.state.mountedFile("/run/secrets/sec", inContainer: container.id) == secretJSON)
    #expect(cluster.state.mountedFile("/etc/passwd", inContainer: container.id) == nil)
  }

  @Test func imageVolumesAreAnonymousAndGoWithTheirContainer() throws {
    var cluster = try swarm()
    let service = try ControlAPI.createService(spec("db", postgres, cluster), &cluster)
    cluster.advance(by: .seconds(3))
    let first = try #require(runningContainer(of: service.id, cluster))
    let anonymous = try #require(cluster.state.volumes.values.first)
    #expect(cluster.state.volumes.count == 1)
    #expect(anonymous.name.count == 64 && anonymous.anonymousOwner == first.id)
    #expect(first.mounts.map(\.destination) == ["/var/lib/postgresql/data"])
    // A replacement task gets a fresh volume; the old container (kept as history) keeps its own.
    try ControlAPI.updateService(service.id, &cluster) { $0.template.forceUpdate += 1 }
    cluster.advance(by: .seconds(15))
    #expect(cluster.state.volumes.count == 2)
    try ControlAPI.removeService(service.id, &cluster)
    cluster.advance(by: .seconds(15))
    #expect(cluster.state.volumes.isEmpty)
  }

  @Test func namedVolumesOutliveTasksAndServices() throws {
    var cluster = try swarm()
    var s = spec("todo_todo-db", postgres, cluster)
    var mount = Mount(
      kind: .volume, source: "todo_todo-db-data", target: "/var/lib/postgresql/data")
    mount.volumeLabels = [Label("com.docker.stack.namespace", "todo")]
    s.template.mounts = [mount]
    let service = try ControlAPI.createService(s, &cluster)
    cluster.advance(by: .seconds(3))
    // The named mount covers the image's VOLUME path: no anonymous volume.
    #expect(cluster.state.volumes.values.map(\.name) == ["todo_todo-db-data"])
    #expect(cluster.state.volumes.values.first?.labels == mount.volumeLabels)
    #expect(
      throws: ControlError.plain(
        "remove todo_todo-db-data: volume is in use - [\(runningContainer(of: service.id, cluster)!.id)]"
      )
    ) { try ControlAPI.removeVolume("todo_todo-db-data", force: false, &cluster) }
    let catalog = cluster.catalog
    try ControlAPI.updateService(service.id, &cluster) {
      $0.template.image = "diamol/postgres:11.6"
      $0.template.resolvedImage = ControlAPI.resolveImage("diamol/postgres:11.6", catalog: catalog)!
    }
    cluster.advance(by: .seconds(15))
    #expect(cluster.state.volumes.values.map(\.name) == ["todo_todo-db-data"])
    try ControlAPI.removeService(service.id, &cluster)
    cluster.advance(by: .seconds(15))
    #expect(cluster.state.volumes.values.map(\.name) == ["todo_todo-db-data"])
    try ControlAPI.removeVolume("todo_todo-db-data", force: false, &cluster)
    #expect(cluster.state.volumes.isEmpty)
    #expect(throws: ControlError.plain("get todo_todo-db-data: no such volume")) {
      try ControlAPI.removeVolume("todo_todo-db-data", force: false, &cluster)
    }
  }

  @Test func volumeCreateIsIdempotent() throws {
    var cluster = Cluster()
    let first = try ControlAPI.createVolume(name: "data", &cluster)
    cluster.advance(by: .seconds(5))
    let again = try ControlAPI.createVolume(name: "data", &cluster)
    #expect(first == again)
    #expect(ControlAPI.volumes(cluster).map(\.name) == ["data"])
  }
}
