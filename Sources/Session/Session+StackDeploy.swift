import Compose
import DockerCLI
import Exercises
public import ShellTools
import Stack

/// `docker stack deploy -c FILE… NAME`: the compose files are read through the workspace (so
/// `cd ch13/exercises` then `./todo-list/v1.yml` works), then deployed through the engine as
/// docker/cli does (the Stack module).
extension Session {
  func stackDeploy(_ parsed: ParsedCommand) -> SessionOutput {
    let paths = parsed.flags.strings("compose-file")
    guard !paths.isEmpty else {
      return failure("Please specify a Compose file (with --compose-file)", code: 1)
    }
    if paths.contains("-") {
      return failure(
        "swarmlab: 'docker stack deploy -c -' (stdin) is not simulated in SwarmLab", code: 127)
    }
    if let mode = parsed.flags.string("resolve-image"), mode != "always" {
      return failure(
        "swarmlab: 'docker stack deploy --resolve-image \(mode)' is not simulated in SwarmLab",
        code: 127)
    }
    var sources: [ComposeLoader.Source] = []
    for path in paths {
      guard let text = composeFile(path) else {
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
      if error.notSimulated { return failure("swarmlab: \(error.message)", code: 127) }
      output.chunks.append(.err(error.message + "\n"))
      output.exitCode = 1
      return output
    }
    let deployer = StackDeployer(
      namespace: StackNamespace(parsed.arguments.first ?? ""), prune: parsed.flags.bool("prune"))
    // `file:` paths are relative to the first compose file's folder, as docker's working dir.
    let first = workspace.absolute(paths[0])
    let folder = String(first[..<(first.lastIndex(of: "/") ?? first.startIndex)])
    let outcome = deployer.deploy(project, on: &engine) { path in
      let absolute = self.workspace.absolute(path.hasPrefix("/") ? path : folder + "/" + path)
      guard let text = self.composeFile(absolute) else {
        return .failure(StackDeployer.FileError("open \(absolute): no such file or directory"))
      }
      return .success(Array(text.utf8))
    }
    for line in outcome.stdout { output.chunks.append(.out(line + "\n")) }
    for line in outcome.stderr { output.chunks.append(.err(line + "\n")) }
    if let error = outcome.error {
      output.chunks.append(.err(error + "\n"))
      output.exitCode = 1
    }
    return output
  }

  /// A compose file as the shell sees it (the workspace: files written this session, the
  /// bundled exercises mounted at `/diamol`, the host's files), falling back to the bundled file
  /// at the same place when the workspace has no mount (transcripts replay without one).
  func composeFile(_ path: String) -> String? {
    if case .success(let text) = workspace.read(path) { return text }
    let absolute = workspace.absolute(path)
    guard absolute.hasPrefix(Self.exercisesMount + "/") else { return nil }
    return ExerciseFiles.contents(of: String(absolute.dropFirst(Self.exercisesMount.count + 1)))
  }

  /// Where the book's exercise files appear in the workspace.
  public static let exercisesMount = "/diamol"

  /// A workspace that starts in `/diamol` with the book's exercise files (and no host files), as
  /// lessons and `#! workspace: exercises` goldens use it.
  public static var exercisesWorkspace: Workspace {
    Workspace(home: exercisesMount, mounts: [exercisesWorkspaceMount])
  }

  /// The bundled exercise files as a workspace mount at `/diamol`.
  public static var exercisesWorkspaceMount: WorkspaceMount {
    WorkspaceMount(path: exercisesMount, loading: { exerciseFiles })
  }

  /// The bundled exercises by path, unpacked from their YAML bundle once, when a session first
  /// looks inside `/diamol` (unpacking cost every start about 14 M instructions).
  private static let exerciseFiles = Dictionary(
    uniqueKeysWithValues: ExerciseFiles.all.map { ($0.path, $0.contents) })
}
