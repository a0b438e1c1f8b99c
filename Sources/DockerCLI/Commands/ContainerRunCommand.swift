public import EngineAPI

/// `docker container run` / `docker run` as the 20.10 client does it: create (pulling when
/// the image is not local), then start detached, or attach and start in the foreground. Its
/// errors are worded by docker/cli's `reportError` (`docker: …`, a final period, `See 'docker
/// run --help'.` for create errors) with its exit codes (125; 127 or 126 when the runtime
/// could not execute the command).
public enum ContainerRunCommand {
  /// What `docker run` did: its output in order, its status, and, for an interactive shell
  /// (`-it IMAGE sh`), the container whose shell now reads the learner's lines.
  public struct Result: Sendable, Equatable {
    public var chunks: [ExecOutput.Chunk] = []
    public var exitCode: Int32 = 0
    /// The container whose main shell is open; its prompt is in `prompt`.
    public var shellContainer: String?
    public var prompt: String?
  }

  /// The flags SwarmLab carries out; any other given is refused rather than dropped.
  static let simulatedFlags: Set<String> = [
    "detach", "rm", "name", "network", "interactive", "tty", "env",
  ]

  public static func run<C: EngineClient>(_ command: ParsedCommand, _ client: inout C) -> Result {
    let f = command.flags
    if let flag = f.occurrences.first(where: { !simulatedFlags.contains($0.name) }) {
      return notSimulated("docker container run --\(flag.name)")
    }
    let network = f.string("network") ?? "default"
    if ["host", "none"].contains(network) || network.hasPrefix("container:") {
      return notSimulated("docker container run --network \(network)")
    }
    let image = command.arguments[0]
    let request = ContainerCreateRequest(
      image: image, cmd: Array(command.arguments.dropFirst()), env: f.strings("env"),
      tty: f.bool("tty"), openStdin: f.bool("interactive"), attachStdin: f.bool("interactive"),
      networkMode: network, autoRemove: f.bool("rm"))
    var result = Result()
    let id: String
    do throws(EngineError) {
      id = try create(request, name: f.string("name"), &client, &result)
    } catch {
      return report(error, withHelp: true, into: result, code: 125)
    }
    if f.bool("detach") {
      result.chunks.append(.stdout(id + "\n"))
      do throws(EngineError) { try client.containerStart(id) } catch {
        return report(error, withHelp: false, into: result, code: startErrorCode(error))
      }
      return result
    }
    do throws(EngineError) {
      let output = try client.containerAttachStart(id)
      result.chunks += output.chunks
      if let code = output.exitCode {
        result.exitCode = Int32(truncatingIfNeeded: code)
      } else if let prompt = output.prompt {
        result.shellContainer = id
        result.prompt = prompt
      }
      return result
    } catch {
      // The 20.10 client's wait for the container is cancelled by the failed start, and
      // logrus says so (nearly always; with --rm it waits for the removal and says nothing).
      var failed = report(error, withHelp: false, into: result, code: startErrorCode(error))
      guard !request.autoRemove else { return failed }
      let time = String(client.now.rfc3339Nano.prefix(19)) + "Z"
      failed.chunks.append(
        .stderr(
          "time=\"\(time)\" level=error msg=\"error waiting for container: context canceled\"\n"))
      return failed
    }
  }

  /// `POST /containers/create`; an image that is not local is pulled first, as the CLI does
  /// (`Unable to find image 'x:latest' locally`), and the create tried again.
  private static func create<C: EngineClient>(
    _ request: ContainerCreateRequest, name: String?, _ client: inout C, _ result: inout Result
  ) throws(EngineError) -> String {
    do throws(EngineError) {
      return try client.containerCreate(request, name: name).id
    } catch  where error.isNotFound && error.message.hasPrefix("No such image: ") {
      let reference = String(error.message.dropFirst("No such image: ".count))
      result.chunks.append(.stderr("Unable to find image '\(reference)' locally\n"))
      try client.imagePull(reference)
      return try client.containerCreate(request, name: name).id
    }
  }

  /// docker/cli's `runStartContainerErr`.
  static func startErrorCode(_ error: EngineError) -> Int32 {
    if error.message.contains("executable file not found")
      || error.message.contains("no such file or directory")
    {
      return 127
    }
    return error.message.contains("permission denied") ? 126 : 125
  }

  /// docker/cli's `reportError`: `docker: MESSAGE.` and, for errors before the start,
  /// the pointer to help.
  private static func report(_ error: EngineError, withHelp: Bool, into result: Result, code: Int32)
    -> Result
  {
    var result = result
    var text = error.daemonMessage
    if text.hasSuffix(".") { text.removeLast() }
    text = "docker: " + text + "."
    if withHelp { text += "\nSee 'docker run --help'." }
    result.chunks.append(.stderr(text + "\n"))
    result.exitCode = code
    return result
  }

  private static func notSimulated(_ what: String) -> Result {
    Result(chunks: [.stderr("swarmlab: '\(what)' is not simulated in SwarmLab\n")], exitCode: 127)
  }
}
