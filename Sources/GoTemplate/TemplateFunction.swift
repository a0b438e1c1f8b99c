/// A function callable from templates, with a Go-like signature so that argument count and
/// type errors read as Go's (`wrong number of args for join: want 2 got 1`).
public struct TemplateFunction: Sendable {
  /// The Go parameter types the executor checks arguments against.
  public enum ParameterType: Sendable, Equatable {
    /// `interface{}`: anything, a missing value becomes `nil`.
    case any
    case string
    case int
    case bool
    /// `[]string`.
    case stringList

    var goName: String {
      switch self {
      case .any: return "interface {}"
      case .string: return "string"
      case .int: return "int"
      case .bool: return "bool"
      case .stringList: return "[]string"
      }
    }
  }

  public var parameters: [ParameterType]
  /// The element type of a trailing `...T` parameter, if the function is variadic.
  public var variadic: ParameterType?
  public var body: @Sendable ([TemplateValue]) throws(TemplateFunctionError) -> TemplateValue

  public init(
    _ parameters: [ParameterType], variadic: ParameterType? = nil,
    _ body: @escaping @Sendable ([TemplateValue]) throws(TemplateFunctionError) -> TemplateValue
  ) {
    self.parameters = parameters
    self.variadic = variadic
    self.body = body
  }

  /// A `func(string) string`, the shape of most docker helpers.
  public static func stringToString(_ f: @escaping @Sendable (String) -> String) -> Self {
    TemplateFunction([.string]) { args in
      guard case .string(let s) = args[0] else { return .string("") }
      return .string(f(s))
    }
  }
}
