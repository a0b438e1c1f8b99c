/// Function calls: argument count and type checks with Go's messages, then dispatch to a
/// builtin or a user function.
extension Executor {
  /// Go's builtin signatures: fixed parameter count and whether the rest is variadic.
  static let builtinArity: [String: (fixed: Int, variadic: Bool)] = [
    "and": (1, true), "or": (1, true), "not": (1, false), "len": (1, false),
    "index": (1, true), "slice": (1, true), "print": (0, true), "printf": (1, true),
    "println": (0, true), "eq": (1, true), "ne": (2, false), "lt": (2, false),
    "le": (2, false), "gt": (2, false), "ge": (2, false), "html": (0, true), "js": (0, true),
    "urlquery": (0, true), "call": (1, true),
  ]

  mutating func evalFunction(
    _ dot: TemplateValue?, _ name: String, _ cmd: Command, final: TemplateValue??
  ) throws(TemplateError) -> TemplateValue? {
    let node = cmd.args[0]
    at(node.pos, .arg(node))
    let args = Array(cmd.args.dropFirst())
    let argCount = args.count + (final != nil ? 1 : 0)
    if let user = functions[name] {
      let fixed = user.parameters.count
      try checkArity(name, fixed: fixed, variadic: user.variadic != nil, args.count, argCount)
      var values: [TemplateValue] = []
      for (i, arg) in args.enumerated() {
        let type = i < fixed ? user.parameters[i] : user.variadic!
        values.append(try evalTypedArg(dot, arg, type))
      }
      if let final {
        at(node.pos, .arg(node))
        let type = argCount - 1 < fixed ? user.parameters[argCount - 1] : user.variadic!
        values.append(try validate(final, type))
      }
      do {
        return try user.body(values)
      } catch {
        at(cmd.pos, .command(cmd))
        throw self.error("error calling \(name): \(error.message)")
      }
    }
    guard let arity = Executor.builtinArity[name] else {
      throw error("\(GoQuote.quote(name)) is not a defined function")
    }
    try checkArity(name, fixed: arity.fixed, variadic: arity.variadic, args.count, argCount)
    if name == "and" || name == "or" {
      var value: TemplateValue? = nil
      for arg in args {
        value = try evalArgValue(dot, arg)
        if Executor.isTrue(value) == (name == "or") { return value }
      }
      if let final { value = final }
      return value
    }
    var values: [TemplateValue?] = []
    for (i, arg) in args.enumerated() {
      if name == "printf" && i == 0 {
        values.append(try evalTypedArg(dot, arg, .string))
      } else {
        values.append(try evalArgValue(dot, arg))
      }
    }
    if let final {
      at(node.pos, .arg(node))
      if name == "printf" && args.isEmpty {
        values.append(try validate(final, .string))
      } else {
        values.append(final)
      }
    }
    do {
      return try Builtins.call(name, values)
    } catch {
      at(cmd.pos, .command(cmd))
      throw self.error("error calling \(name): \(error.message)")
    }
  }

  private func checkArity(_ name: String, fixed: Int, variadic: Bool, _ given: Int, _ total: Int)
    throws(TemplateError)
  {
    if variadic {
      if total < fixed {
        throw error("wrong number of args for \(name): want at least \(fixed) got \(given)")
      }
    } else if total != fixed {
      throw error("wrong number of args for \(name): want \(fixed) got \(total)")
    }
  }

  /// Go's `evalArg` for a typed parameter: constants are checked by kind, values by type.
  private mutating func evalTypedArg(
    _ dot: TemplateValue?, _ arg: Arg, _ type: TemplateFunction.ParameterType
  ) throws(TemplateError) -> TemplateValue {
    at(arg.pos, .arg(arg))
    switch arg.kind {
    case .dot, .field, .variable, .pipe, .identifier, .chain:
      let value = try evalArgValue(dot, arg)
      at(arg.pos, .arg(arg))
      return try validate(value, type)
    case .nilValue:
      if type == .any || type == .stringList { return .null }
      throw error("cannot assign nil to \(type.goName)")
    default: break
    }
    switch type {
    case .any: return try evalArgValue(dot, arg) ?? .null
    case .string:
      if case .string(let s, _) = arg.kind { return .string(s) }
      throw error("expected string; found \(arg.description)")
    case .int:
      if case .number(let n, _) = arg.kind, let i = n.int, !n.isFloat { return .int(i) }
      throw error("expected integer; found \(arg.description)")
    case .bool:
      if case .bool(let b) = arg.kind { return .bool(b) }
      throw error("expected bool; found \(arg.description)")
    case .stringList:
      throw error("can't handle \(arg.description) for arg of type []string")
    }
  }

  /// Go's `validateType`: a computed value must be assignable to the parameter type.
  private func validate(_ value: TemplateValue?, _ type: TemplateFunction.ParameterType)
    throws(TemplateError) -> TemplateValue
  {
    guard let value else {
      if type == .any || type == .stringList { return .null }
      throw error("invalid value; expected \(type.goName)")
    }
    let ok: Bool
    switch (type, value) {
    case (.any, _), (.string, .string), (.int, .int), (.bool, .bool): ok = true
    case (.stringList, .array(let items)):
      ok = items.allSatisfy { if case .string = $0 { return true } else { return false } }
    case (.stringList, .null): ok = true
    default: ok = false
    }
    if !ok {
      var got = value.goTypeName
      if case .array(let items) = value, type == .stringList, !items.isEmpty {
        got = "[]interface {}"
      }
      throw error("wrong type for value; expected \(type.goName); got \(got)")
    }
    return value
  }
}
