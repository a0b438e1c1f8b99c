import DockerCLI
import EngineAPI

/// `docker config|secret create NAME FILE`: the shell reads the file (the workspace first, then
/// the host, as for compose files) and the CLI sends its bytes to the engine. The other config,
/// secret and volume commands need no files: the command tree sends them to `DockerCommands`.
extension Session {
  func dataObjectCreate(_ kind: FrontEndCommand.DataObjectKind, _ parsed: ParsedCommand)
    -> SessionOutput
  {
    // `secret create NAME` alone sends no data (for a secret driver, or refused by the daemon).
    var data: [UInt8] = []
    if parsed.arguments.count == 2 {
      let path = parsed.arguments[1]
      // `-` is the command's standard input: a pipe (`echo x | docker config create c -`) or a
      // `< file` redirection. Typed at the prompt with neither, it is empty, and the daemon
      // refuses empty data as it would after Ctrl-D.
      if path == "-" {
        data = Array(standardInput.utf8)
      } else if let text = composeFile(path) {
        data = Array(text.utf8)
      } else {
        return failure("open \(path): no such file or directory", code: 1)
      }
    }
    var client: any EngineClient = remoteEngine ?? engine
    let output = DataObjectCommands.create(kind, parsed, data: data, &client)
    if remoteEngine != nil {
      remoteEngine = client
      if output.exitCode == 0 { createdNames.insert(kind.rawValue + "/" + parsed.arguments[0]) }
    }
    return rendered(output)
  }
}
