import Compose
import DockerCLI
import Exercises
import Stack

/// `docker stack deploy -c FILE… NAME`: the compose files are read from the session's files
/// (for now the bundled exercise tree, by its path; the workspace will resolve `./` paths), then
/// deployed through the engine as docker/cli does (the Stack module).
extension Session {
  func stackDeploy(_ parsed: ParsedCommand) -> SessionOutput {
    let paths = parsed.flags.strings("compose-file")
    guard !paths.isEmpty else {
      return failure("Please specify a Compose file (with --compose-file).", code: 1)
    }
    if paths.contains("-") {
      return failure("swarmlab: 'docker stack deploy -c -' (stdin) is not simulated in SwarmLab", code: 127)
    }
    if let mode = parsed.flags.string("resolve-image"), mode != "always" {
      return failure("swarmlab: 'docker stack deploy --resolve-image \(mode)' is not simulated in SwarmLab", code: 127)
    }
    var sources: [ComposeLoader.Source] = []
    for path in paths {
      guard let text = Self.composeFile(path) else {
        return failure("open \(path): no such file or directory", code: 1)
      }
      sources.append(ComposeLoader.Source(name: path, text: text))
    }
    var output = SessionOutput()
    let project: ComposeProject
    do {
      let loaded = try ComposeLoader().load(sources)
      if !loaded.warnings.isEmpty { output.chunks.append(.err(loaded.warnings)) }
      project = loaded.project
    } catch {
      output.chunks.append(.err(error.message + "\n"))
      output.exitCode = 1
      return output
    }
    let state = engine.cluster.state
    let deployer = StackDeployer(
      namespace: StackNamespace(parsed.arguments.first ?? ""), prune: parsed.flags.bool("prune"))
    let (plan, _) = StackConverter.plan(project, namespace: deployer.namespace) { _, _ in nil }
    if !plan.files.isEmpty {
      return failure(
        "swarmlab: configs and secrets made from files by 'docker stack deploy' are not simulated in SwarmLab (create them with docker config|secret create and mark them external)",
        code: 127)
    }
    let outcome = deployer.deploy(project, on: &engine) { kind, name in
      let table = kind == .secret ? state.secrets : state.configs
      return table.values.first { $0.name == name }?.id
    }
    for line in outcome.stdout { output.chunks.append(.out(line + "\n")) }
    for line in outcome.stderr { output.chunks.append(.err(line + "\n")) }
    if let error = outcome.error {
      output.chunks.append(.err(error + "\n"))
      output.exitCode = 1
    }
    return output
  }

  /// A compose file by path: the bundled exercise files, with a leading `./` ignored.
  static func composeFile(_ path: String) -> String? {
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return ExerciseFiles.contents(of: String(relative))
  }
}
