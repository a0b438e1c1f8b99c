import Testing

@testable import SwarmCore

/// The to-do app of chapter 13 as catalog data: SQLite by default, Postgres when its config file
/// says so, failing until a secret gives it a connection string to a reachable `todo-db`.
@Suite struct TodoAppTests {
  let config = Array("{\"Database\": {\"Provider\": \"Postgres\"}}\n".utf8)
  let secret = Array(
    "{\"ConnectionStrings\": {\"ToDoDb\": \"Server=todo-db;Database=todo;User Id=postgres;Password=postgres;\"}}\n"
      .utf8)

  func template(_ image: String, _ cluster: Cluster) -> TaskTemplate {
    TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: cluster.catalog)!)
  }

  func home(_ cluster: inout Cluster) -> Int? {
    try? ClusterHTTP.sendToMesh("GET", port: 8080, path: "/", &cluster).get().status
  }

  @Test func switchesDatabaseWithItsConfigAndSecret() throws {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    let network = try ControlAPI.createNetwork(
      name: "todo_app-net", driver: "overlay", attachable: false, subnet: nil, labels: [], &cluster)
    var web = ServiceSpec(
      name: "todo_todo-web", template: template("diamol/ch06-todo-list", cluster))
    web.ports = [PortConfig(targetPort: 80, publishedPort: 8080)]
    web.template.networks = [network.id]
    let webID = try ControlAPI.createService(web, &cluster).id
    cluster.advance(by: .seconds(3))
    #expect(home(&cluster) == 200)

    let cfg = try ControlAPI.createDataObject(
      .config, name: "todo-list-config", data: config, &cluster)
    try ControlAPI.updateService(webID, &cluster) {
      $0.template.configs = [
        FileReference(objectID: cfg.id, objectName: cfg.name, fileName: "/app/config/config.json")
      ]
    }
    cluster.advance(by: .seconds(15))
    #expect(home(&cluster) == 500)

    let sec = try ControlAPI.createDataObject(
      .secret, name: "todo-list-secret", data: secret, &cluster)
    try ControlAPI.updateService(webID, &cluster) {
      $0.template.secrets = [
        FileReference(objectID: sec.id, objectName: sec.name, fileName: "/app/config/secrets.json")
      ]
    }
    cluster.advance(by: .seconds(15))
    // The connection string names todo-db, which does not run yet.
    #expect(home(&cluster) == 500)

    var db = ServiceSpec(name: "todo_todo-db", template: template("diamol/postgres:11.5", cluster))
    db.template.networks = [network.id]
    db.template.networkAliases = ["todo-db"]
    try ControlAPI.createService(db, &cluster)
    cluster.advance(by: .seconds(3))
    #expect(home(&cluster) == 200)
  }
}
