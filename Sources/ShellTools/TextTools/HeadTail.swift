/// `head` and `tail` by lines (`-n N`, `-N`; `tail -n +N` starts at line N).
enum HeadTail {
  static func head(_ input: ToolInput) -> ToolOutput {
    run(input, tool: "head") { lines, count, _ in
      count >= 0 ? Array(lines.prefix(count)) : Array(lines.dropLast(-count))
    }
  }

  static func tail(_ input: ToolInput) -> ToolOutput {
    run(input, tool: "tail") { lines, count, fromStart in
      fromStart ? Array(lines.dropFirst(max(0, count - 1))) : Array(lines.suffix(max(0, count)))
    }
  }

  private static func run(
    _ input: ToolInput, tool: String, select: ([Substring], Int, Bool) -> [Substring]
  ) -> ToolOutput {
    var arguments = input.arguments
    // The old `head -5` form.
    if let first = arguments.first, first.count > 1, first.hasPrefix("-"),
      first.dropFirst().allSatisfy(\.isNumber)
    {
      arguments[0] = "-n" + first.dropFirst()
    }
    var countText = "10"
    var scanner = OptionScanner(arguments, valued: ["n"])
    let refused = scanner.scan { letter, value in
      guard letter == "n", let value else { return false }
      countText = value
      return true
    }
    if let refused { return TextTools.notSimulated(tool, refused.flag) }
    let fromStart = countText.hasPrefix("+")
    let digits = fromStart ? String(countText.dropFirst()) : countText
    guard let count = Int(digits) else {
      return .failure("\(tool): invalid number '\(countText)'")
    }
    let operands = scanner.operands
    var output = ToolOutput()
    for (index, source) in input.sources(operands).enumerated() {
      guard case .success(let text) = source.text else {
        if case .failure(let error) = source.text {
          output.stderr += "\(tool): can't open '\(source.name)': \(error.message)\n"
        }
        output.status = 1
        continue
      }
      if operands.count > 1 {
        output.stdout += (index > 0 ? "\n" : "") + "==> \(source.name) <==\n"
      }
      let lines = text.toolLines
      let chosen = select(lines, count, fromStart)
      var piece = chosen.joinedLines
      // A last line without a newline stays without one.
      if !text.hasSuffix("\n"), !text.isEmpty,
        chosen.last.map({ $0.endIndex == text.endIndex }) == true
      {
        piece.removeLast()
      }
      output.stdout += piece
    }
    return output
  }
}
