/// Why scanning stopped before a well-formed end.
enum ScanStop: Error {
  case incomplete(IncompleteReason)
  case failure(ShellSyntaxError)
}

/// A cursor over the Unicode scalars of a line, scanning command lists and words.
///
/// It works on scalars, not Characters, so a quote followed by a combining mark is still a
/// quote, as it is for a byte-oriented shell.
struct ShellScanner {
  let text: String
  let scalars: [Unicode.Scalar]
  /// `indices[i]` is where scalar `i` starts in `text`; the extra last entry is `endIndex`.
  let indices: [String.Index]
  var position = 0
  /// Substitutions open around the current position; the scanner, expansion and execution
  /// all recurse per level, so the depth is bounded.
  var nesting = 0
  static let maxNesting = 32

  init(_ text: String) {
    self.text = text
    var scalars: [Unicode.Scalar] = []
    var indices: [String.Index] = []
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      scalars.append(text.unicodeScalars[index])
      indices.append(index)
      index = text.unicodeScalars.index(after: index)
    }
    indices.append(text.endIndex)
    self.scalars = scalars
    self.indices = indices
  }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = position + offset
    return index < scalars.count ? scalars[index] : nil
  }

  func source(from start: Int, to end: Int) -> String {
    String(text[indices[start]..<indices[end]])
  }

  /// Scans a command list to the end of input or, inside `$(`, up to (not past) its `)`.
  mutating func scanList(insideSubstitution: Bool) throws(ScanStop) -> CommandList {
    var items: [ListItem] = []
    var pipeline: [SimpleCommand] = []
    var words: [ShellWord] = []
    var redirections: [Redirection] = []
    var commandStart = 0
    var commandEnd = 0
    // The `&&`, `||` or `|` still waiting for a command, for the continuation prompt.
    var pendingOperator: String? = nil

    func finishCommand(token: String) throws(ScanStop) {
      guard !words.isEmpty || !redirections.isEmpty else {
        throw .failure(.unexpectedToken(token))
      }
      let source = source(from: commandStart, to: commandEnd)
      pipeline.append(SimpleCommand(words: words, redirections: redirections, source: source))
      words = []
      redirections = []
    }

    func finishPipeline(_ connector: Connector, token: String) throws(ScanStop) {
      try finishCommand(token: token)
      items.append(ListItem(pipeline: Pipeline(commands: pipeline), connector: connector))
      pipeline = []
    }

    func noteStart(_ start: Int) {
      if words.isEmpty && redirections.isEmpty { commandStart = start }
    }

    while let scalar = peek() {
      switch scalar {
      case " ", "\t":
        position += 1
      case "\n":
        position += 1
        if !words.isEmpty || !redirections.isEmpty || !pipeline.isEmpty {
          if pendingOperator == nil { try finishPipeline(.sequence, token: "newline") }
        }
      case "#":
        while let next = peek(), next != "\n" { position += 1 }
      case "\\" where peek(1) == "\n":
        position += 2
      case ";":
        if peek(1) == ";" { throw .failure(.unexpectedToken(";;")) }
        try finishPipeline(.sequence, token: ";")
        position += 1
      case "&" where peek(1) == "&", "|" where peek(1) == "|":
        let token = scalar == "&" ? "&&" : "||"
        try finishPipeline(scalar == "&" ? .and : .or, token: token)
        position += 2
        pendingOperator = token
      case "&" where peek(1) == ">":
        noteStart(position)
        redirections.append(try scanRedirection(descriptor: nil))
        commandEnd = position
      case "&":
        throw .failure(.unsupported(.background, token: "&"))
      case "|":
        // `a |& b` is bash for `a 2>&1 | b`.
        let both = peek(1) == "&"
        if both {
          redirections.append(
            Redirection(
              descriptor: 2, operation: .duplicate,
              target: ShellWord(parts: [.literal("1", quoted: false)], source: "1")))
        }
        try finishCommand(token: both ? "|&" : "|")
        position += both ? 2 : 1
        pendingOperator = both ? "|&" : "|"
      case "<" where peek(1) == "<":
        throw .failure(.unsupported(.hereDocument, token: peek(2) == "<" ? "<<<" : "<<"))
      case "<", ">":
        noteStart(position)
        redirections.append(try scanRedirection(descriptor: nil))
        commandEnd = position
      case "(":
        throw .failure(.unsupported(.subshell, token: "( )"))
      case ")":
        guard insideSubstitution, pendingOperator == nil else {
          throw .failure(.unexpectedToken(")"))
        }
        if !words.isEmpty || !redirections.isEmpty { try finishPipeline(.sequence, token: ")") }
        return CommandList(items: items)
      default:
        let start = position
        let word = try scanWord()
        noteStart(start)
        if let next = peek(), next == "<" || next == ">", let fd = word.descriptorNumber {
          // `2>`: a file-descriptor number glued to a redirection.
          redirections.append(try scanRedirection(descriptor: fd))
        } else {
          words.append(word)
        }
        commandEnd = position
        pendingOperator = nil
      }
    }
    if insideSubstitution { throw .incomplete(.commandSubstitution) }
    if let pendingOperator { throw .incomplete(.pendingOperator(pendingOperator)) }
    if !words.isEmpty || !redirections.isEmpty { try finishPipeline(.sequence, token: "newline") }
    return CommandList(items: items)
  }
}
