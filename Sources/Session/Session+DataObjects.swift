import DockerCLI
import EngineAPI

/// `docker config|secret create NAME FILE`: the shell reads the file (the workspace first, then
/// the host, as for compose files) and the CLI sends its bytes to the engine. The other config,
/// secret and volume commands need no files and go straight to `DockerCommands`.
extension Session {
  /// The command's output, or nil when it is not a config or secret `create`.
  func dataObjectCreate(_ parsed: ParsedCommand, _ client: inout some EngineClient)
    -> CommandOutput?
  {
    guard parsed.path.count == 2, parsed.path[1] == "create",
      let kind = DataObjectCommands.Kind(rawValue: parsed.path[0])
    else { return nil }
    guard parsed.arguments.count == 2 else {
      return .failure("\"docker \(kind.rawValue) create\" requires exactly 2 arguments.")
    }
    let path = parsed.arguments[1]
    if path == "-" {
      return .failure(
        "swarmlab: 'docker \(kind.rawValue) create NAME -' (stdin) is not simulated in SwarmLab",
        code: 127)
    }
    guard let text = composeFile(path) else {
      return .failure("open \(path): no such file or directory")
    }
    return DataObjectCommands.create(kind, parsed, data: Array(text.utf8), &client)
  }
}
