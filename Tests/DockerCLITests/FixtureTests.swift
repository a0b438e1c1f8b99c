import Testing

@testable import DockerCLI

/// Compares the grammar with outputs captured from the real docker 20.10 client.
@Suite struct FixtureTests {
  @Test(arguments: FixtureFiles.names(in: "help"))
  func helpMatchesDocker(name: String) {
    let argv = name == "docker" ? [] : name.split(separator: "_").map(String.init)
    let outcome = DockerGrammar.parse(argv + ["--help"])
    guard case .help(let text, let stream, let code) = outcome else {
      Issue.record("\(name): \(outcome)")
      return
    }
    #expect(text == FixtureFiles.text("help", name))
    #expect(stream == .stdout)
    #expect(code == 0)
  }

  @Test(arguments: FixtureFiles.names(in: "errors"))
  func errorMatchesDocker(name: String) {
    let fixture = FixtureFiles.errorCase(name)
    switch DockerGrammar.parse(fixture.argv) {
    case .error(let error):
      #expect(error.message + "\n" == fixture.output)
      #expect(error.exitCode == fixture.exitCode)
      #expect(fixture.stream == "stderr")
    case .help(let text, let stream, let code):
      #expect(text == fixture.output)
      #expect(code == fixture.exitCode)
      #expect((stream == .stdout ? "stdout" : "stderr") == fixture.stream)
    case .command(let parsed):
      // Errors raised by the command itself (RunE), e.g. `swarm join-token bogus`.
      #expect(fixture.exitCode == 1, "\(name) parsed as \(parsed.path)")
    case .notSimulated(let path):
      Issue.record("\(name): not simulated \(path)")
    }
  }
}
