// TEMPORARY: stands in for the grammar branch's API until it is merged. Delete on merge.
public struct ParsedCommand: Sendable, Equatable {
  public let path: [String]
  public let arguments: [String]
  public let flags: FlagValues
  public init(path: [String], arguments: [String], flags: FlagValues) {
    self.path = path
    self.arguments = arguments
    self.flags = flags
  }
}

public struct FlagValues: Sendable, Equatable {
  public var values: [String: [String]]
  public init(_ values: [String: [String]] = [:]) { self.values = values }
  public func isSet(_ long: String) -> Bool { values[long] != nil }
  public var setNames: [String] { values.keys.sorted() }
  public func string(_ long: String) -> String? { values[long]?.last }
  public func strings(_ long: String) -> [String] { values[long] ?? [] }
  public func bool(_ long: String) -> Bool { values[long]?.last == "true" }
  public func int(_ long: String) -> Int? { values[long]?.last.flatMap { Int($0) } }
  public func uint64(_ long: String) -> UInt64? { values[long]?.last.flatMap { UInt64($0) } }
  public func durationNanos(_ long: String) -> Int64? { nil }
}

public enum OutputStream: Sendable { case stdout, stderr }
public struct CLIError: Error, Sendable { public let message: String; public let exitCode: Int32 }
public enum GrammarOutcome: Sendable {
  case command(ParsedCommand)
  case help(text: String, stream: OutputStream, exitCode: Int32)
  case error(CLIError)
  case notSimulated(path: [String])
}
public enum DockerGrammar {
  public static func parse(_ argv: [String]) -> GrammarOutcome { .error(CLIError(message: "stub", exitCode: 1)) }
}
extension DockerGrammar {
  public static func subcommands(of path: [String]) -> [String] { [] }
  public static func flags(of path: [String]) -> [String] { [] }
  public static func flagTakesValue(path: [String], flag: String) -> Bool { false }
}
