extension ShellScanner {
  /// Scans a redirection operator at the cursor and the word after it.
  ///
  /// `descriptor` is the number typed before the operator (`2>`), nil when there was none.
  mutating func scanRedirection(descriptor: Int?) throws(ScanStop) -> Redirection {
    let both = peek() == "&"
    if both { position += 1 }
    let operatorStart = position
    guard let direction = peek() else { throw .failure(.unexpectedToken("newline")) }
    position += 1
    var operation: Redirection.Operation
    if direction == "<" {
      if peek() == "&" || peek() == ">" {
        throw .failure(.unsupported(.redirection, token: redirectionToken(from: operatorStart)))
      }
      operation = .read
    } else if peek() == ">" {
      position += 1
      operation = both ? .appendBoth : .append
    } else if peek() == "|" && !both {
      position += 1
      operation = .write
    } else if peek() == "&" && !both {
      position += 1
      operation = .duplicate
    } else {
      operation = both ? .writeBoth : .write
    }
    while peek() == " " || peek() == "\t" { position += 1 }
    guard let next = peek(), !"\n;&|<>()".unicodeScalars.contains(next) else {
      throw .failure(.unexpectedToken(peek().map { String(Character($0)) } ?? "newline"))
    }
    let target = try scanWord()
    if operation == .duplicate {
      // `>&file` without a number is bash's old spelling of `&>file`; `>&-` closes, which
      // this shell does not offer.
      if target.descriptorNumber == nil {
        guard descriptor == nil, target.source != "-" else {
          throw .failure(.unsupported(.redirection, token: ">&" + target.source))
        }
        operation = .writeBoth
      }
    }
    let defaultDescriptor = direction == "<" ? 0 : 1
    return Redirection(
      descriptor: descriptor ?? defaultDescriptor, operation: operation, target: target)
  }

  /// The operator text from `start` (`<&`, `<>`), for the error message.
  func redirectionToken(from start: Int) -> String {
    var token = ""
    var offset = start
    while offset < scalars.count, "<>&|".unicodeScalars.contains(scalars[offset]),
      offset < start + 3
    {
      token.unicodeScalars.append(scalars[offset])
      offset += 1
    }
    return token
  }
}

extension ShellWord {
  /// The descriptor a word names when it is unquoted digits only (`2` in `2>`), else nil.
  var descriptorNumber: Int? {
    guard case .literal(let text, quoted: false)? = parts.first, parts.count == 1,
      !text.isEmpty, text.count <= 2, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
    else { return nil }
    return Int(text)
  }
}
