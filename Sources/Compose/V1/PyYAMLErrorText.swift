import Yams

/// PyYAML's `MarkedYAMLError` text for a file libyaml (through Yams) refused, as docker-compose
/// 1.26 prints it after `ERROR: `. The two parsers stop at the same place, but where libyaml
/// says "did not find expected key" PyYAML names the token it found instead ("expected <block
/// end>, but found '<block mapping start>'"), and a few problems are worded apart; those are
/// rebuilt here from the error's marks and the file's text. Checked against docker-compose
/// 1.26.2 (PyYAML 5.4.1) on bad indentation, tabs, unclosed quotes and brackets, a missing
/// colon, a stray mapping value and an undefined alias (`ComposeErrorTableTests`).
struct PyYAMLErrorText {
  let file: String
  let lines: [[Unicode.Scalar]]

  init(file: String, text: String) {
    self.file = file
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
  }

  func message(_ error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, let mark, _):
      if problem == "found a tab character that violates indentation"
        || problem == "found character that cannot start any token"
      {
        // PyYAML has no tab rule of its own: the tab is a character no token starts with.
        let found = character(at: mark).map(Self.pythonRepr) ?? "'\\t'"
        return "yaml.scanner.ScannerError: while scanning for the next token\n"
          + "found character \(found) that cannot start any token\n\(place(mark))"
      }
      if problem == "mapping values are not allowed in this context" {
        return "yaml.scanner.ScannerError: mapping values are not allowed here\n\(place(mark))"
      }
      return marked("yaml.scanner.ScannerError", context, problem, mark)
    case .parser(let context, let problem, let mark, _):
      return marked("yaml.parser.ParserError", context, pyProblem(problem, context, mark), mark)
    case .composer(let context, let problem, let mark, _):
      if problem == "found undefined alias" {
        return "yaml.composer.ComposerError: found undefined alias '\(alias(at: mark))'\n"
          + place(mark)
      }
      return marked("yaml.composer.ComposerError", context, problem, mark)
    default:
      return "yaml.YAMLError: \(error)"
    }
  }

  private func marked(
    _ kind: String, _ context: YamlError.Context?, _ problem: String, _ mark: Mark
  )
    -> String
  {
    // PyYAML leaves the context's place out when it is the problem's.
    let head =
      context.map { context in
        let same = context.mark.line == mark.line && context.mark.column == mark.column
        return "\(context.text)\n" + (same ? "" : place(context.mark) + "\n")
      } ?? ""
    return "\(kind): \(head)\(problem)\n\(place(mark))"
  }

  private func place(_ mark: Mark) -> String {
    "  in \"\(file)\", line \(mark.line), column \(mark.column)"
  }

  /// PyYAML's parser names the token it found where libyaml says what it missed.
  private func pyProblem(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> String {
    switch problem {
    case "did not find expected key", "did not find expected '-' indicator":
      return "expected <block end>, but found '\(blockToken(at: mark, context: context?.mark))'"
    case "did not find expected node content":
      return "expected the node content, but found '\(flowToken(at: mark))'"
    case "did not find expected ',' or ']'":
      return "expected ',' or ']', but got '\(flowToken(at: mark))'"
    case "did not find expected ',' or '}'":
      return "expected ',' or '}', but got '\(flowToken(at: mark))'"
    default:
      return problem
    }
  }

  /// The token PyYAML's scanner makes at `mark` in block context: a `- ` starts a block
  /// sequence, a key deeper than the collection being parsed starts a block mapping, and one
  /// at its column is a plain key (`?`).
  private func blockToken(at mark: Mark, context: Mark?) -> String {
    guard let line = line(of: mark) else { return "<stream end>" }
    let rest = line.dropFirst(max(mark.column - 1, 0))
    guard let first = rest.first else { return "<stream end>" }
    if first == "-" && (rest.count == 1 || rest.dropFirst().first == " ") {
      return "<block sequence start>"
    }
    guard Self.isSimpleKey(rest) else { return "<scalar>" }
    return mark.column > (context?.column ?? 0) ? "<block mapping start>" : "?"
  }

  private func flowToken(at mark: Mark) -> String {
    guard let first = character(at: mark) else { return "<stream end>" }
    switch first {
    case "[", "{", "]", "}", ",", ":": return String(first)
    default: return "<scalar>"
    }
  }

  /// A plain scalar followed by `: ` or a colon at the end of the line.
  private static func isSimpleKey(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    var previous: Unicode.Scalar = " "
    for (offset, c) in zip(text.indices, text) {
      if c == "#" && previous == " " { return false }
      if c == ":" {
        let next = text.index(after: offset)
        if next == text.endIndex || text[next] == " " { return true }
      }
      previous = c
    }
    return false
  }

  private func line(of mark: Mark) -> [Unicode.Scalar]? {
    mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : nil
  }

  private func character(at mark: Mark) -> Unicode.Scalar? {
    line(of: mark)?.dropFirst(max(mark.column - 1, 0)).first
  }

  /// The alias name after the `*` at `mark`.
  private func alias(at mark: Mark) -> String {
    let rest = (line(of: mark) ?? []).dropFirst(max(mark.column - 1, 0)).drop { $0 == "*" }
    let name = rest.prefix { !" ,[]{}\t".unicodeScalars.contains($0) }
    return String(String.UnicodeScalarView(name))
  }

  /// Python's `repr` of a one-character string.
  static func pythonRepr(_ c: Unicode.Scalar) -> String {
    switch c {
    case "\t": return "'\\t'"
    case "\n": return "'\\n'"
    case "\r": return "'\\r'"
    case "\\": return "'\\\\'"
    case "'": return "\"'\""
    default:
      guard c.value >= 0x20 && c.value != 0x7F else {
        let hex = String(c.value, radix: 16)
        return "'\\x\(hex.count < 2 ? "0" + hex : hex)'"
      }
      return "'\(c)'"
    }
  }
}
