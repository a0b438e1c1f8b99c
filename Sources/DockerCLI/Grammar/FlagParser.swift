/// pflag's command-line scan for one command: flags, positionals, `--`, bundles, interspersion.
struct FlagParser {
  /// The result of a successful scan.
  struct Scan {
    var occurrences: [FlagOccurrence] = []
    var positionals: [String] = []
    var helpRequested = false
    /// Messages pflag prints for deprecated shorthands (`-h`).
    var notices: [String] = []
  }

  let flags: [FlagSpec]
  let interspersed: Bool

  /// cobra's help flag, with docker's deprecated `-h` shorthand.
  static let helpFlag = FlagSpec("help", "h", usage: "Print usage")

  /// Scans `args`, or returns pflag's error text (without the "See ..." line).
  func scan(_ args: [String]) -> Result<Scan, GoError> {
    var result = Scan()
    var rest = args[...]
    while let word = rest.popFirst() {
      if word.count < 2 || !word.hasPrefix("-") {
        result.positionals.append(word)
        if !interspersed {
          result.positionals += rest
          break
        }
        continue
      }
      if word == "--" {
        result.positionals += rest
        break
      }
      let outcome =
        word.hasPrefix("--")
        ? parseLong(word, &rest, &result) : parseShortBundle(word, &rest, &result)
      if case .failure(let error) = outcome { return .failure(error) }
    }
    return .success(result)
  }

  private func lookup(long: String) -> FlagSpec? {
    long == "help" ? Self.helpFlag : flags.first { $0.name == long }
  }

  private func lookup(short: String) -> FlagSpec? {
    short == "h" ? Self.helpFlag : flags.first { $0.shorthand == short }
  }

  private func parseLong(
    _ word: String, _ rest: inout ArraySlice<String>, _ result: inout Scan
  ) -> Result<Void, GoError> {
    let body = word.dropFirst(2)
    if body.first == "-" || body.first == "=" {
      return .failure(GoError("bad flag syntax: \(word)"))
    }
    let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    guard let spec = lookup(long: name) else { return .failure(GoError("unknown flag: --\(name)")) }
    let value: String
    if parts.count == 2 {
      value = String(parts[1])
    } else if !spec.takesValue {
      value = "true"
    } else if let next = rest.popFirst() {
      value = next
    } else {
      return .failure(GoError("flag needs an argument: \(word)"))
    }
    return set(spec, value, &result)
  }

  private func parseShortBundle(
    _ word: String, _ rest: inout ArraySlice<String>, _ result: inout Scan
  ) -> Result<Void, GoError> {
    var shorthands = Substring(word.dropFirst())
    while let char = shorthands.first {
      let letter = String(char)
      guard let spec = lookup(short: letter) else {
        return .failure(GoError("unknown shorthand flag: '\(letter)' in -\(shorthands)"))
      }
      let value: String
      let after = shorthands.dropFirst()
      if after.count > 1 && after.first == "=" {
        value = String(after.dropFirst())
        shorthands = ""
      } else if !spec.takesValue {
        value = "true"
        shorthands = after
      } else if !after.isEmpty {
        value = String(after)
        shorthands = ""
      } else if let next = rest.popFirst() {
        value = next
        shorthands = ""
      } else {
        return .failure(GoError("flag needs an argument: '\(letter)' in -\(shorthands)"))
      }
      if spec.name == "help" {
        result.notices.append("Flag shorthand -h has been deprecated, please use --help")
      }
      if case .failure(let error) = set(spec, value, &result) { return .failure(error) }
    }
    return .success(())
  }

  private func set(
    _ spec: FlagSpec, _ value: String, _ result: inout Scan
  ) -> Result<Void, GoError> {
    switch FlagValueCheck.check(value, for: spec) {
    case .failure(let error):
      return .failure(
        GoError("invalid argument \"\(value)\" for \"\(spec.errorName)\" flag: \(error.text)"))
    case .success(let normalised):
      if spec.name == "help" {
        result.helpRequested = normalised.text == "true"
      } else {
        result.occurrences.append(
          FlagOccurrence(name: spec.name, value: normalised.text, typed: normalised.typed))
      }
      return .success(())
    }
  }
}
