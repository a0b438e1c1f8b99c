/// A compose file docker refuses, with docker 20.10's own message.
///
/// `stage` says how far a real `docker stack deploy` gets before it stops: loading errors stop it
/// before anything is created; errors found while converting services come after the stack's
/// networks, secrets and configs were created, as in docker/cli's `deployCompose`.
public struct ComposeError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Stage: Sendable, Equatable {
    /// Reading, interpolating, validating or merging the files.
    case load
    /// Turning services into service specs (undefined networks, configs, secrets, volumes).
    case convert
  }

  public var stage: Stage
  public var message: String
  /// True when the file uses something SwarmLab does not simulate (not a docker error).
  public var notSimulated = false

  public init(_ stage: Stage, _ message: String) {
    self.stage = stage
    self.message = message
  }

  public var description: String { message }

  /// A YAML mapping that repeats a key: Yams refuses it, where go-yaml v2 and PyYAML keep the
  /// last value. Said plainly rather than guessed at.
  static func duplicateKeys(_ keys: [String]) -> String {
    let listed = keys.map { "'\($0)'" }.joined(separator: ", ")
    return
      "a mapping that repeats a key (\(listed)) is not simulated in SwarmLab (docker and docker-compose keep the last value; remove the others)"
  }

  /// mapstructure's form for a value the loader cannot decode (`1 error(s) decoding:` …).
  static func decoding(_ field: String, _ reason: String) -> ComposeError {
    ComposeError(.load, "1 error(s) decoding:\n\n* error decoding '\(field)': \(reason)")
  }
}
