import Compose
import Exercises
import Testing

/// The bundled exercise files load as the chapters need them, alone and merged.
@Suite struct ExerciseComposeTests {
  func load(_ paths: String...) throws -> ComposeLoader.Result {
    let sources = try paths.map { path in
      let text = try #require(ExerciseFiles.contents(of: path), "\(path) is bundled")
      return ComposeLoader.Source(name: path, text: text)
    }
    return try ComposeLoader().load(sources)
  }

  @Test func bundleIsSortedAndHasTheChapterFiles() {
    let paths = ExerciseFiles.all.map(\.path)
    #expect(paths == paths.sorted())
    for version in 1...6 {
      #expect(paths.contains("ch13/exercises/todo-list/v\(version).yml"))
    }
    #expect(paths.contains("ch13/exercises/todo-list/configs/config.json"))
    #expect(paths.contains("ch13/exercises/todo-list/secrets/secrets.json"))
    #expect(paths.contains("ch13/lab/image-gallery.yml"))
    #expect(paths.contains("ch14/exercises/numbers/prod-full.yml"))
  }

  @Test func configAndSecretHoldTheBooksSettings() throws {
    let config = try #require(
      ExerciseFiles.contents(of: "ch13/exercises/todo-list/configs/config.json"))
    #expect(config.contains("\"Provider\": \"Postgres\""))
    #expect(config.hasSuffix("}\n"))
    let secret = try #require(
      ExerciseFiles.contents(of: "ch13/exercises/todo-list/secrets/secrets.json"))
    #expect(secret.contains("Server=todo-db;Database=todo;User Id=postgres;Password=postgres;"))
  }

  @Test func v1PublishesTheWebApp() throws {
    let result = try load("ch13/exercises/todo-list/v1.yml")
    #expect(result.warnings == "")
    let web = try #require(result.project.service(named: "todo-web"))
    #expect(web.image == "diamol/ch06-todo-list")
    #expect(web.ports == [ComposePort(target: 80, published: 8080)])
    #expect(web.networks.isEmpty)
    #expect(result.project.referenceError() == nil)
  }

  @Test func v2AddsReplicasAndLimits() throws {
    let web = try #require(try load("ch13/exercises/todo-list/v2.yml").project.services.first)
    #expect(web.deploy.replicas == 2)
    #expect(web.deploy.limits.cpus == "0.50")
    #expect(web.deploy.limits.memoryBytes == Int64(104_857_600))
  }

  @Test func v5HasTheVolumeConstraintAndFileReferences() throws {
    let project = try load("ch13/exercises/todo-list/v5.yml").project
    #expect(project.services.map(\.name) == ["todo-db", "todo-web"])
    let db = project.services[0]
    #expect(db.environment["PGDATA"] == .some("/var/lib/postgresql/data/pgdata"))
    #expect(
      db.volumes == [
        ComposeMount(kind: .volume, source: "todo-db-data", target: "/var/lib/postgresql/data")
      ])
    #expect(db.deploy.constraints == ["node.labels.storage == raid"])
    let web = project.services[1]
    #expect(
      web.configs == [
        ComposeFileReference(source: "todo-list-config", target: "/app/config/config.json")
      ])
    #expect(
      web.secrets == [
        ComposeFileReference(source: "todo-list-secret", target: "/app/config/secrets.json")
      ])
    #expect(project.configs["todo-list-config"]?.isExternal == true)
    #expect(project.secrets["todo-list-secret"]?.isExternal == true)
    #expect(project.volumes.keys.elements == ["todo-db-data"])
    #expect(project.networks.keys.elements == ["app-net"])
    #expect(project.referenceError() == nil)
  }

  @Test func labPinsTheNetworkName() throws {
    let project = try load("ch13/lab/image-gallery.yml").project
    #expect(project.services.map(\.name) == ["accesslog", "image-gallery", "iotd"])
    #expect(project.services.map(\.deploy.replicas) == [3, 2, 5])
    #expect(project.networks["app-net"]?.name == "image-gallery-prod")
  }

  @Test func chapter14MergeChainOverridesLaterFilesWin() throws {
    let project = try load(
      "ch14/exercises/numbers/docker-compose.yml", "ch14/exercises/numbers/prod.yml",
      "ch14/exercises/numbers/prod-healthcheck.yml",
      "ch14/exercises/numbers/prod-update-config.yml",
      "ch14/exercises/numbers/v3.yml"
    ).project
    let api = try #require(project.service(named: "numbers-api"))
    #expect(api.image == "diamol/ch08-numbers-api:v3")
    #expect(api.deploy.replicas == 6)
    #expect(api.deploy.updateConfig?.parallelism == 3)
    #expect(api.deploy.updateConfig?.order == "start-first")
    #expect(api.healthcheck?.interval?.description == "2s")
    #expect(api.healthcheck?.test == nil)
    let web = try #require(project.service(named: "numbers-web"))
    #expect(web.deploy.mode == "global")
    #expect(web.ports == [ComposePort(target: 80, published: 80, mode: "host")])
    #expect(web.environment["RngApi__Url"] == .some("http://numbers-api/rng"))
    #expect(project.networks["app-net"]?.name == "numbers-prod")
  }
}
