/// docker/cli's template functions (`templates/templates.go`, v20.10).
extension Template {
  /// `basicFunctions`: json, split, join, title, lower, upper, pad, truncate.
  public static let dockerFunctions: [String: TemplateFunction] = [
    "json": TemplateFunction([.any]) { args in
      .string(GoJSON.marshal(args[0], escapeHTML: false))
    },
    "split": TemplateFunction([.string, .string]) { args in
      guard case .string(let s) = args[0], case .string(let sep) = args[1] else { return .null }
      return .array(goSplit(s, sep).map { .string($0) })
    },
    "join": TemplateFunction([.stringList, .string]) { args in
      guard case .string(let sep) = args[1] else { return .string("") }
      guard case .array(let items) = args[0] else { return .string("") }
      return .string(
        items.map { if case .string(let s) = $0 { s } else { "" } }.joined(separator: sep))
    },
    "title": .stringToString(goTitle),
    "lower": .stringToString { $0.lowercased() },
    "upper": .stringToString { $0.uppercased() },
    "pad": TemplateFunction([.string, .int, .int]) { args in
      guard case .string(let s) = args[0], case .int(let p) = args[1], case .int(let q) = args[2],
        !s.isEmpty
      else { return .string("") }
      return .string(
        String(repeating: " ", count: max(0, Int(p))) + s
          + String(repeating: " ", count: max(0, Int(q))))
    },
    "truncate": TemplateFunction([.string, .int]) { args in
      guard case .string(let s) = args[0], case .int(let n) = args[1] else { return .string("") }
      let bytes = Array(s.utf8)
      if bytes.count < n { return .string(s) }
      return .string(String(decoding: bytes[..<max(0, Int(n))], as: UTF8.self))
    },
  ]

  /// `HeaderFunctions`: the functions used when rendering a table header, where transforming
  /// functions return their first argument unchanged (`pad` is kept).
  public static let dockerHeaderFunctions: [String: TemplateFunction] = {
    var functions = dockerFunctions
    let identity: @Sendable ([TemplateValue]) -> TemplateValue = { $0[0] }
    functions["json"] = TemplateFunction([.string], identity)
    functions["split"] = TemplateFunction([.string, .string], identity)
    functions["join"] = TemplateFunction([.string, .string], identity)
    functions["title"] = TemplateFunction([.string], identity)
    functions["lower"] = TemplateFunction([.string], identity)
    functions["upper"] = TemplateFunction([.string], identity)
    functions["truncate"] = TemplateFunction([.string, .int], identity)
    return functions
  }()

  /// `strings.Split`: an empty separator splits into UTF-8 characters.
  static func goSplit(_ s: String, _ sep: String) -> [String] {
    if sep.isEmpty { return s.unicodeScalars.map { String($0) } }
    var parts: [String] = []
    var rest = s[...]
    while let r = rest.firstRange(of: sep) {
      parts.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }

  /// `strings.Title`: upper-cases each letter that follows a separator.
  static func goTitle(_ s: String) -> String {
    var out = ""
    var previous: Unicode.Scalar = " "
    for scalar in s.unicodeScalars {
      let isSeparator: Bool
      if previous.isASCII {
        let c = Character(previous)
        isSeparator = !(c.isLetter || c.isNumber || c == "_")
      } else {
        isSeparator = previous.properties.isWhitespace
      }
      out += isSeparator ? String(scalar).uppercased() : String(scalar)
      previous = scalar
    }
    return out
  }
}
