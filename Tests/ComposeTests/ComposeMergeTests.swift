import Compose
import Testing

/// Several `-c` files merge as the 20.10 client merged them on the real engine (checked with
/// `service inspect` after `docker stack deploy -c c.yml -c d.yml`).
@Suite struct ComposeMergeTests {
  let base = """
    version: "3.7"
    services:
      web:
        image: busybox
        command: sleep 1000
        environment:
          - A=1
          - B=2
        volumes:
          - d1:/data
        ports:
          - 8081:80
          - 8080:80
        networks: [n1]
        deploy:
          replicas: 2
          labels: {a: "1"}
          placement:
            constraints: [node.role == manager]
          update_config:
            parallelism: 2
            order: start-first
    volumes:
      d1:
    networks:
      n1:
    """

  let override = """
    version: "3.7"
    services:
      web:
        command: ["sleep", "2000"]
        environment:
          B: 3
          C: "4"
        volumes:
          - d2:/data2
        ports:
          - 8080:90
        networks: [n2]
        deploy:
          replicas: 1
          labels: {b: "2"}
          placement:
            constraints: [node.role != worker]
          update_config:
            parallelism: 3
      extra:
        image: busybox
    volumes:
      d2:
    networks:
      n2:
    """

  @Test func laterFilesOverrideAppendOrMergeAsDocker() throws {
    let project = try ComposeLoader().load([
      .init(name: "c.yml", text: base), .init(name: "d.yml", text: override),
    ]).project
    #expect(project.services.map(\.name) == ["extra", "web"])
    let web = project.services[1]
    #expect(web.command == ["sleep", "1000", "sleep", "2000"])
    #expect(web.environment.keys.elements == ["A", "B", "C"])
    #expect(web.environment["B"] == .some("3"))
    #expect(web.volumes.map(\.target) == ["/data", "/data2"])
    #expect(
      web.ports == [
        ComposePort(target: 90, published: 8080), ComposePort(target: 80, published: 8081),
      ])
    #expect(web.networks.keys.elements == ["n1", "n2"])
    #expect(web.deploy.replicas == 1)
    #expect(web.deploy.labels.keys.elements == ["a", "b"])
    #expect(web.deploy.constraints == ["node.role == manager", "node.role != worker"])
    #expect(web.deploy.updateConfig?.parallelism == 3)
    #expect(web.deploy.updateConfig?.order == "start-first")
    #expect(project.volumes.keys.elements == ["d1", "d2"])
  }

  @Test func versionsMustMatch() {
    let other = override.replacingOccurrences(of: "\"3.7\"", with: "\"3.8\"")
    #expect(
      throws: ComposeError(.load, "version mismatched between two composefiles : 3.7 and 3.8")
    ) {
      try ComposeLoader().load([
        .init(name: "c.yml", text: base), .init(name: "d.yml", text: other),
      ])
    }
  }

  @Test func unsupportedAndDeprecatedKeysAreWarnedAbout() throws {
    let yaml = """
      version: "3.7"
      services:
        web:
          image: busybox
          restart: always
          build: .
          links: [a]
          container_name: x
          expose: ["80"]
      """
    let result = try ComposeLoader().load([.init(name: "a.yml", text: yaml)])
    #expect(
      result.warnings == """
        Ignoring unsupported options: build, links, restart

        Ignoring deprecated options:

        container_name: Setting the container name is not supported.

        expose: Exposing ports is unnecessary - services on the same network can access each other's containers on any port.


        """)
  }

  @Test func variablesAreSubstituted() throws {
    let yaml = """
      version: "3.7"
      services:
        web:
          image: diamol/ch06-todo-list:${TAG:-latest}
          command: echo $$HOME ${HOME} ${NOPE-d2} $NOPE.
          deploy:
            replicas: ${N}
      """
    let loader = ComposeLoader(environment: ["HOME": "/root", "N": "3"])
    let web = try #require(
      try loader.load([.init(name: "a.yml", text: yaml)]).project.services.first)
    #expect(web.image == "diamol/ch06-todo-list:latest")
    #expect(web.command == ["echo", "$HOME", "/root", "d2", "."])
    #expect(web.deploy.replicas == 3)
  }

  @Test func shortAndLongSyntaxes() throws {
    let yaml = """
      version: "3.7"
      services:
        db:
          image: diamol/postgres:11.5
          environment:
            - FLAG
          ports:
            - target: 5432
              published: 5432
              mode: host
            - "127.0.0.1:9000-9001:80-81/udp"
            - 3000
          volumes:
            - /var/lib/postgresql/data
            - ./conf:/etc/conf:ro
            - type: volume
              source: data
              target: /data
          healthcheck:
            test: pg_isready
            interval: 1m30s
            retries: 3
      volumes:
        data:
      """
    let db = try #require(
      try ComposeLoader().load([.init(name: "a.yml", text: yaml)]).project.services.first)
    #expect(db.environment["FLAG"] == .some(nil))
    #expect(
      db.ports == [
        ComposePort(target: 5432, published: 5432, mode: "host"),
        ComposePort(target: 80, published: 9000, protocolName: "udp"),
        ComposePort(target: 81, published: 9001, protocolName: "udp"),
        ComposePort(target: 3000, published: nil),
      ])
    #expect(
      db.volumes == [
        ComposeMount(kind: .volume, source: nil, target: "/var/lib/postgresql/data"),
        ComposeMount(kind: .bind, source: "./conf", target: "/etc/conf", readOnly: true),
        ComposeMount(kind: .volume, source: "data", target: "/data"),
      ])
    #expect(db.healthcheck?.test == ["CMD-SHELL", "pg_isready"])
    #expect(db.healthcheck?.interval?.description == "1m30s")
    #expect(db.healthcheck?.retries == 3)
  }
}
