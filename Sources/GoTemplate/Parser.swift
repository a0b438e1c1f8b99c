/// Recursive-descent parser producing Go's template tree, with Go's parse error texts.
struct Parser {
  private var tokens: [Token]
  private var index = 0
  private var current: Token
  private let name: String
  private let isFunction: (String) -> Bool
  private var vars: [String] = ["$"]
  private var rangeDepth = 0
  /// Open `if`/`range`/`with` blocks and parentheses. Go stops at 10,000 ("max expression
  /// depth exceeded"); SwarmLab stops sooner, since parsing, running and freeing the tree
  /// all recurse on the thread's stack.
  private var nesting = 0
  static let maxNesting = 200
  /// Templates introduced by `define` and `block`, in source order.
  private(set) var definitions: [(name: String, body: [Node])] = []

  init(name: String, text: String, isFunction: @escaping (String) -> Bool) {
    tokens = Lexer.tokenize(text)
    current = tokens[0]
    self.name = name
    self.isFunction = isFunction
  }

  private func error(_ message: String) -> TemplateError {
    TemplateError(kind: .parse, message: "template: \(name):\(current.line): \(message)")
  }

  private mutating func next() -> Token {
    current = tokens[min(index, tokens.count - 1)]
    index += 1
    return current
  }

  private mutating func backup(_ n: Int = 1) { index -= n }

  private mutating func peek() -> Token {
    let t = next()
    backup()
    return t
  }

  private mutating func nextNonSpace() -> Token {
    var t = next()
    while t.kind == .space { t = next() }
    return t
  }

  private mutating func peekNonSpace() -> Token {
    let t = nextNonSpace()
    backup()
    return t
  }

  private func unexpected(_ token: Token, _ context: String) -> TemplateError {
    if token.kind == .error { return error(token.value) }
    return error("unexpected \(token.description) in \(context)")
  }

  private mutating func expect(_ kind: Token.Kind, _ context: String) throws(TemplateError)
    -> Token
  {
    let t = nextNonSpace()
    if t.kind != kind { throw unexpected(t, context) }
    return t
  }

  /// Parses the whole text into the root list.
  mutating func parse() throws(TemplateError) -> [Node] {
    var root: [Node] = []
    while peek().kind != .eof {
      if peek().kind == .leftDelim {
        let mark = index
        _ = next()
        if nextNonSpace().kind == .keyword("define") {
          try parseDefinition()
          continue
        }
        index = mark
      }
      switch try textOrAction() {
      case .node(let n): root.append(n)
      case .end: throw error("unexpected {{end}}")
      case .elseMarker: throw error("unexpected {{else}}")
      }
    }
    return root
  }

  private enum Item {
    case node(Node)
    case end
    case elseMarker(isElseIf: Bool)
  }

  private mutating func parseDefinition() throws(TemplateError) {
    let context = "define clause"
    let defName = try templateName(nextNonSpace(), context)
    _ = try expect(.rightDelim, context)
    let saved = vars
    vars = ["$"]
    let (list, end) = try itemList()
    vars = saved
    guard case .end = end else { throw error("unexpected {{else}} in \(context)") }
    definitions.append((defName, list))
  }

  private mutating func textOrAction() throws(TemplateError) -> Item {
    let t = nextNonSpace()
    switch t.kind {
    case .text: return .node(.text(t.value))
    case .leftDelim: return try action()
    default: throw unexpected(t, "input")
    }
  }

  private mutating func itemList() throws(TemplateError) -> ([Node], Item) {
    var list: [Node] = []
    while peekNonSpace().kind != .eof {
      let item = try textOrAction()
      if case .node(let n) = item {
        list.append(n)
      } else {
        return (list, item)
      }
    }
    throw error("unexpected EOF")
  }

  private mutating func action() throws(TemplateError) -> Item {
    let t = nextNonSpace()
    switch t.kind {
    case .keyword("if"): return .node(try control(.ifNode, "if"))
    case .keyword("range"): return .node(try control(.rangeNode, "range"))
    case .keyword("with"): return .node(try control(.withNode, "with"))
    case .keyword("end"):
      _ = try expect(.rightDelim, "end")
      return .end
    case .keyword("else"):
      if peekNonSpace().kind == .keyword("if") { return .elseMarker(isElseIf: true) }
      _ = try expect(.rightDelim, "else")
      return .elseMarker(isElseIf: false)
    case .keyword("break"), .keyword("continue"):
      if rangeDepth == 0 { throw error("{{\(t.value)}} outside {{range}}") }
      _ = try expect(.rightDelim, t.value)
      return .node(t.value == "break" ? .breakNode(pos: t.pos) : .continueNode(pos: t.pos))
    case .keyword("template"), .keyword("block"):
      let context = t.value == "block" ? "block clause" : "template clause"
      let nameToken = nextNonSpace()
      let callee = try templateName(nameToken, context)
      var pipe: Pipe? = nil
      if t.value == "block" {
        pipe = try pipeline(context, end: .rightDelim)
        let saved = vars
        vars = ["$"]
        let (list, end) = try itemList()
        vars = saved
        guard case .end = end else { throw error("unexpected {{else}} in \(context)") }
        definitions.append((callee, list))
      } else if nextNonSpace().kind != .rightDelim {
        backup()
        pipe = try pipeline(context, end: .rightDelim)
      }
      return .node(.templateCall(pos: nameToken.pos, name: callee, pipe: pipe))
    default:
      backup()
      let start = peek()
      return .node(
        .action(pos: start.pos, line: start.line, pipe: try pipeline("command", end: .rightDelim)))
    }
  }

  private mutating func templateName(_ t: Token, _ context: String) throws(TemplateError)
    -> String
  {
    guard t.kind == .string || t.kind == .rawString, let s = GoQuote.unquote(t.value) else {
      throw unexpected(t, context)
    }
    return s
  }

  private enum ControlKind { case ifNode, rangeNode, withNode }

  private mutating func enterNesting() throws(TemplateError) {
    nesting += 1
    if nesting > Self.maxNesting { throw error("max expression depth exceeded") }
  }

  private mutating func control(_ kind: ControlKind, _ context: String) throws(TemplateError)
    -> Node
  {
    try enterNesting()
    defer { nesting -= 1 }
    let savedVars = vars.count
    defer { vars.removeLast(vars.count - savedVars) }
    let pipe = try pipeline(context, end: .rightDelim)
    if kind == .rangeNode { rangeDepth += 1 }
    let (list, next) = try itemList()
    if kind == .rangeNode { rangeDepth -= 1 }
    var elseList: [Node]? = nil
    if case .elseMarker(let isElseIf) = next {
      if kind == .ifNode && isElseIf {
        _ = nextNonSpace()  // the `if` of `else if`; one {{end}} closes both
        elseList = [try control(.ifNode, "if")]
      } else {
        let (list2, end) = try itemList()
        guard case .end = end else { throw error("expected end; found {{else}}") }
        elseList = list2
      }
    }
    switch kind {
    case .ifNode: return .ifNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    case .rangeNode: return .rangeNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    case .withNode: return .withNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }
  }

  private mutating func pipeline(_ context: String, end: Token.Kind) throws(TemplateError) -> Pipe {
    var pipe = Pipe(pos: peekNonSpace().pos, isAssign: false, decl: [], cmds: [])
    declarations: while peekNonSpace().kind == .variable {
      let v = nextNonSpace()
      let afterVariable = peek()
      let following = peekNonSpace()
      if following.kind == .assign || following.kind == .declare {
        pipe.isAssign = following.kind == .assign
        _ = nextNonSpace()
        pipe.decl.append(v.value)
        vars.append(v.value)
      } else if following.kind == .char && following.value == "," {
        _ = nextNonSpace()
        pipe.decl.append(v.value)
        vars.append(v.value)
        if context == "range" && pipe.decl.count < 2 {
          switch peekNonSpace().kind {
          case .variable, .rightDelim, .rightParen: continue declarations
          default: throw error("range can only initialize variables")
          }
        }
        throw error("too many declarations in \(context)")
      } else if afterVariable.kind == .space {
        backup(2)
      } else {
        backup()
      }
      break
    }
    while true {
      let t = nextNonSpace()
      switch t.kind {
      case end:
        if pipe.cmds.isEmpty { throw error("missing value for \(context)") }
        for (i, c) in pipe.cmds.enumerated().dropFirst() {
          switch c.args[0].kind {
          case .bool, .dot, .nilValue, .number, .string:
            throw error("non executable command in pipeline stage \(i + 1)")
          default: break
          }
        }
        return pipe
      case .bool, .charConstant, .dot, .field, .identifier, .number, .nilKeyword, .rawString,
        .string, .variable, .leftParen:
        backup()
        pipe.cmds.append(try command())
      default:
        throw unexpected(t, context)
      }
    }
  }

  private mutating func command() throws(TemplateError) -> Command {
    var cmd = Command(pos: peekNonSpace().pos, args: [])
    loop: while true {
      _ = peekNonSpace()
      if let operand = try operand() { cmd.args.append(operand) }
      let t = next()
      switch t.kind {
      case .space: continue loop
      case .rightDelim, .rightParen: backup()
      case .pipe: break
      default: throw unexpected(t, "operand")
      }
      break
    }
    if cmd.args.isEmpty { throw error("empty command") }
    return cmd
  }

  private mutating func operand() throws(TemplateError) -> Arg? {
    guard let node = try term() else { return nil }
    guard peek().kind == .field else { return node }
    let chainPos = peek().pos
    var fields: [String] = []
    while peek().kind == .field { fields.append(String(next().value.dropFirst())) }
    switch node.kind {
    case .field(let f): return Arg(pos: chainPos, kind: .field(f + fields))
    case .variable(let v): return Arg(pos: chainPos, kind: .variable(v + fields))
    case .bool, .string, .number, .nilValue, .dot:
      throw error("unexpected . after term \(GoQuote.quote(node.description))")
    default: return Arg(pos: chainPos, kind: .chain(node, fields: fields))
    }
  }

  private mutating func term() throws(TemplateError) -> Arg? {
    let t = nextNonSpace()
    switch t.kind {
    case .identifier:
      if !isFunction(t.value) { throw error("function \(GoQuote.quote(t.value)) not defined") }
      return Arg(pos: t.pos, kind: .identifier(t.value))
    case .dot: return Arg(pos: t.pos, kind: .dot)
    case .nilKeyword: return Arg(pos: t.pos, kind: .nilValue)
    case .variable:
      let parts = t.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      if !vars.contains(parts[0]) { throw error("undefined variable \(GoQuote.quote(parts[0]))") }
      return Arg(pos: t.pos, kind: .variable(parts))
    case .field:
      return Arg(pos: t.pos, kind: .field([String(t.value.dropFirst())]))
    case .bool: return Arg(pos: t.pos, kind: .bool(t.value == "true"))
    case .number, .charConstant:
      guard let n = NumberLiteral(t.value) else {
        throw error("illegal number syntax: \(GoQuote.quote(t.value))")
      }
      return Arg(pos: t.pos, kind: .number(n, text: t.value))
    case .leftParen:
      try enterNesting()
      defer { nesting -= 1 }
      return Arg(pos: t.pos, kind: .pipe(try pipeline("parenthesized pipeline", end: .rightParen)))
    case .string, .rawString:
      guard let s = GoQuote.unquote(t.value) else { throw error("bad string: \(t.value)") }
      return Arg(pos: t.pos, kind: .string(s, quoted: t.value))
    default:
      backup()
      return nil
    }
  }
}
