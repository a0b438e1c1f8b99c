/// A template failure whose `message` is Go's exact error text, e.g.
/// `template: :1: function "foo" not defined` or
/// `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type swarm.Service`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Whether the error came from parsing or from executing the template.
  public enum Kind: Sendable, Equatable {
    case parse
    case execution
  }

  public var kind: Kind
  public var message: String

  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}

/// An error raised by a template function; the executor wraps it as `error calling NAME: ...`.
public struct TemplateFunctionError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
