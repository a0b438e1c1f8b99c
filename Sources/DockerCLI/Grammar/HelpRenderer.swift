/// Renders cobra's usage/help template as docker 20.10 customises it (non-TTY, 80 columns).
enum HelpRenderer {
  /// Help as `docker X --help` prints it: a blank line, then the usage text.
  static func help(for spec: CommandSpec, path: String) -> String {
    "\n" + usage(for: spec, path: path)
  }

  /// cobra's `UsageString()`; `forError` drops entries docker only adds for help (root).
  static func usage(for spec: CommandSpec, path: String, forError: Bool = false) -> String {
    let isRoot = spec.name == "docker"
    var out = "Usage:  docker \(spec.use)\n\n\(spec.short)\n"
    if !spec.aliases.isEmpty {
      out += "\nAliases:\n  " + ([spec.name] + spec.aliases).joined(separator: ", ") + "\n"
    }
    let visible = spec.flags.filter { !$0.hidden }
    if !visible.isEmpty {
      out += "\nOptions:\n" + trimRight(flagUsages(visible, columns: 79)) + "\n"
    }
    let listed = spec.subcommands.filter { !(forError && isRoot && $0.name == "completion") }
    let padding = max(11, spec.subcommands.map(\.name.count).max() ?? 0)
    let management = isRoot ? listed.filter(\.isManagement) : []
    let operations = isRoot ? listed.filter { !$0.isManagement } : listed
    if !management.isEmpty {
      out += "\nManagement Commands:\n"
      for sub in management { out += "  " + pad(sub.name, padding + 1) + sub.short + "\n" }
    }
    if !operations.isEmpty {
      out += "\nCommands:\n"
      for sub in operations { out += "  " + pad(sub.name, padding) + " " + sub.short + "\n" }
    }
    if !spec.subcommands.isEmpty {
      out += "\nRun '\(path) COMMAND --help' for more information on a command.\n"
    }
    if isRoot {
      out +=
        "\nTo get more help with docker, check out our guides at https://docs.docker.com/go/guides/\n"
    }
    return out
  }

  /// pflag's `FlagUsagesWrapped(cols)`.
  static func flagUsages(_ flags: [FlagSpec], columns: Int) -> String {
    var lines: [(head: String, usage: String)] = []
    var maxLength = 0
    for flag in flags {
      var head =
        flag.shorthand.map { "  -\($0), --\(flag.name)" } ?? "      --\(flag.name)"
      if !flag.typeName.isEmpty { head += " " + flag.typeName }
      maxLength = max(maxLength, head.count + 1)
      var usage = flag.usage
      if let value = flag.defaultValue {
        usage += flag.typeName == "string" ? " (default \"\(value)\")" : " (default \(value))"
      }
      lines.append((head, usage))
    }
    var out = ""
    for line in lines {
      let spacing = String(repeating: " ", count: maxLength - line.head.count)
      out +=
        line.head + " " + spacing + " " + wrap(indent: maxLength + 2, width: columns, line.usage)
      out += "\n"
    }
    return out
  }

  /// pflag's `wrap`: wraps `text` into `width` columns after an `indent`.
  static func wrap(indent: Int, width: Int, _ text: String) -> String {
    var indent = indent
    var room = width - indent
    var result = ""
    if room < 24 {
      indent = 16
      room = width - indent
      result += "\n" + String(repeating: " ", count: indent)
    }
    let margin = "\n" + String(repeating: " ", count: indent)
    if room < 24 { return text.replacingNewlines(with: result) }
    let slop = 5
    room -= slop
    var (line, rest) = wrapN(room, slop, Substring(text))
    result += line.replacingNewlines(with: margin)
    while !rest.isEmpty {
      (line, rest) = wrapN(room, slop, rest)
      result += margin + line.replacingNewlines(with: margin)
    }
    return result
  }

  /// pflag's `wrapN`: the first line of at most `limit` (+`slop`) bytes, and the rest.
  private static func wrapN(_ limit: Int, _ slop: Int, _ text: Substring) -> (String, Substring) {
    let bytes = Array(text.utf8)
    if limit + slop > bytes.count { return (String(text), "") }
    let head = bytes[..<limit]
    guard let space = head.lastIndex(where: { $0 == 32 || $0 == 9 || $0 == 10 }), space > 0 else {
      return (String(text), "")
    }
    if let newline = head.lastIndex(of: 10), newline > 0, newline < space {
      return (decode(bytes[..<newline]), Substring(decode(bytes[(newline + 1)...])))
    }
    return (decode(bytes[..<space]), Substring(decode(bytes[(space + 1)...])))
  }

  private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  private static func trimRight(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == " " || last == "\n" || last == "\t" { text.removeLast() }
    return String(text)
  }
}

extension String {
  fileprivate func replacingNewlines(with replacement: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
