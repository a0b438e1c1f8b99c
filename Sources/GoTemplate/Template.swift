/// A parsed Go `text/template`, executable against `TemplateValue` data.
public struct Template: Sendable {
  /// The template's name, shown in error messages (`template: NAME:1: ...`); docker uses "".
  public let name: String
  private let text: String
  private let root: [Node]
  private let definitions: [String: [Node]]
  private let functions: [String: TemplateFunction]

  /// Parses `text`; `functions` adds to (and may override) the Go builtins.
  public init(name: String = "", _ text: String, functions: [String: TemplateFunction] = [:])
    throws(TemplateError)
  {
    self.name = name
    self.text = text
    self.functions = functions
    var parser = Parser(name: name, text: text) { ident in
      functions[ident] != nil || Executor.builtinArity[ident] != nil
    }
    root = try parser.parse()
    var defs: [String: [Node]] = [:]
    for (defName, body) in parser.definitions { defs[defName] = body }
    definitions = defs
  }

  /// Executes the template; on error the partial output is discarded, as docker does.
  public func execute(_ data: TemplateValue) throws(TemplateError) -> String {
    var executor = Executor(
      parseName: name, text: text, functions: functions, templates: definitions)
    executor.vars = [("$", data)]
    _ = try executor.walk(data, root)
    return executor.out
  }
}

extension Template {
  /// Executes and keeps the output written before any error, as Go's `Execute` into a buffer
  /// does; docker relies on this for table headers, whose errors it ignores.
  public func executePartially(_ data: TemplateValue) -> (output: String, error: TemplateError?) {
    var executor = Executor(
      parseName: name, text: text, functions: functions, templates: definitions)
    executor.vars = [("$", data)]
    do {
      _ = try executor.walk(data, root)
      return (executor.out, nil)
    } catch {
      return (executor.out, error)
    }
  }
}
