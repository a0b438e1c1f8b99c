import Compose
import Engine
import EngineAPI
import Stack
import SwarmCore
import Testing

/// Bad compose files, each with the message a real docker 20.10 client printed for it
/// (`docker stack deploy -c bad.yml x` on tools/real-swarm, Debian docker.io 20.10.24).
@Suite struct ComposeErrorTableTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var message: String
    var stage: ComposeError.Stage = .load
    var testDescription: String { name }
  }

  static let header = "version: \"3.7\"\nservices:\n  web:\n    image: busybox\n"

  static let cases: [Case] = [
    Case(
      name: "bad indentation",
      yaml: "version: \"3.7\"\nservices:\n  web:\n    image: busybox\n   ports: x\n",
      message: "yaml: line 4: did not find expected key"),
    Case(
      name: "tab", yaml: "version: \"3.7\"\nservices:\n\tweb:\n    image: busybox\n",
      message: "yaml: line 3: found character that cannot start any token"),
    Case(
      name: "tab after a value", yaml: header + "\tports: 1\n",
      message: "yaml: line 5: found a tab character that violates indentation"),
    Case(
      name: "undefined alias", yaml: "version: \"3.7\"\nservices:\n  web:\n    image: *x\n",
      message: "yaml: unknown anchor 'x' referenced"),
    Case(name: "empty file", yaml: "", message: "Top-level object must be a mapping"),
    Case(name: "a list", yaml: "- a\n- b\n", message: "Top-level object must be a mapping"),
    Case(
      name: "no version", yaml: "services:\n  web:\n    image: busybox\n",
      message: "unsupported Compose file version: 1.0"),
    Case(
      name: "version 2", yaml: "version: \"2\"\nservices:\n  web:\n    image: busybox\n",
      message: "unsupported Compose file version: 2"),
    Case(
      name: "version 3.10", yaml: "version: \"3.10\"\nservices:\n  web:\n    image: busybox\n",
      message: "unsupported Compose file version: 3.10"),
    Case(
      name: "numeric version", yaml: "version: 3.7\nservices:\n  web:\n    image: busybox\n",
      message: "version must be a string"),
    Case(
      name: "unknown top-level key",
      yaml: "version: \"3.7\"\nservics:\n  web:\n    image: busybox\n",
      message: "(root) Additional property servics is not allowed"),
    Case(
      name: "unknown service key", yaml: "version: \"3.7\"\nservices:\n  web:\n    imag: busybox\n",
      message: "services.web Additional property imag is not allowed"),
    Case(
      name: "unknown deploy key", yaml: header + "    deploy:\n      replica: 2\n",
      message: "services.web.deploy Additional property replica is not allowed"),
    Case(
      name: "replicas not a number", yaml: header + "    deploy:\n      replicas: two\n",
      message: "services.web.deploy.replicas must be a integer"),
    Case(
      name: "replicas quoted", yaml: header + "    deploy:\n      replicas: \"2\"\n",
      message: "services.web.deploy.replicas must be a integer"),
    Case(
      name: "ports not a list", yaml: header + "    ports: 8080\n",
      message: "services.web.ports must be a list"),
    Case(
      name: "port item a boolean", yaml: header + "    ports: [true]\n",
      message: "services.web.ports.0 must be a number"),
    Case(
      name: "port item with unknown key", yaml: header + "    ports:\n      - {a: 1}\n",
      message: "services.web.ports.0 Additional property a is not allowed"),
    Case(
      name: "bad host port", yaml: header + "    ports:\n      - \"80x:80\"\n",
      message: "1 error(s) decoding:\n\n* error decoding 'Ports': Invalid hostPort: 80x"),
    Case(
      name: "environment a number", yaml: header + "    environment: 5\n",
      message: "services.web.environment must be a mapping"),
    Case(
      name: "environment item a mapping", yaml: header + "    environment: [{a: 1}]\n",
      message: "services.web.environment.0 must be a string"),
    Case(
      name: "command a number", yaml: header + "    command: 5\n",
      message: "services.web.command must be a string"),
    Case(
      name: "networks a string", yaml: header + "    networks: app\n",
      message: "services.web.networks must be a list"),
    Case(
      name: "network item a number", yaml: header + "    networks: [5]\n",
      message: "services.web.networks.0 must be a string"),
    Case(
      name: "config item a number", yaml: header + "    configs: [5]\n",
      message: "services.web.configs.0 must be a string"),
    Case(
      name: "volume item a number", yaml: header + "    volumes: [5]\n",
      message: "services.web.volumes.0 must be a string"),
    Case(
      name: "cpus a number",
      yaml: header + "    deploy:\n      resources:\n        limits:\n          cpus: 0.5\n",
      message: "services.web.deploy.resources.limits.cpus must be a string"),
    Case(
      name: "memory not a size",
      yaml: header + "    deploy:\n      resources:\n        limits:\n          memory: lots\n",
      message:
        "1 error(s) decoding:\n\n* error decoding 'Deploy.Resources.Limits.memory': invalid size: 'lots'"
    ),
    Case(
      name: "bad duration", yaml: header + "    healthcheck:\n      interval: soon\n",
      message: "services.web.healthcheck.interval Does not match format 'duration'"),
    Case(
      name: "duration a number",
      yaml: header + "    deploy:\n      update_config:\n        monitor: 5\n",
      message: "services.web.deploy.update_config.monitor must be a string"),
    Case(
      name: "retries not a number", yaml: header + "    healthcheck: {retries: x}\n",
      message: "services.web.healthcheck.retries must be a number"),
    Case(
      name: "deploy labels a number", yaml: header + "    deploy: {labels: 5}\n",
      message: "services.web.deploy.labels must be a mapping"),
    Case(
      name: "deeper error wins", yaml: header + "    hostname: 5\n    deploy: {replicas: x}\n",
      message: "services.web.deploy.replicas must be a integer"),
    Case(
      name: "services a list", yaml: "version: \"3.7\"\nservices: [web]\n",
      message: "services must be a mapping"),
    Case(
      name: "service empty", yaml: "version: \"3.7\"\nservices:\n  web:\n",
      message: "services.web must be a mapping"),
    Case(
      name: "network key n is a boolean", yaml: header + "networks:\n  n:\n    driver: overlay\n",
      message: "Non-string key in networks: false"),
    Case(
      name: "unterminated variable",
      yaml: "version: \"3.7\"\nservices:\n  web:\n    image: ${IMG\n",
      message:
        "invalid interpolation format for services.web.image: \"${IMG\"; you may need to escape any $ with another $"
    ),
    Case(
      name: "required variable",
      yaml: "version: \"3.7\"\nservices:\n  web:\n    image: ${NOPE:?need an image}\n",
      message:
        "invalid interpolation format for services.web.image: \"required variable NOPE is missing a value: need an image\"; you may need to escape any $ with another $"
    ),
    Case(
      name: "forbidden keys", yaml: header + "    extends: web\n    mem_limit: 5\n",
      message:
        "Compose file contains unsupported options:\n\nextends: Support for `extends` is not implemented yet.\n\nmem_limit: Set resource limits using deploy.resources\n"
    ),
    Case(
      name: "undefined network", yaml: header + "    networks:\n      - app-net\n",
      message: "service web: undefined network \"app-net\"", stage: .convert),
    Case(
      name: "undefined config",
      yaml: header + "    configs:\n      - source: cfg\n        target: /x\n",
      message: "service web: undefined config \"cfg\"", stage: .convert),
    Case(
      name: "undefined secret", yaml: header + "    secrets:\n      - sec\n",
      message: "service web: undefined secret \"sec\"", stage: .convert),
    Case(
      name: "undefined volume", yaml: header + "    volumes:\n      - data:/data\n",
      message: "service web: undefined volume \"data\"", stage: .convert),
    Case(
      name: "unknown mode", yaml: header + "    deploy:\n      mode: both\n",
      message: "service web: Unknown mode: both", stage: .convert),
    Case(
      name: "cpus not a number",
      yaml: header + "    deploy: {resources: {limits: {cpus: \"x\"}}}\n",
      message: "service web: failed to parse x as a rational number", stage: .convert),
  ]

  @Test(arguments: cases)
  func refused(_ example: Case) {
    let loader = ComposeLoader(environment: [:])
    let source = ComposeLoader.Source(name: "bad.yml", text: example.yaml)
    do {
      let result = try loader.load([source])
      let error = result.project.referenceError()
      #expect(error?.message == example.message)
      #expect(error?.stage == example.stage)
    } catch {
      #expect(error.message == example.message)
      #expect(error.stage == example.stage)
    }
  }

  @Test func missingExternalConfigIsReportedAfterLoading() throws {
    let yaml =
      Self.header
      + "    configs:\n      - source: c\n        target: /x\nconfigs:\n  c:\n    external: true\n"
    let result = try ComposeLoader().load([.init(name: "a.yml", text: yaml)])
    let error = result.project.referenceError { kind, name in
      #expect(kind == .config)
      #expect(name == "c")
      return false
    }
    #expect(error == ComposeError(.convert, "service web: config not found: c"))
  }

  /// The files that load but cannot be converted, and one the daemon refuses (no image), all
  /// deployed on a swarm: docker's error, and no service is created (20.10 has created the
  /// stack's networks by then, as here).
  @Test func badFilesDeployNoService() throws {
    var examples = Self.cases.filter { $0.stage == .convert }
    examples.append(
      Case(
        name: "missing image", yaml: "version: \"3.7\"\nservices:\n  web:\n    command: x\n",
        message:
          "failed to create service bad_web: Error response from daemon: rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided"
      ))
    #expect(examples.count == 7)
    for example in examples {
      var engine = Engine(cluster: Cluster())
      _ = try engine.swarmInit(SwarmInitRequest())
      let project = try ComposeLoader(environment: [:]).load([
        .init(name: "bad.yml", text: example.yaml)
      ]).project
      let outcome = StackDeployer(namespace: StackNamespace("bad")).deploy(project, on: &engine)
      #expect(outcome.error == example.message, "\(example.name)")
      #expect(try engine.serviceList(ServiceListOptions()).isEmpty, "\(example.name)")
    }
  }
}
