/// A node of a parsed template tree, mirroring Go's `text/template/parse` node kinds.
indirect enum Node: Sendable {
  case list([Node])
  case text(String)
  case action(pos: Int, line: Int, pipe: Pipe)
  case ifNode(pos: Int, pipe: Pipe, list: [Node], elseList: [Node]?)
  case rangeNode(pos: Int, pipe: Pipe, list: [Node], elseList: [Node]?)
  case withNode(pos: Int, pipe: Pipe, list: [Node], elseList: [Node]?)
  case templateCall(pos: Int, name: String, pipe: Pipe?)
  case breakNode(pos: Int)
  case continueNode(pos: Int)
}

/// A pipeline: optional variable declarations followed by `|`-separated commands.
struct Pipe: Sendable {
  var pos: Int
  var isAssign: Bool
  var decl: [String]
  var cmds: [Command]

  /// Go's `PipeNode.String()`.
  var description: String {
    var s = ""
    if !decl.isEmpty {
      s = decl.joined(separator: ", ") + (isAssign ? " = " : " := ")
    }
    return s + cmds.map(\.description).joined(separator: " | ")
  }
}

/// One command of a pipeline: a function, field, or operand with its arguments.
struct Command: Sendable {
  var pos: Int
  var args: [Arg]

  var description: String {
    args.map { arg in
      if case .pipe(let p) = arg.kind { return "(\(p.description))" }
      return arg.description
    }.joined(separator: " ")
  }
}

/// An operand in a command: the leaves of the tree.
struct Arg: Sendable {
  indirect enum Kind: Sendable {
    case field([String])
    case variable([String])
    case dot
    case nilValue
    case identifier(String)
    case bool(Bool)
    case number(NumberLiteral, text: String)
    case string(String, quoted: String)
    case pipe(Pipe)
    case chain(Arg, fields: [String])
  }
  var pos: Int
  var kind: Kind

  /// Go's node `String()`, shown in `executing "x" at <...>`.
  var description: String {
    switch kind {
    case .field(let f): return f.map { "." + $0 }.joined()
    case .variable(let v): return v.joined(separator: ".")
    case .dot: return "."
    case .nilValue: return "nil"
    case .identifier(let name): return name
    case .bool(let b): return b ? "true" : "false"
    case .number(_, let text): return text
    case .string(_, let quoted): return quoted
    case .pipe(let p): return p.description
    case .chain(let node, let fields):
      var s = node.description
      if case .pipe = node.kind { s = "(\(s))" }
      return s + fields.map { "." + $0 }.joined()
    }
  }
}
