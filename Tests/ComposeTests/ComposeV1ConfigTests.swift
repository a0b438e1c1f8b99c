import Compose
import Exercises
import Foundation
import Testing

/// `docker-compose … config` merges compared byte for byte with what the real docker-compose
/// 1.26.2 (the book's time) printed for the same files (Fixtures/compose-v1: the book's chapter 14 chains, two
/// chapter 13 files and two files of awkward cases). `script/compose-reference` regenerates
/// and re-checks the expected files; where it has installed docker-compose, the last test here
/// also runs it.
@Suite struct ComposeV1ConfigTests {
  struct Chain: CustomTestStringConvertible, Sendable {
    var name: String
    var folder: String
    var arguments: [String]
    var testDescription: String { name }

    /// The `-f` files as given.
    var files: [String] {
      zip(arguments, arguments.dropFirst()).filter { $0.0 == "-f" }.map(\.1)
    }
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/compose-v1")

  static let chains: [Chain] = {
    let text =
      (try? String(contentsOf: fixtures.appendingPathComponent("chains.txt"), encoding: .utf8))
      ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 3 else { return nil }
      return Chain(
        name: parts[0], folder: parts[1], arguments: parts[2].split(separator: " ").map(String.init)
      )
    }
  }()

  static func text(of file: String, in folder: String) -> String? {
    let relative = file.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    if folder == "compose-v1" {
      return try? String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
    }
    return ExerciseFiles.contents(of: folder + "/" + relative)
  }

  static func merge(_ chain: Chain) throws -> ComposeV1Config.Merged {
    let sources = try chain.files.map { file in
      ComposeLoader.Source(name: "./" + file, text: try #require(text(of: file, in: chain.folder)))
    }
    return try ComposeV1Config(environment: [:]).merge(
      sources, workingDirectory: "/diamol/" + chain.folder)
  }

  @Test("the chains are all there") func chainsListed() {
    #expect(Self.chains.count == 12)
    #expect(Self.chains.map(\.name).contains("14.3-v5-bad"))
  }

  @Test(arguments: chains) func matchesDockerCompose(_ chain: Chain) throws {
    let expected = try String(
      contentsOf: Self.fixtures.appendingPathComponent(chain.name + ".yml"), encoding: .utf8)
    // compose `print`s the YAML: one more newline than PyYAML wrote.
    let printed = try Self.merge(chain).yaml + "\n"
    #expect(printed == expected)
    if printed != expected {
      let got = printed.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      if let line = Array(zip(got, want)).firstIndex(where: { $0 != $1 }) {
        Issue.record("line \(line + 1): got \(got[line]) want \(want[line])")
      }
    }
  }

  /// What the real 1.26.2 wrote on stderr for the same files.
  @Test func warnings() throws {
    func deploy(_ services: String) -> String {
      "Some services (\(services)) use the 'deploy' key, which will be ignored. Compose does not support 'deploy' configuration - use `docker stack deploy` to deploy to a swarm."
    }
    let unset = "The SWARMLAB_UNSET_VARIABLE variable is not set. Defaulting to a blank string."
    let edge = try #require(Self.chains.first { $0.name == "edge-one-file" })
    #expect(try Self.merge(edge).warnings == [unset, deploy("web")])
    let merged = try #require(Self.chains.first { $0.name == "edge-merge" })
    #expect(try Self.merge(merged).warnings == [unset, deploy("other, web")])
    let ch13 = try #require(Self.chains.first { $0.name == "13-v6-merge" })
    #expect(
      try Self.merge(ch13).warnings == [
        deploy("todo-db, todo-web"),
        "Some services (todo-web) use the 'configs' key, which will be ignored. Compose does not support 'configs' configuration - use `docker stack deploy` to deploy to a swarm.",
      ])
  }

  @Test func errors() {
    func message(_ yaml: String) -> String? {
      do {
        _ = try ComposeV1Config(environment: [:]).merge(
          [ComposeLoader.Source(name: "./a.yml", text: yaml)], workingDirectory: "/")
        return nil
      } catch { return error.message }
    }
    #expect(
      message("version: 3.7\nservices: {}\n")
        == "Version in \"./a.yml\" is invalid - it should be a string.")
    #expect(
      message("version: \"1.5\"\nservices: {}\n") == "Version \"1.5\" in \"./a.yml\" is invalid.")
    #expect(
      message("version: \"3.7\"\nservices:\n  web:\n    image: ${\n")
        == "Invalid interpolation format for \"image\" option in service \"web\": \"${\"")
    #expect(
      message("version: \"3.7\"\nservices:\n  web:\n    ports: [\"80:x\"]\n")?.hasPrefix(
        "Invalid port \"80:x\"") == true)
    #expect(
      message("- a\n")
        == "Top level object in './a.yml' needs to be an object not '<class 'list'>'.")
    #expect(
      message("version: \"3.7\"\nservices:\n  a: x\n")
        == "In file './a.yml', service 'a' must be a mapping not a string.")
  }

  /// The installed docker-compose (script/compose-reference's), if any.
  static let realCompose: String? = {
    let venv =
      ProcessInfo.processInfo.environment["SWARMLAB_COMPOSE_VENV"]
      ?? "/tmp/swarmlab-compose126-venv"
    let path = venv + "/bin/docker-compose"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }()

  @Test(
    .enabled(
      if: realCompose != nil,
      "docker-compose 1.26.2 is not installed here (script/compose-reference installs it in a venv)"
    ))
  func realDockerComposeAgrees() throws {
    let compose = try #require(Self.realCompose)
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "swarmlab-compose-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    // Three chains keep this quick: the book's longest, the lab's and the awkward cases.
    for name in ["14.3-rollback-config", "14.6-lab-v2", "edge-merge"] {
      let chain = try #require(Self.chains.first { $0.name == name })
      let folder = root.appendingPathComponent(chain.folder)
      for file in chain.files {
        let url = folder.appendingPathComponent(file)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try #require(Self.text(of: file, in: chain.folder)).write(
          to: url, atomically: true, encoding: .utf8)
      }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: compose)
      process.arguments = chain.arguments
      process.currentDirectoryURL = folder
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(
        String(decoding: data, as: UTF8.self) == (try Self.merge(chain).yaml + "\n"), "\(name)")
    }
  }
}
