public import EngineAPI

/// `docker config|secret create|ls|inspect|rm` (docker/cli's `command/config` and
/// `command/secret`): requests to the `/configs` and `/secrets` endpoints. `create` needs the
/// file's bytes, which the shell reads (the CLI layer touches no files).
public enum DataObjectCommands {
  public typealias Kind = FrontEndCommand.DataObjectKind

  /// `docker config create NAME FILE` with the file already read: prints the new ID.
  public static func create(
    _ kind: Kind, _ cmd: ParsedCommand, data: [UInt8], _ client: inout any EngineClient
  ) -> CommandOutput {
    if let driver = cmd.flags.string("template-driver"), !driver.isEmpty {
      return .failure(
        "swarmlab: 'docker config create --template-driver' is not simulated in SwarmLab",
        code: 127)
    }
    let labels = keyValues(cmd.flags.strings("label"))
    let driver = cmd.flags.string("driver") ?? ""
    if !driver.isEmpty && cmd.arguments.count > 1 {
      return .failure("When using secret driver secret data must be empty")
    }
    do throws(EngineError) {
      let name = cmd.arguments[0]
      var secret = SecretSpec(name: name, labels: labels, bytes: data)
      if !driver.isEmpty { secret.driver = SwarmDriver(name: driver) }
      let response =
        kind == .config
        ? try client.configCreate(ConfigSpec(name: name, labels: labels, bytes: data))
        : try client.secretCreate(secret)
      return CommandOutput(items: [.stdout(response.id)])
    } catch {
      return .failure(error.daemonMessage)
    }
  }

  // MARK: Handlers (the command tree's `run:`)

  static func configList(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let configs = try client.configList(ListOptions(filters: cmd.flags.filters()))
    return CommandOutput(items: [.configList(configs, listFormat(cmd), now: client.now)])
  }

  static func secretList(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    let secrets = try client.secretList(ListOptions(filters: cmd.flags.filters()))
    return CommandOutput(items: [.secretList(secrets, listFormat(cmd), now: client.now)])
  }

  static func configInspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    inspect(.config, cmd, &client)
  }

  static func secretInspect(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    inspect(.secret, cmd, &client)
  }

  static func configRemove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    remove(.config, cmd, &client)
  }

  static func secretRemove(_ cmd: ParsedCommand, _ client: inout any EngineClient)
    throws(EngineError) -> CommandOutput
  {
    remove(.secret, cmd, &client)
  }

  private static func listFormat(_ cmd: ParsedCommand) -> ListFormat {
    ListFormat(format: cmd.flags.format, quiet: cmd.flags.bool("quiet"))
  }

  /// Each reference in turn; the errors are printed together at the end, as docker does.
  private static func remove(_ kind: Kind, _ cmd: ParsedCommand, _ client: inout any EngineClient)
    -> CommandOutput
  {
    var out = CommandOutput()
    var errors: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        if kind == .config { try client.configRemove(ref) } else { try client.secretRemove(ref) }
        out.out(ref)
      } catch {
        errors.append(
          error.isNotFound ? "Error: No such \(kind.rawValue): \(ref)" : error.daemonMessage)
      }
    }
    if !errors.isEmpty { out.fail(errors.joined(separator: "\n")) }
    return out
  }

  /// JSON (or `--format`) of every object found; `--pretty` prints 20.10's text blocks.
  private static func inspect(_ kind: Kind, _ cmd: ParsedCommand, _ client: inout any EngineClient)
    -> CommandOutput
  {
    let pretty = cmd.flags.bool("pretty")
    var out = CommandOutput()
    var objects: [InspectObject] = []
    var failures: [String] = []
    for ref in cmd.arguments {
      do throws(EngineError) {
        if kind == .config {
          let config = try client.configInspect(ref)
          if pretty {
            out.items.append(.configPretty(config))
          } else {
            objects.append(.config(config))
          }
        } else {
          let secret = try client.secretInspect(ref)
          if pretty {
            out.items.append(.secretPretty(secret))
          } else {
            objects.append(.secret(secret))
          }
        }
      } catch {
        failures.append(
          error.isNotFound ? "Error: No such \(kind.rawValue): \(ref)" : error.daemonMessage)
      }
    }
    if pretty {
      // docker looks every reference up before printing, and stops at the first failure.
      if let first = failures.first { return .failure(first) }
      return out
    }
    let request = InspectRequest(objects: objects, format: cmd.flags.format, failures: failures)
    return CommandOutput(items: [.inspect(request)], exitCode: failures.isEmpty ? 0 : 1)
  }

  /// `--label k=v` values as a map (a bare `k` is an empty value), later ones winning.
  static func keyValues(_ pairs: [String]) -> [String: String] {
    var map: [String: String] = [:]
    for pair in pairs {
      let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      map[kv[0]] = kv.count > 1 ? kv[1] : ""
    }
    return map
  }
}
