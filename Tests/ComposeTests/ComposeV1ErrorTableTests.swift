import Foundation
import Testing

@testable import Compose

/// Broken compose files, each with the message the real docker-compose 1.26.2 (PyYAML 5.4.1)
/// printed for `docker-compose -f ./a.yml config`: YAML syntax errors in PyYAML's words (where
/// libyaml's differ), schema errors in compose's, and casts that fail.
@Suite struct ComposeV1ErrorTableTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var message: String
    var testDescription: String { name }
  }

  static let header = "version: \"3.7\"\nservices:\n  web:\n    image: nginx\n"
  static let invalid = "The Compose file './a.yml' is invalid because:\n"

  static let cases: [Case] = [
    Case(
      name: "a key indented too little", yaml: header + "   ports:\n      - 80:80\n",
      message: """
        yaml.parser.ParserError: while parsing a block mapping
          in "./a.yml", line 3, column 3
        expected <block end>, but found '<block mapping start>'
          in "./a.yml", line 5, column 4
        """),
    Case(
      name: "a list item indented too much",
      yaml: header + "    ports:\n      - 80:80\n     - 81:81\n",
      message: """
        yaml.parser.ParserError: while parsing a block mapping
          in "./a.yml", line 4, column 5
        expected <block end>, but found '<block sequence start>'
          in "./a.yml", line 7, column 6
        """),
    Case(
      name: "a key among list items",
      yaml: header + "    environment:\n      - A=1\n      B: 2\n",
      message: """
        yaml.parser.ParserError: while parsing a block collection
          in "./a.yml", line 6, column 7
        expected <block end>, but found '?'
          in "./a.yml", line 7, column 7
        """),
    Case(
      name: "a tab", yaml: "version: \"3.7\"\nservices:\n  web:\n\timage: nginx\n",
      message: """
        yaml.scanner.ScannerError: while scanning for the next token
        found character '\\t' that cannot start any token
          in "./a.yml", line 4, column 1
        """),
    Case(
      name: "a tab after a value", yaml: header + "\tports: 1\n",
      message: """
        yaml.scanner.ScannerError: while scanning for the next token
        found character '\\t' that cannot start any token
          in "./a.yml", line 5, column 1
        """),
    Case(
      name: "an unclosed quote", yaml: "version: \"3.7\"\nservices:\n  web:\n    image: \"nginx\n",
      message: """
        yaml.scanner.ScannerError: while scanning a quoted scalar
          in "./a.yml", line 4, column 12
        found unexpected end of stream
          in "./a.yml", line 5, column 1
        """),
    Case(
      name: "an unclosed bracket", yaml: header + "    command: [a, b\n",
      message: """
        yaml.parser.ParserError: while parsing a flow sequence
          in "./a.yml", line 5, column 14
        expected ',' or ']', but got '<stream end>'
          in "./a.yml", line 6, column 1
        """),
    Case(
      name: "a bracket never closed", yaml: "services: [\n",
      message: """
        yaml.parser.ParserError: while parsing a flow node
        expected the node content, but found '<stream end>'
          in "./a.yml", line 2, column 1
        """),
    Case(
      name: "a mapping value too deep", yaml: header + "      ports: 1\n",
      message: """
        yaml.scanner.ScannerError: mapping values are not allowed here
          in "./a.yml", line 5, column 12
        """),
    Case(
      name: "an undefined alias", yaml: "version: \"3.7\"\nservices:\n  web:\n    image: *x\n",
      message: """
        yaml.composer.ComposerError: found undefined alias 'x'
          in "./a.yml", line 4, column 12
        """),
    Case(
      name: "an unknown service option", yaml: header + "    foo: bar\n",
      message: invalid + "Unsupported config option for services.web: 'foo'"),
    Case(
      name: "an unknown top-level key", yaml: "version: \"3.7\"\nfoo: bar\nservices: {}\n",
      message: invalid
        + "Invalid top-level property \"foo\". Valid top-level sections for this Compose file are: version, services, networks, volumes, secrets, configs, and extensions starting with \"x-\".\n\n"
        + ComposeV1Config.versionExplanation),
    Case(
      name: "an unknown deploy option", yaml: header + "    deploy:\n      replica: 2\n",
      message: invalid
        + "services.web.deploy value Additional properties are not allowed ('replica' was unexpected)"
    ),
    Case(
      name: "two errors, sorted",
      yaml: header + "    deploy:\n      replicas: 2\n      foo: 1\n    bar: 2\n",
      message: invalid + "Unsupported config option for services.web: 'bar'\n"
        + "services.web.deploy value Additional properties are not allowed ('foo' was unexpected)"
    ),
    Case(
      name: "three errors, sorted as compose sorts them",
      yaml: header + "    ports: 80\n    deploy:\n      replica: 2\n    foo: bar\n    bar: 1\n",
      message: invalid + "Unsupported config option for services.web: 'bar'\n"
        + "services.web.ports contains an invalid type, it should be an array\n"
        + "services.web.deploy value Additional properties are not allowed ('replica' was unexpected)"
    ),
    Case(
      name: "ports not a list", yaml: header + "    ports: 80\n",
      message: invalid + "services.web.ports contains an invalid type, it should be an array"),
    Case(
      name: "environment a string", yaml: header + "    environment: FOO\n",
      message: invalid
        + "services.web.environment contains an invalid type, it should be an object, or an array"
    ),
    Case(
      name: "replicas not a number", yaml: header + "    deploy:\n      replicas: two\n",
      message:
        "Error while attempting to convert service.web.deploy.replicas to appropriate type: \"two\" is not a valid integer"
    ),
    Case(
      name: "version 4", yaml: "version: \"4\"\nservices: {}\n",
      message: "Version in \"./a.yml\" is unsupported. " + ComposeV1Config.versionExplanation),
    Case(
      name: "version 3.9 (newer than compose 1.26)", yaml: "version: \"3.9\"\nservices: {}\n",
      message: "Version in \"./a.yml\" is unsupported. " + ComposeV1Config.versionExplanation),
  ]

  static func message(_ yaml: String) -> String? {
    do {
      _ = try ComposeV1Config(environment: [:]).merge(
        [ComposeLoader.Source(name: "./a.yml", text: yaml)], workingDirectory: "/")
      return nil
    } catch { return error.message }
  }

  @Test(arguments: cases) func simulated(_ c: Case) {
    #expect(Self.message(c.yaml) == c.message)
  }

  /// The same files through the installed docker-compose 1.26.2 (which prints its errors
  /// without the `ERROR: ` of a terminal when stderr is a pipe).
  @Test(
    .enabled(
      if: ComposeV1ConfigTests.realCompose != nil,
      "docker-compose 1.26.2 is not installed here (script/compose-reference installs it in a venv)"
    ))
  func realDockerComposeAgrees() throws {
    let compose = try #require(ComposeV1ConfigTests.realCompose)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "swarmlab-compose-errors-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for c in Self.cases {
      try c.yaml.write(
        to: folder.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: compose)
      process.arguments = ["-f", "a.yml", "config"]  // compose names it ./a.yml
      process.currentDirectoryURL = folder
      let pipe = Pipe()
      process.standardError = pipe
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(String(decoding: data, as: UTF8.self) == c.message + "\n", "\(c.name)")
    }
  }
}
