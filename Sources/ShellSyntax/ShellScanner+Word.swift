/// Accumulates a word's pieces, merging neighbouring literals of the same quoting.
struct WordBuilder {
  var parts: [WordPart] = []

  mutating func appendLiteral(_ text: String, quoted: Bool) {
    if case .literal(let previous, let previousQuoted)? = parts.last, previousQuoted == quoted {
      parts[parts.count - 1] = .literal(previous + text, quoted: quoted)
    } else {
      parts.append(.literal(text, quoted: quoted))
    }
  }

  mutating func appendLiteral(_ scalar: Unicode.Scalar, quoted: Bool) {
    appendLiteral(String(Character(scalar)), quoted: quoted)
  }
}

extension ShellScanner {
  /// Scans one word, stopping at an unquoted blank, newline or operator character.
  mutating func scanWord() throws(ScanStop) -> ShellWord {
    let start = position
    var builder = WordBuilder()
    scanning: while let scalar = peek() {
      switch scalar {
      case " ", "\t", "\n", ";", "&", "|", "<", ">", "(", ")":
        break scanning
      case "'":
        try scanSingleQuoted(into: &builder)
      case "\"":
        try scanDoubleQuoted(into: &builder)
      case "\\":
        guard let next = peek(1) else { throw .incomplete(.lineContinuation) }
        if next != "\n" { builder.appendLiteral(next, quoted: true) }
        position += 2
      case "$":
        try scanDollar(into: &builder, quoted: false)
      case "`":
        try scanBackticks(into: &builder, quoted: false)
      default:
        builder.appendLiteral(scalar, quoted: false)
        position += 1
      }
    }
    return ShellWord(parts: builder.parts, source: source(from: start, to: position))
  }

  private mutating func scanSingleQuoted(into builder: inout WordBuilder) throws(ScanStop) {
    position += 1
    let start = position
    while let scalar = peek(), scalar != "'" { position += 1 }
    guard peek() != nil else { throw .incomplete(.singleQuote) }
    builder.appendLiteral(source(from: start, to: position), quoted: true)
    position += 1
  }

  private mutating func scanDoubleQuoted(into builder: inout WordBuilder) throws(ScanStop) {
    position += 1
    let partsBefore = builder.parts.count
    while true {
      guard let scalar = peek() else { throw .incomplete(.doubleQuote) }
      switch scalar {
      case "\"":
        position += 1
        // `""` is a word of its own, even though it holds no text.
        if builder.parts.count == partsBefore { builder.appendLiteral("", quoted: true) }
        return
      case "\\":
        guard let next = peek(1) else { throw .incomplete(.doubleQuote) }
        // POSIX: inside double quotes a backslash escapes only $ ` " \ and newline.
        switch next {
        case "$", "`", "\"", "\\": builder.appendLiteral(next, quoted: true)
        case "\n": break
        default:
          builder.appendLiteral("\\", quoted: true)
          position -= 1
        }
        position += 2
      case "$":
        try scanDollar(into: &builder, quoted: true)
      case "`":
        try scanBackticks(into: &builder, quoted: true)
      default:
        builder.appendLiteral(scalar, quoted: true)
        position += 1
      }
    }
  }

  /// Scans what follows a `$`: a substitution, a parameter, or a plain dollar sign.
  private mutating func scanDollar(into builder: inout WordBuilder, quoted: Bool) throws(ScanStop) {
    switch peek(1) {
    case "(":
      if peek(2) == "(" { throw .failure(.unsupported(.arithmetic, token: "$((")) }
      position += 2
      let innerStart = position
      nesting += 1
      defer { nesting -= 1 }
      guard nesting <= Self.maxNesting else { throw .failure(.nestedTooDeep) }
      _ = try scanList(insideSubstitution: true)
      builder.parts.append(
        .commandSubstitution(source(from: innerStart, to: position), quoted: quoted))
      position += 1
    case "{":
      try scanBracedParameter(into: &builder, quoted: quoted)
    case let next? where next == "?" || ("0"..."9").contains(next):
      builder.parts.append(.parameter(String(Character(next)), quoted: quoted))
      position += 2
    case let next? where ShellWord.isNameStart(next):
      position += 1
      let start = position
      while let scalar = peek(), ShellWord.isNameContinuation(scalar) { position += 1 }
      builder.parts.append(.parameter(source(from: start, to: position), quoted: quoted))
    default:
      builder.appendLiteral("$", quoted: quoted)
      position += 1
    }
  }

  private mutating func scanBracedParameter(
    into builder: inout WordBuilder, quoted: Bool
  ) throws(ScanStop) {
    let start = position
    position += 2
    let nameStart = position
    while let scalar = peek(), scalar != "}" { position += 1 }
    guard peek() != nil else { throw .incomplete(.parameterExpansion) }
    let name = source(from: nameStart, to: position)
    position += 1
    let whole = source(from: start, to: position)
    let isDigits = !name.isEmpty && name.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    if name == "?" || isDigits || ShellWord.isName(Substring(name)) {
      builder.parts.append(.parameter(name, quoted: quoted))
      return
    }
    // `${X:-d}`, `${#X}`, `${X%.*}`... are real shell syntax, just not offered here.
    let leadsWithName = name.unicodeScalars.first.map(ShellWord.isNameStart) ?? false
    if leadsWithName || name.hasPrefix("#") || name.hasPrefix("!") {
      throw .failure(.unsupported(.parameterExpansion, token: whole))
    }
    throw .failure(.badSubstitution(whole))
  }

  /// Scans a backtick substitution, undoing the backslash escapes that protect its inner text.
  private mutating func scanBackticks(into builder: inout WordBuilder, quoted: Bool)
    throws(ScanStop)
  {
    let start = position
    position += 1
    var inner = ""
    while true {
      guard let scalar = peek() else { throw .incomplete(.backtick) }
      if scalar == "`" { break }
      if scalar == "\\", let next = peek(1),
        next == "$" || next == "`" || next == "\\" || (quoted && next == "\"")
      {
        inner.unicodeScalars.append(next)
        position += 2
      } else {
        inner.unicodeScalars.append(scalar)
        position += 1
      }
    }
    position += 1
    guard nesting < Self.maxNesting else { throw .failure(.nestedTooDeep) }
    var innerScanner = ShellScanner(inner)
    innerScanner.nesting = nesting + 1
    do {
      _ = try innerScanner.scanList(insideSubstitution: false)
    } catch {
      switch error {
      case .incomplete:
        throw .failure(.unterminatedSubstitution(source(from: start, to: position)))
      case .failure(let failure): throw .failure(failure)
      }
    }
    builder.parts.append(.commandSubstitution(inner, quoted: quoted))
  }
}
