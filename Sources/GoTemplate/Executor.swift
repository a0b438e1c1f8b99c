/// Walks a parsed tree against data, as Go's `text/template` `state` does.
struct Executor {
  let parseName: String
  let text: String
  let functions: [String: TemplateFunction]
  let templates: [String: [Node]]
  var templateName: String
  var out = ""
  var vars: [(name: String, value: TemplateValue?)] = []
  var depth = 0
  private var atPos = 0
  private var atNode = ErrorContext.none
  static let maxDepth = 10000

  init(
    parseName: String, text: String, functions: [String: TemplateFunction],
    templates: [String: [Node]]
  ) {
    self.parseName = parseName
    self.text = text
    self.functions = functions
    self.templates = templates
    self.templateName = parseName
  }

  /// Result of walking a list: whether a `break` or `continue` is unwinding.
  enum Flow { case normal, breakLoop, continueLoop }

  mutating func at(_ pos: Int, _ node: ErrorContext) {
    atPos = pos
    atNode = node
  }

  /// Go's `state.errorf`: location and node context prefixed to the message.
  func error(_ message: String) -> TemplateError {
    let bytes = Array(text.utf8)
    let prefix = Array(bytes[..<min(atPos, bytes.count)])
    let line = 1 + prefix.filter { $0 == 10 }.count
    let col = prefix.lastIndex(of: 10).map { atPos - $0 - 1 } ?? atPos
    let context = atNode.text.replacing("%", with: "%%")
    return TemplateError(
      kind: .execution,
      message:
        "template: \(parseName):\(line):\(col): executing \(GoQuote.quote(templateName)) at <\(context)>: \(message)"
    )
  }

  mutating func walk(_ dot: TemplateValue?, _ nodes: [Node]) throws(TemplateError) -> Flow {
    for node in nodes {
      let flow = try walk(dot, node)
      if flow != .normal { return flow }
    }
    return .normal
  }

  mutating func walk(_ dot: TemplateValue?, _ node: Node) throws(TemplateError) -> Flow {
    switch node {
    case .list(let nodes): return try walk(dot, nodes)
    case .text(let s): out += s
    case .action(let pos, _, let pipe):
      let value = try evalPipeline(dot, pipe)
      if pipe.decl.isEmpty {
        at(pos, .action(pipe))
        out += Executor.printable(value)
      }
    case .ifNode(_, let pipe, let list, let elseList),
      .withNode(_, let pipe, let list, let elseList):
      let mark = vars.count
      defer { vars.removeLast(vars.count - mark) }
      let value = try evalPipeline(dot, pipe)
      var isWith = false
      if case .withNode = node { isWith = true }
      if Executor.isTrue(value) {
        return try walk(isWith ? value : dot, list)
      } else if let elseList {
        return try walk(dot, elseList)
      }
    case .rangeNode(_, let pipe, let list, let elseList):
      return try walkRange(dot, pipe, list, elseList)
    case .breakNode: return .breakLoop
    case .continueNode: return .continueLoop
    case .templateCall(let pos, let name, let pipe):
      at(pos, .templateCall(name, pipe))
      guard let body = templates[name] else {
        throw error("template \(GoQuote.quote(name)) not defined")
      }
      if depth >= Executor.maxDepth {
        throw error("exceeded maximum template depth (\(Executor.maxDepth))")
      }
      let newDot = try pipe.map { p throws(TemplateError) in try evalPipeline(dot, p) } ?? nil
      let savedVars = vars
      let savedName = templateName
      vars = [("$", newDot)]
      templateName = name
      depth += 1
      defer {
        vars = savedVars
        templateName = savedName
        depth -= 1
      }
      _ = try walk(newDot, body)
    }
    return .normal
  }

  private mutating func walkRange(
    _ dot: TemplateValue?, _ pipe: Pipe, _ list: [Node], _ elseList: [Node]?
  ) throws(TemplateError) -> Flow {
    let mark = vars.count
    defer { vars.removeLast(vars.count - mark) }
    let value = try evalPipeline(dot, pipe)
    let bodyMark = vars.count
    var elements: [(index: TemplateValue, element: TemplateValue)] = []
    switch value {
    case .array(let items)?:
      elements = items.enumerated().map { (.int(Int64($0.offset)), $0.element) }
    case .map(let fields)?:
      elements = GoPrint.sortedFields(fields).map { (.string($0.name), $0.value) }
    case nil, .null?: break
    case let v?:
      at(pipe.pos, .pipe(pipe))
      throw error("range can't iterate over \(GoPrint.format(v, plus: false))")
    }
    for (index, element) in elements {
      if !pipe.decl.isEmpty {
        if pipe.isAssign {
          setVar(pipe.decl[pipe.decl.count > 1 ? 1 : 0], element)
          if pipe.decl.count > 1 { setVar(pipe.decl[0], index) }
        } else {
          vars[vars.count - 1].value = element
          if pipe.decl.count > 1 { vars[vars.count - 2].value = index }
        }
      }
      let flow = try walk(element, list)
      vars.removeLast(vars.count - bodyMark)
      if flow == .breakLoop { break }
    }
    if elements.isEmpty, let elseList { return try walk(dot, elseList) }
    return .normal
  }

  mutating func setVar(_ name: String, _ value: TemplateValue?) {
    if let i = vars.lastIndex(where: { $0.name == name }) { vars[i].value = value }
  }

  func lookupVar(_ name: String) throws(TemplateError) -> TemplateValue? {
    guard let v = vars.last(where: { $0.name == name }) else {
      throw error("undefined variable: \(name)")
    }
    return v.value
  }

  mutating func evalPipeline(_ dot: TemplateValue?, _ pipe: Pipe) throws(TemplateError)
    -> TemplateValue?
  {
    at(pipe.pos, .pipe(pipe))
    var value: TemplateValue?? = .none
    for cmd in pipe.cmds {
      value = .some(try evalCommand(dot, cmd, final: value))
    }
    let result = value ?? nil
    for name in pipe.decl {
      if pipe.isAssign { setVar(name, result) } else { vars.append((name, result)) }
    }
    return result
  }

  /// `final` is `.none` when there is no piped value, `.some(nil)` for a piped missing value.
  mutating func evalCommand(_ dot: TemplateValue?, _ cmd: Command, final: TemplateValue??)
    throws(TemplateError) -> TemplateValue?
  {
    let first = cmd.args[0]
    switch first.kind {
    case .field(let names):
      at(first.pos, .arg(first))
      return try evalFieldChain(dot, dot, names, args: cmd.args, final: final)
    case .chain(let node, let names):
      at(first.pos, .arg(first))
      let receiver = try evalArgValue(dot, node)
      return try evalFieldChain(dot, receiver, names, args: cmd.args, final: final)
    case .variable(let parts):
      at(first.pos, .arg(first))
      let value = try lookupVar(parts[0])
      if parts.count == 1 {
        try notAFunction(cmd, final)
        return value
      }
      return try evalFieldChain(dot, value, Array(parts.dropFirst()), args: cmd.args, final: final)
    case .identifier(let name):
      return try evalFunction(dot, name, cmd, final: final)
    case .pipe(let p):
      try notAFunction(cmd, final)
      return try evalPipeline(dot, p)
    default:
      at(first.pos, .arg(first))
      try notAFunction(cmd, final)
      if case .nilValue = first.kind { throw error("nil is not a command") }
      return try evalArgValue(dot, first)
    }
  }

  private func notAFunction(_ cmd: Command, _ final: TemplateValue??) throws(TemplateError) {
    if cmd.args.count > 1 || final != nil {
      throw error("can't give argument to non-function \(cmd.args[0].description)")
    }
  }

  /// Evaluates an operand with no expected type, as Go does for `reflect.Value` parameters.
  mutating func evalArgValue(_ dot: TemplateValue?, _ arg: Arg) throws(TemplateError)
    -> TemplateValue?
  {
    at(arg.pos, .arg(arg))
    switch arg.kind {
    case .dot: return dot
    case .nilValue: return .null
    case .bool(let b): return .bool(b)
    case .string(let s, _): return .string(s)
    case .number(let n, _):
      if n.isFloat || n.int == nil { return .double(n.float ?? 0) }
      return .int(n.int!)
    case .field(let names):
      return try evalFieldChain(dot, dot, names, args: [arg], final: nil)
    case .variable(let parts):
      let value = try lookupVar(parts[0])
      if parts.count == 1 { return value }
      return try evalFieldChain(dot, value, Array(parts.dropFirst()), args: [arg], final: nil)
    case .pipe(let p): return try evalPipeline(dot, p)
    case .identifier(let name):
      return try evalFunction(dot, name, Command(pos: arg.pos, args: [arg]), final: nil)
    case .chain(let node, let names):
      let receiver = try evalArgValue(dot, node)
      return try evalFieldChain(dot, receiver, names, args: [arg], final: nil)
    }
  }

  mutating func evalFieldChain(
    _ dot: TemplateValue?, _ receiver: TemplateValue?, _ names: [String], args: [Arg],
    final: TemplateValue??
  ) throws(TemplateError) -> TemplateValue? {
    var value = receiver
    for (i, name) in names.enumerated() {
      let last = i == names.count - 1
      value = try evalField(value, name, hasArgs: last && (args.count > 1 || final != nil))
    }
    return value
  }

  func evalField(_ receiver: TemplateValue?, _ name: String, hasArgs: Bool)
    throws(TemplateError) -> TemplateValue?
  {
    guard let receiver else { return nil }
    switch receiver {
    case .object(let type, let fields):
      if let field = fields.first(where: { $0.name == name }) {
        if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
        return field.value
      }
      throw error("can't evaluate field \(name) in type \(type)")
    case .map(let fields):
      if hasArgs { throw error("\(name) is not a method but has arguments") }
      return fields.first(where: { $0.name == name })?.value
    case .null:
      throw error("nil pointer evaluating interface {}.\(name)")
    default:
      throw error("can't evaluate field \(name) in type \(receiver.goTypeName)")
    }
  }

  /// Go's `printableValue` then `fmt.Fprint`.
  static func printable(_ value: TemplateValue?) -> String {
    guard let value else { return "<no value>" }
    // Go's printableValue indirects a pointer before printing: `{{.Spec.UpdateConfig}}`
    // prints `{1 0s pause …}`, not `&{…}` (nested pointers stay as fmt prints them).
    if case .object(let type, let fields) = value, type.hasPrefix("*") {
      return GoPrint.format(.object(type: String(type.dropFirst()), fields: fields), plus: false)
    }
    return GoPrint.format(value, plus: false)
  }

  /// Go's `isTrue`: the zero value, nil and empty collections are false.
  static func isTrue(_ value: TemplateValue?) -> Bool {
    switch value {
    case nil, .null?: return false
    case .bool(let b)?: return b
    case .int(let i)?: return i != 0
    case .uint(let u)?: return u != 0
    case .double(let d)?: return d != 0
    case .string(let s)?: return !s.isEmpty
    case .duration(let n)?: return n != 0
    case .array(let a)?: return !a.isEmpty
    case .map(let m)?: return !m.isEmpty
    case .time?, .object?: return true
    }
  }
}
